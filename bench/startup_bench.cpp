// Start-up time to the first painted main window: interview-coach against a minimal Qt Widgets program.
// Both run alternately in this process's run, so machine noise hits them alike; prints both medians and the
// ratio.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr double kTarget = 1.5;

} // namespace

int main(int argc, char *argv[])
{
    using namespace coach::bench;
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;

    QTemporaryDir dataDir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("COACH_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    const QString app_ = QStringLiteral(COACH_APP_PATH);
    const QString baseline = QStringLiteral(COACH_BASELINE_PATH);
    const QStringList appArgs{QStringLiteral("--data-dir"), dataDir.path()};

    // The first start creates the database and copies the bank in; it is reported on its own.
    const double firstStart = runOnce(app_, appArgs, env);
    runOnce(baseline, {}, env); // warm the shared libraries for both

    std::vector<double> appTimes;
    std::vector<double> baselineTimes;
    for (int i = 0; i < runs; ++i) {
        baselineTimes.push_back(runOnce(baseline, {}, env));
        appTimes.push_back(runOnce(app_, appArgs, env));
    }
    const double appMedian = median(appTimes);
    const double baselineMedian = median(baselineTimes);
    const double ratio = appMedian / baselineMedian;
    std::printf("start-up to first paint (%d runs each, platform %s)\n", runs,
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))));
    std::printf("  minimal Qt Widgets program: median %.1f ms\n", baselineMedian);
    std::printf("  interview-coach:            median %.1f ms (first start with a new profile: %.1f ms)\n",
                appMedian, firstStart);
    std::printf("  ratio: %.2fx (target at most %.1fx) %s\n", ratio, kTarget,
                ratio <= kTarget ? "ok" : "OVER TARGET");
    return ratio <= kTarget ? 0 : 1;
}
