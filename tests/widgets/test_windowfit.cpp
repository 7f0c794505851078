// The main window on laptop screens: it never asks for more than the screen, a remembered geometry is brought
// back onto it, and the question's guidance gets the room. The tests tagged [.screen] run in ctest entries
// of their own, on an offscreen screen of 1280x800 or 1366x768 (tests/widgets/screens/).
#include "core/settings.h"
#include "models/historymodel.h"
#include "widgets/attemptspanel.h"
#include "widgets/historywindow.h"
#include "widgets/questionbrowser.h"
#include "widgets/questionview.h"
#include "widgets/windowfit.h"
#include "widgets/windowfixture.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using coach::test::child;

namespace {

// What a desktop takes beside the available area the window system reports: a title bar and borders.
constexpr int kTitleAllowance = 40;

const QString kStarQuestion = QStringLiteral("be-improved-backend-performance");

// A main window as main() makes it: reload() restores (or chooses) the geometry, nothing resizes it after.
std::unique_ptr<coach::MainWindow> startedWindow(Fixture &fixture)
{
    auto w = std::make_unique<coach::MainWindow>(
        coach::MainWindowServices{*fixture.repo, *fixture.attempts, *fixture.settings, fixture.recorder,
                                  fixture.mockRecorder, fixture.microphones, fixture.player, *fixture.stories,
                                  fixture.analyzer, *fixture.history, *fixture.trash, *fixture.mockSessions,
                                  fixture.voice, fixture.database, fixture.dir.path(), QStringLiteral("en")});
    REQUIRE(w->reload().isEmpty());
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    return w;
}

QRect screenArea(const QWidget &window)
{
    const QRect available = window.screen()->availableGeometry();
    UNSCOPED_INFO("available screen " << available.width() << "x" << available.height());
    // Without a configured screen the offscreen one is 800x600: that is not the case these tests are about.
    REQUIRE(available.width() >= 1280);
    return available;
}

void requireFits(QWidget &window, const QRect &available)
{
    coach::test::settleLayouts();
    const QSize hint = window.minimumSizeHint();
    const QSize minimum = window.minimumSize();
    INFO("minimumSizeHint " << hint.width() << "x" << hint.height() << ", minimumSize " << minimum.width()
                            << "x" << minimum.height() << ", frame " << window.frameGeometry().width() << "x"
                            << window.frameGeometry().height());
    CHECK(hint.width() <= available.width());
    CHECK(hint.height() <= available.height() - kTitleAllowance);
    CHECK(minimum.width() <= available.width());
    CHECK(minimum.height() <= available.height() - kTitleAllowance);
    CHECK(available.contains(window.frameGeometry()));
}

} // namespace

TEST_CASE("The first start opens at 85% of the screen, at most 1400x900", "[widgets][windowfit]")
{
    CHECK(coach::WindowFit::firstSize(QRect(0, 0, 1280, 800)) == QSize(1088, 680));
    CHECK(coach::WindowFit::firstSize(QRect(0, 0, 1366, 740)) == QSize(1161, 629));
    CHECK(coach::WindowFit::firstSize(QRect(0, 0, 2560, 1400)) == QSize(1400, 900));
}

TEST_CASE("A geometry larger than the screen or beside it is brought onto it", "[widgets][windowfit]")
{
    using coach::WindowFit::clamped;
    const QMargins frame(4, 30, 4, 4);
    const QRect laptop(0, 0, 1366, 740); // 1366x768 less a panel
    // Larger than the screen: smaller first, then moved so that the title bar is on the screen.
    CHECK(clamped(QRect(100, 50, 1100, 1074), frame, laptop) == QRect(100, 30, 1100, 706));
    CHECK(clamped(QRect(-300, -200, 2000, 1500), frame, laptop) == QRect(4, 30, 1358, 706));
    // Saved on a screen to the right that is gone.
    CHECK(clamped(QRect(2000, 100, 800, 600), frame, laptop) == QRect(562, 100, 800, 600));
    // What already fits stays where it is.
    CHECK(clamped(QRect(40, 60, 800, 600), frame, laptop) == QRect(40, 60, 800, 600));
    // A screen that is not at the origin (the second of two).
    CHECK(clamped(QRect(0, 0, 1600, 1000), frame, QRect(1920, 0, 1280, 800)) == QRect(1924, 30, 1272, 766));
}

