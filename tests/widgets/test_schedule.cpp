// The review schedule in the main window (intervals on the rating buttons, the due summary, the messages),
// the sample answer per day, and a take that stays with its question: over the fake recorder and a set clock.
#include "audio/deliveryanalyzer.h"
#include "core/settings.h"
#include "fakes/fakemicrophones.h"
#include "fakes/fakeplayer.h"
#include "fakes/fakerecorder.h"
#include "fakes/fakevoice.h"
#include "fakes/mockclock.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/database.h"
#include "storage/historyquery.h"
#include "storage/mocksessionrepository.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/attemptspanel.h"
#include "widgets/levelmeter.h"
#include "widgets/mainwindow.h"
#include "widgets/messagebox.h"
#include "widgets/questionbrowser.h"
#include "widgets/questionview.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace coach;
using coach::test::child;

namespace {

const QString kFirst = QStringLiteral("be-tell-me-about-yourself");
const QString kSecond = QStringLiteral("be-why-this-role");
const QDate kToday(2026, 11, 2);

// A profile whose days are the clock's: "today" is 2 November 2026, ten in the morning, local time.
struct ScheduleStudio
{
    QTemporaryDir dir;
    test::MockClock clock{QDateTime(kToday, QTime(10, 0))};
    Database database;
    std::unique_ptr<QuestionRepository> questions;
    std::unique_ptr<AttemptRepository> attempts;
    std::unique_ptr<StoryRepository> stories;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<HistoryQuery> history;
    std::unique_ptr<AttemptTrash> trash;
    std::unique_ptr<MockSessionRepository> sessions;
    test::FakeRecorder recorder;
    test::FakeRecorder mockRecorder;
    test::FakeMicrophones microphones;
    test::FakePlayer player;
    test::FakeVoice voice;
    DeliveryAnalyzer analyzer;

    ScheduleStudio()
    {
        test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        database.setClock(clock);
        questions = std::make_unique<QuestionRepository>(database);
        attempts = std::make_unique<AttemptRepository>(database);
        stories = std::make_unique<StoryRepository>(database);
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        history = std::make_unique<HistoryQuery>(database);
        trash = std::make_unique<AttemptTrash>(*attempts, dir.path());
        sessions = std::make_unique<MockSessionRepository>(database);
    }

    // A take of the question at ten in the morning that many days before today (0: today), rated or not.
    qint64 addTake(const QString &questionId, int daysAgo, int rating = 0)
    {
        Attempt a;
        a.questionId = questionId;
        a.startedAt = QDateTime(kToday.addDays(-daysAgo), QTime(10, 0)).toUTC();
        a.durationMs = 30000;
        a.audioPath = QStringLiteral("recordings/take-%1-%2.opus").arg(questionId).arg(daysAgo);
        auto added = attempts->add(a);
        REQUIRE(added.ok());
        if (rating > 0)
            REQUIRE(attempts->setRating(added->id, rating).ok());
        return added->id;
    }

