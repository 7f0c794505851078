// Key points in the main window: the editor's tab (reached from the STAR editor too), what listening to the
// selected take found beside its delivery figures, its marks on the waveform (a click seeks there), and the
// reason shown where key points are not listened for.
#include "controllers/keypointqueue.h"
#include "core/takefiles.h"
#include "storage/keypointrepository.h"
#include "widgets/attemptspanel.h"
#include "widgets/chartview.h"
#include "widgets/keypointcontrol.h"
#include "widgets/keypointeditor.h"
#include "widgets/progressview.h"
#include "widgets/waveformview.h"
#include "widgets/windowfixture.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolTip>

using namespace coach;
using coach::test::child;

namespace {

const QString kShownQuestion = QStringLiteral("be-tell-me-about-yourself"); // a fresh profile opens on it

Attempt addShownTake(Fixture &fixture, const QDateTime &when)
{
    Attempt a;
    a.questionId = kShownQuestion;
    a.startedAt = when;
    a.durationMs = 60000;
    a.audioPath = takeRelativePath(kShownQuestion, when);
    auto stored = fixture.attempts->add(a);
    REQUIRE(stored.ok());
    return stored.value();
}

} // namespace

TEST_CASE("The selected take says which key points were heard, and marks them on its waveform",
          "[widgets][keypoints]")
{
    Fixture fixture;
    const Attempt take = addShownTake(fixture, QDateTime::currentDateTimeUtc().addSecs(-60));
    KeyPointRepository keyPoints(fixture.database);
    const QList<KeyPoint> points = {{QStringLiteral("composite index"), {}},
                                    {QStringLiteral("on-call rotation"), {}},
                                    {QStringLiteral("read replica"), {}}};
    REQUIRE(keyPoints.setForQuestion(kShownQuestion, points).ok());
    REQUIRE(keyPoints
                .saveResults(take.id, keyPointSignature(points),
                             {{points.at(0).phrase, true, 12000, 13000, 1},
                              {points.at(1).phrase, false, -1, -1, 0},
                              {points.at(2).phrase, true, 30000, 31000, 2}})
                .ok());
    auto window = fixture.window();
    auto *panel = child<AttemptsPanel>(*window, "attemptsPanel");
    REQUIRE(panel->selectedAttemptId() == take.id);
    auto *heard = child<QLabel>(*window, "keyPointsHeard");
    CHECK(heard->isVisible());
    CHECK(heard->text() == QStringLiteral("Key points heard: 2 of 3\nMissed: on-call rotation"));
    auto *waveform = child<WaveformView>(*window, "playbackWaveform");
    CHECK(waveform->keyPointMarks() == QList<qint64>{12000, 30000});
    // The attempt list gives the count beside the take's other figures.
    auto *list = child<QListView>(*window, "attemptList");
    CHECK(list->currentIndex().data().toString().contains(QStringLiteral("key points 2 of 3")));

    // The editor in its tab shows the question's key points; the STAR editor's button leads there.
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("questionTabs"));
    REQUIRE(tabs);
    auto *editor = child<KeyPointEditor>(*window, "keyPointEditor");
    CHECK(editor->keyPoints() == points);
    CHECK(tabs->tabText(tabs->indexOf(editor)) == QStringLiteral("&Key Points"));
    tabs->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(*window, "keyPointsButton"), Qt::LeftButton);
    CHECK(tabs->currentWidget() == editor);
    CHECK(editor->findChild<QLabel *>(QStringLiteral("keyPointsOffReason"))->isHidden());

    // A take not listened to says nothing about key points.
    const Attempt newer = addShownTake(fixture, QDateTime::currentDateTimeUtc().addSecs(-30));
    panel->addAttempt(newer);
    REQUIRE(panel->selectedAttemptId() == newer.id);
    CHECK(heard->isHidden());
    CHECK(waveform->keyPointMarks().isEmpty());
}

TEST_CASE("Takes not yet listened to for their question's key points are queued with the backlog",
          "[widgets][keypoints]")
{
    Fixture fixture;
    const Attempt take = addShownTake(fixture, QDateTime::currentDateTimeUtc().addSecs(-60));
    QDir(fixture.dir.path()).mkpath(QLatin1String(kRecordingsDir));
    coach::test::writeFile(fixture.dir.filePath(take.audioPath), "audio");
    KeyPointRepository keyPoints(fixture.database);
    REQUIRE(keyPoints.setForQuestion(kShownQuestion, {{QStringLiteral("composite index"), {}}}).ok());
    auto window = fixture.window();
    auto *control = window->findChild<KeyPointControl *>();
    REQUIRE(control);
    CHECK(control->addBacklog() == 1);
    CHECK(control->addBacklog() == 0); // waiting or being listened to: not twice
    CHECK(control->queue().total() == 1);
}