TEST_CASE("With a story open the main window fits the screen", "[widgets][.screen]")
{
    Fixture fixture;
    auto window = startedWindow(fixture);
    const QRect available = screenArea(*window);
    // A first start: the roles to choose are shown in the question browser too.
    requireFits(*window, available);
    CHECK(window->size() == coach::WindowFit::firstSize(available));

    REQUIRE(child<coach::QuestionBrowser>(*window, "questionBrowser")->selectQuestion(kStarQuestion));
    auto *tabs = child<QTabWidget>(*window, "questionTabs");
    tabs->setCurrentWidget(child<QWidget>(*window, "starEditor"));
    child<QPushButton>(*window, "newStoryButton")->click();
    QTest::keyClicks(child<QPlainTextEdit>(*window, "actionEdit"),
                     QStringLiteral("I profiled the service and found the slow query. ").repeated(30));
    requireFits(*window, available);
    // The story scrolls inside its tab instead.
    auto *scroll = child<QScrollArea>(*window, "draftScroll");
    CHECK(scroll->widget()->minimumSizeHint().height() > scroll->viewport()->height());

    // A remembered size is kept, and the story still fits the screen then.
    window->close();
    auto again = startedWindow(fixture);
    requireFits(*again, available);
    CHECK(again->size() == window->size());
}

TEST_CASE("A remembered geometry larger than the screen comes back on the screen", "[widgets][.screen]")
{
    Fixture fixture;
    {
        QWidget large;
        large.setGeometry(-300, -200, 2600, 1800);
        fixture.settings->setValue(coach::Settings::Key::MainWindowGeometry, large.saveGeometry());
    }
    auto window = startedWindow(fixture);
    const QRect available = screenArea(*window);
    INFO("frame " << window->frameGeometry().x() << "," << window->frameGeometry().y() << " "
                  << window->frameGeometry().width() << "x" << window->frameGeometry().height());
    CHECK(available.contains(window->frameGeometry()));
    CHECK(window->width() > available.width() * 9 / 10);
}

TEST_CASE("The question's guidance gets most of the height at the first-start size", "[widgets][.screen]")
{
    Fixture fixture;
    auto window = startedWindow(fixture);
    screenArea(*window);
    coach::test::settleLayouts();
    auto *guide = child<QTextBrowser>(*window, "guideBrowser");
    auto *attempts = child<coach::AttemptsPanel>(*window, "attemptsPanel");
    INFO("window " << window->height() << ", guide " << guide->height() << ", attempts "
                   << attempts->height());
    // No take yet: no player, rating or notes, and the list is two rows high.
    CHECK_FALSE(child<QWidget>(*window, "attemptPlayback")->isVisible());
    CHECK_FALSE(child<QWidget>(*window, "rate1")->isVisible());
    CHECK_FALSE(child<QWidget>(*window, "notesEdit")->isVisible());
    CHECK(child<QListView>(*window, "attemptList")->height() < 80);
    CHECK(guide->height() >= window->height() * 2 / 5);
    CHECK(guide->height() > attempts->height() + child<QWidget>(*window, "recorderPanel")->height());
}

