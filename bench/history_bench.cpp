// The history at scale: a profile with 100,000 generated attempts against one with 100, in the same run.
// Times opening the History view, applying a filter, computing the Progress figures, and the app's start-up
// to its first painted window; prints the medians and the ratios.
#include "benchsupport.h"
#include "core/settings.h"
#include "historygen.h"
#include "media/audioplayer.h"
#include "models/historymodel.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/database.h"
#include "storage/historyquery.h"
#include "storage/questionrepository.h"
#include "widgets/historywindow.h"
#include "widgets/progressview.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {

using namespace coach;
using coach::bench::median;

struct Profile
{
    QTemporaryDir dir;
    Database database;
    double generatedMs = 0;

    explicit Profile(int attempts)
    {
        if (!database.open(QDir(dir.path()).filePath(QStringLiteral("coach.sqlite"))).ok())
            std::exit(2);
        if (!importBundledBanks(database))
            std::exit(2);
        QElapsedTimer timer;
        timer.start();
        HistorySpec spec;
        spec.attempts = attempts;
        if (Status s = generateHistory(database, spec); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            std::exit(2);
        }
        generatedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
};

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Figures
{
    double open = 0, filter = 0, progress = 0, startup = 0;
};

Figures measureInProcess(Profile &profile, int runs)
{
    QuestionRepository questions(profile.database);
    AttemptRepository attempts(profile.database);
    AttemptTrash trash(attempts, profile.dir.path());
    HistoryQuery query(profile.database);
    Settings settings(QDir(profile.dir.path()).filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::ProgressRangeWeeks, 0); // all time: every attempt counted, as before
    const auto categories = questions.categories().value();
    const auto all = questions.questions().value();
    std::vector<double> open, filter, progress;
    coach::AudioPlayer audio;
    for (int i = 0; i < runs; ++i) {
        // Opening: the window built, filled and painted once.
        HistoryWindow *window = nullptr;
        open.push_back(timeMs([&] {
            window = new HistoryWindow(query, attempts, trash, audio, profile.dir.path());
            window->setQuestions(categories, all);
            window->show();
            window->table()->viewport()->repaint();
        }));
        // A filter: one category, then one rating within it, then back to everything.
        HistoryFilter f;
        f.categoryId = categories.at(i % categories.size()).id;
        filter.push_back(timeMs([&] { static_cast<void>(window->model()->setFilter(f)); }));
        f.rating = 1 + i % 4;
        filter.push_back(timeMs([&] { static_cast<void>(window->model()->setFilter(f)); }));
        filter.push_back(timeMs([&] { static_cast<void>(window->model()->setFilter({})); }));
        delete window;

        ProgressView view(attempts, settings);
        view.setQuestions(categories, all);
        view.show();
        progress.push_back(timeMs([&] {
            if (!view.refresh().isEmpty())
                std::exit(2);
            view.repaint(); // the charts drawn, not only computed
        }));
    }
    return {median(open), median(filter), median(progress), 0};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 9;

    Profile large(100000);
    Profile small(100);
    std::printf("generated: 100,000 attempts in %.0f ms, 100 in %.0f ms\n", large.generatedMs,
                small.generatedMs);

    // In-process figures, alternating the two profiles so noise hits both alike.
    const Figures warm = measureInProcess(small, 1);
    Q_UNUSED(warm);
    Figures big = measureInProcess(large, runs);
    Figures little = measureInProcess(small, runs);

    // Start-up of the whole program on each profile, alternately.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("COACH_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    const QString program = QStringLiteral(COACH_APP_PATH);
    const QStringList largeArgs{QStringLiteral("--data-dir"), large.dir.path()};
    const QStringList smallArgs{QStringLiteral("--data-dir"), small.dir.path()};
    bench::runOnce(program, largeArgs, env);
    bench::runOnce(program, smallArgs, env);
    std::vector<double> largeStarts, smallStarts;
    for (int i = 0; i < runs; ++i) {
        smallStarts.push_back(bench::runOnce(program, smallArgs, env));
        largeStarts.push_back(bench::runOnce(program, largeArgs, env));
    }
    big.startup = median(largeStarts);
    little.startup = median(smallStarts);

    const auto line = [](const char *what, double many, double few, double target, const char *unit) {
        const bool ok = target > 0 ? many <= target : true;
        std::printf("  %-34s %8.1f ms   %8.1f ms   %5.2fx   %s %s\n", what, many, few, many / few,
                    target > 0 ? (ok ? "ok, target under" : "OVER, target under") : "", unit);
        return ok;
    };
    std::printf("history at scale (median of %d runs; platform %s)\n", runs,
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))));
    std::printf("  %-34s %11s   %11s   %6s\n", "", "100,000", "100", "ratio");
    bool ok = line("History opened and painted", big.open, little.open, 100, "100 ms");
    ok = line("filter applied", big.filter, little.filter, 100, "100 ms") && ok;
    ok = line("Progress figures computed and drawn", big.progress, little.progress, 300, "300 ms") && ok;
    line("start-up to first paint", big.startup, little.startup, 0, "");
    const double startupRatio = big.startup / little.startup;
    std::printf("  start-up ratio %.2fx (target at most 1.2x) %s\n", startupRatio,
                startupRatio <= 1.2 ? "ok" : "OVER TARGET");
    return ok && startupRatio <= 1.2 ? 0 : 1;
}