TEST_CASE("A click on a key point's mark seeks to where it was heard", "[widgets][keypoints]")
{
    WaveformView view;
    view.resize(400, 64);
    view.setSeekable(true);
    view.setWaveform(QList<WaveformBin>(100, WaveformBin{-0.5f, 0.5f}), 100.0); // 10 s
    view.setKeyPointMarks(
        {2500, 7000}, {QStringLiteral("composite index at 0:02"), QStringLiteral("read replica at 0:07")});
    view.show();
    QSignalSpy seeks(&view, &WaveformView::seekRequested);
    const auto clickAt = [&](double x) {
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(static_cast<int>(std::lround(x)), 30));
    };
    clickAt(view.xAt(2500) + 3); // near the mark: from the mark
    clickAt(view.xAt(7000) - 2);
    clickAt(view.xAt(5000)); // elsewhere: from there
    REQUIRE(seeks.size() == 3);
    CHECK(seeks.at(0).at(0).toLongLong() == 2500);
    CHECK(seeks.at(1).at(0).toLongLong() == 7000);
    CHECK(std::abs(seeks.at(2).at(0).toLongLong() - 5000) < 100);

    // Hovering a mark names what was heard there.
    const QPoint nearSecond(static_cast<int>(std::lround(view.xAt(7000))), 30);
    QHelpEvent help(QEvent::ToolTip, nearSecond, view.mapToGlobal(nearSecond));
    QApplication::sendEvent(&view, &help);
    CHECK(QToolTip::text() == QStringLiteral("read replica at 0:07"));
}

TEST_CASE("Key points are off, with the reason, where the program is not in English", "[widgets][keypoints]")
{
    Fixture fixture;
    auto window = fixture.window(QStringLiteral("de"));
    auto *reason = child<KeyPointEditor>(*window, "keyPointEditor")
                       ->findChild<QLabel *>(QStringLiteral("keyPointsOffReason"));
    REQUIRE(reason);
    CHECK_FALSE(reason->isHidden());
    CHECK(reason->text().contains(QStringLiteral("English")));
}

TEST_CASE("Progress charts the share of key points heard, week by week", "[widgets][keypoints][progress]")
{
    Fixture fixture;
    const Attempt take = addShownTake(fixture, QDateTime::currentDateTimeUtc().addSecs(-60));
    auto window = fixture.window();
    ProgressView *progress = window->showProgress();
    auto *chart = child<ChartView>(*progress, "keyPointsChart");
    CHECK(chart->points().isEmpty());
    CHECK(progress->textEquivalent().contains(
        QStringLiteral("No take has been listened to for key points yet.")));

    KeyPointRepository keyPoints(fixture.database);
    const QList<KeyPoint> points = {{QStringLiteral("composite index"), {}},
                                    {QStringLiteral("on-call rotation"), {}},
                                    {QStringLiteral("read replica"), {}},
                                    {QStringLiteral("load balancer"), {}}};
    REQUIRE(keyPoints.setForQuestion(kShownQuestion, points).ok());
    REQUIRE(keyPoints
                .saveResults(take.id, keyPointSignature(points),
                             {{points.at(0).phrase, true, 12000, 13000, 1},
                              {points.at(1).phrase, false, -1, -1, 0},
                              {points.at(2).phrase, true, 30000, 31000, 2},
                              {points.at(3).phrase, true, 40000, 41000, 1}})
                .ok());
    REQUIRE(progress->refresh().isEmpty());
    REQUIRE_FALSE(progress->figures().weeks.isEmpty());
    CHECK(progress->figures().weeks.last().listened == 1);
    CHECK(progress->figures().weeks.last().keyPointShare == Approx(0.75));
    REQUIRE_FALSE(chart->points().isEmpty());
    CHECK(chart->points().last().value == Approx(75.0));
    CHECK(
        chart->accessibleDescription().endsWith(QStringLiteral(": 75% of the key points heard, in 1 take")));
}