TEST_CASE("The player shows once there is a take, and the list grows with the takes up to six rows",
          "[widgets][windowfit]")
{
    Fixture fixture;
    const QString question = QStringLiteral("be-testing-backend-code");
    auto window = fixture.window();
    REQUIRE(child<coach::QuestionBrowser>(*window, "questionBrowser")->selectQuestion(question));
    auto *list = child<QListView>(*window, "attemptList");
    auto *player = child<QWidget>(*window, "attemptPlayback");
    CHECK_FALSE(player->isVisible());
    const int empty = list->height();
    for (int i = 0; i < 8; ++i) {
        coach::Attempt a;
        a.questionId = question;
        a.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
        a.durationMs = 3000;
        a.audioPath = QStringLiteral("recordings/take-%1.opus").arg(i);
        REQUIRE(fixture.attempts->add(a).ok());
    }
    child<coach::AttemptsPanel>(*window, "attemptsPanel")->reload();
    CHECK(player->isVisible());
    CHECK(child<QWidget>(*window, "rate4")->isVisible());
    const int rowHeight = list->sizeHintForRow(0);
    CHECK(list->height() > empty);
    CHECK(list->height() == 6 * rowHeight + 2 * list->frameWidth());
}

TEST_CASE("With takes, a missing file, notes and the checklist the main window fits the screen",
          "[widgets][.screen]")
{
    Fixture fixture;
    const QString question = QStringLiteral("be-testing-backend-code");
    for (int i = 0; i < 8; ++i) {
        coach::Attempt a;
        a.questionId = question;
        a.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (i + 1));
        a.durationMs = 64000;
        a.rating = 1 + i % 4;
        a.notes = QStringLiteral("Too slow at the start; say the result first.");
        a.audioPath = QStringLiteral("recordings/gone-%1.opus").arg(i); // gone: the player says so
        REQUIRE(fixture.attempts->add(a).ok());
    }
    auto window = startedWindow(fixture);
    const QRect available = screenArea(*window);
    REQUIRE(child<coach::QuestionBrowser>(*window, "questionBrowser")->selectQuestion(question));
    auto *panel = child<coach::AttemptsPanel>(*window, "attemptsPanel");
    REQUIRE(panel->selectedAttemptId() > 0);
    CHECK(child<QWidget>(*window, "rate4")->isVisible());
    requireFits(*window, available);
    // What does not fit below the question scrolls: the practice pane (recorder, takes, player, rating,
    // notes, checklist, figures) asks the window for no height of its own; in German with a long checklist
    // it asked for more than a 800-pixel screen.
    auto *scroll = child<QScrollArea>(*window, "practiceScroll");
    auto *pane = child<QWidget>(*window, "practicePane");
    CHECK(scroll->widget() == pane);
    CHECK(scroll->minimumSizeHint().height() < pane->minimumSizeHint().height() / 2);
    // Yet the pane has the height it needs up to 55% of the screen: the takes, the rating and the checklist
    // are not hidden below a scroll while the question's guide has room to give.
    INFO("pane needs " << pane->minimumSizeHint().height() << ", has " << scroll->height());
    CHECK(scroll->height() >= std::min(pane->minimumSizeHint().height(), available.height() * 55 / 100));
}

TEST_CASE("History leaves the question room beside its figures", "[widgets][.screen]")
{
    Fixture fixture;
    auto window = startedWindow(fixture);
    const QRect available = screenArea(*window);
    coach::HistoryWindow *history = window->showHistory();
    REQUIRE(QTest::qWaitForWindowExposed(history));
    coach::test::settleLayouts();
    CHECK(history->frameGeometry().width() <= available.width());
    auto *table = history->findChild<QTableView *>();
    REQUIRE(table);
    INFO("table " << table->viewport()->width() << " wide");
    // About 25 characters of the question, not an ellipsis.
    CHECK(table->columnWidth(coach::HistoryModel::QuestionColumn) >=
          25 * table->fontMetrics().averageCharWidth());
}

TEST_CASE("The guide's lines stay readable in a wide window", "[widgets][windowfit]")
{
    Fixture fixture;
    auto window = fixture.window();
    window->resize(2400, 900);
    coach::test::settleLayouts();
    auto *guide = child<QTextBrowser>(*window, "guideBrowser");
    const int widest = guide->fontMetrics().averageCharWidth() * coach::QuestionView::kGuideColumns;
    CHECK(guide->width() <= widest + 60);
    CHECK(guide->width() >= widest);
    CHECK(child<QLabel>(*window, "questionLabel")->width() > guide->width());
}