    std::unique_ptr<MainWindow> window(const QString &questionId = kFirst)
    {
        settings->setValue(Settings::Key::LastQuestionId, questionId);
        auto w = std::make_unique<MainWindow>(MainWindowServices{
            *questions, *attempts, *settings, recorder, mockRecorder, microphones, player, *stories, analyzer,
            *history, *trash, *sessions, voice, database, dir.path(), QStringLiteral("en")});
        REQUIRE(w->reload().isEmpty());
        w->resize(1000, 700);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
};

QStringList ratingTexts(MainWindow &window)
{
    QStringList texts;
    for (const char *name : {"rate1", "rate2", "rate3", "rate4"})
        texts << child<QPushButton>(window, name)->text();
    return texts;
}

} // namespace

TEST_CASE("The rating buttons show the interval each rating would give", "[widgets][schedule]")
{
    ScheduleStudio studio;
    // Good eight days ago (1 day), Good a week ago (6 days): due since yesterday. Today's take is not rated.
    studio.addTake(kFirst, 8, 3);
    studio.addTake(kFirst, 7, 3);
    studio.addTake(kFirst, 0);
    auto window = studio.window();

    // SM-2: Again starts over (1 day); the others multiply the 6 days by the E-Factor, 2.5 (15 days).
    CHECK(ratingTexts(*window) ==
          QStringList{QStringLiteral("1 Again · 1 d"), QStringLiteral("2 Hard · 15 d"),
                      QStringLiteral("3 Good · 15 d"), QStringLiteral("4 Easy · 15 d")});

    // Rated, the status bar says when the question comes back.
    QTest::mouseClick(child<QPushButton>(*window, "rate3"), Qt::LeftButton);
    CHECK(studio.attempts->forQuestion(kFirst)->first().rating == 3);
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Next review in 15 days"));
    CHECK(child<QPushButton>(*window, "rate3")->text() == QStringLiteral("3 Good · 15 d"));

    // An interview in nine days brings the review to the day before it.
    window->setInterviewDate(kToday.addDays(9));
    CHECK(ratingTexts(*window) == QStringList{QStringLiteral("1 Again · 1 d"), QStringLiteral("2 Hard · 8 d"),
                                              QStringLiteral("3 Good · 8 d"),
                                              QStringLiteral("4 Easy · 8 d")});
    auto *panel = child<AttemptsPanel>(*window, "attemptsPanel");
    REQUIRE(panel->rateSelected(4));
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Next review in 8 days"));
    REQUIRE(panel->rateSelected(0));
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Rating cleared. Next review today"));

    // A question without takes has nothing to rate: the buttons only name the ratings.
    child<QuestionBrowser>(*window, "questionBrowser")->selectQuestion(kSecond);
    CHECK(ratingTexts(*window) == QStringList{QStringLiteral("1 Again"), QStringLiteral("2 Hard"),
                                              QStringLiteral("3 Good"), QStringLiteral("4 Easy")});
}

TEST_CASE("The status bar counts what is due and down to the interview; Practise Next says why",
          "[widgets][schedule]")
{
    ScheduleStudio studio;
    studio.addTake(kFirst, 4, 3); // due three days ago
    studio.addTake(kSecond, 1);   // practised, not rated: due
    auto window = studio.window(kSecond);
    auto *summary = child<QLabel>(*window, "reviewSummary");
    CHECK(summary->text() == QStringLiteral("Due today: 2"));
    window->setInterviewDate(kToday.addDays(14));
    CHECK(summary->text() == QStringLiteral("Due today: 2 · interview in 14 days"));

    CHECK(window->practiseNext() == kFirst);
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Due 3 days ago"));
    studio.addTake(kFirst, 0, 3);
    window->updateReviews();
    CHECK(summary->text() == QStringLiteral("Due today: 1 · interview in 14 days"));
    CHECK(window->practiseNext() == kSecond);
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Practised, not rated yet"));
    studio.addTake(kSecond, 0, 3);
    window->updateReviews();
    const QString fresh = window->practiseNext();
    CHECK_FALSE(fresh.isEmpty());
    CHECK(fresh != kFirst);
    CHECK(fresh != kSecond);
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Never practised"));
    window->setInterviewDate({});
    CHECK(summary->text() == QStringLiteral("Due today: 0"));
}

TEST_CASE("The sample answer is hidden for each day's first take", "[widgets][schedule]")
{
    ScheduleStudio studio;
    studio.addTake(kFirst, 1); // yesterday
    auto window = studio.window();
    auto *view = child<QuestionView>(*window, "questionView");
    auto *browser = child<QuestionBrowser>(*window, "questionBrowser");
    REQUIRE(view->questionId() == kFirst);
    CHECK_FALSE(view->isSampleVisible());

    // A take today shows it, also when coming back to the question.
    studio.addTake(kFirst, 0);
    browser->selectQuestion(kSecond);
    browser->selectQuestion(kFirst);
    CHECK(view->isSampleVisible());
    // Shown on request where there is no take today.
    browser->selectQuestion(kSecond);
    CHECK_FALSE(view->isSampleVisible());
    QTest::mouseClick(child<QPushButton>(*window, "showSampleButton"), Qt::LeftButton);
    CHECK(view->isSampleVisible());

    // The next day, hidden again until that day's take.
    studio.clock.advanceDays(1);
    browser->selectQuestion(kFirst);
    CHECK_FALSE(view->isSampleVisible());
}

TEST_CASE("A take stays with its question: moving away is refused until it stops",
          "[widgets][schedule][fakes]")
{
    ScheduleStudio studio;
    auto window = studio.window();
    auto *view = child<QuestionView>(*window, "questionView");
    auto *browser = child<QuestionBrowser>(*window, "questionBrowser");
    auto *meter = child<LevelMeter>(*window, "levelMeter");
    REQUIRE(browser->currentQuestionId() == kFirst);
    REQUIRE(studio.recorder.start(studio.dir.filePath(QStringLiteral("recordings/take.opus"))).ok());
    studio.recorder.advance(1500);
    CHECK(meter->peakHoldDbfs() == -12);

    // The list's keys and a programmatic move are both refused, with the reason; the list goes back.
    auto *tree = child<QTreeView>(*window, "questionTree");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(view->questionId() == kFirst);
    CHECK(window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Stop the take first: it belongs to \"")));
    CHECK(test::waitFor([&] { return browser->currentQuestionId() == kFirst; }));
    window->statusBar()->clearMessage();
    browser->selectQuestion(kSecond);
    CHECK(view->questionId() == kFirst);
    CHECK(test::waitFor([&] { return browser->currentQuestionId() == kFirst; }));
    CHECK(window->practiseNext().isEmpty());
    CHECK(window->statusBar()->currentMessage().startsWith(QStringLiteral("Stop the take first")));
    CHECK(browser->currentQuestionId() == kFirst);

    // Stopped: the take is the first question's, the meter falls silent, and moving works again.
    studio.recorder.stop();
    CHECK(meter->peakHoldDbfs() == kSilenceDbfs);
    CHECK(studio.attempts->forQuestion(kFirst)->size() == 1);
    CHECK(studio.attempts->forQuestion(kSecond)->isEmpty());
    browser->selectQuestion(kSecond);
    CHECK(view->questionId() == kSecond);
}

TEST_CASE("The mock interview asks before it stops a take", "[widgets][schedule][fakes]")
{
    ScheduleStudio studio;
    auto window = studio.window();
    REQUIRE(studio.recorder.start(studio.dir.filePath(QStringLiteral("recordings/take.opus"))).ok());
    studio.recorder.advance(1500);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window->chooseMockInterview();
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(studio.recorder.state() == Recorder::State::Recording);
    CHECK(studio.attempts->forQuestion(kFirst)->isEmpty());

    // Yes: the take is kept, then the options come up (closed here without starting).
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTimer::singleShot(0, [] {
        if (QWidget *dialog = qApp->activeModalWidget())
            dialog->close();
    });
    window->chooseMockInterview();
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(studio.recorder.state() == Recorder::State::Idle);
    CHECK(studio.attempts->forQuestion(kFirst)->size() == 1);
    CHECK(studio.mockRecorder.starts() == 0);
}
