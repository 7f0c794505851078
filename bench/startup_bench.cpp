// Start-up time to the first painted main window: interview-coach against a minimal Qt Widgets program.
// Both run alternately in this process's run, so machine noise hits them alike; prints both medians and the
// ratio.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr double kTarget = 1.5;

// Milliseconds from starting the program to its "first-paint" line; the shutdown after it is not counted.
double runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double elapsed = -1;
    while (process.waitForReadyRead(60000)) {
        if (process.readAll().contains("first-paint")) {
            elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (elapsed < 0 || !process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s did not paint its window and quit cleanly\n", qPrintable(program));
        std::exit(2);
    }
    return elapsed;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
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
