#include "core/deliverytext.h"
#include "core/takefiles.h"
#include "models/attemptlistmodel.h"
#include "models/historymodel.h"
#include "models/mocksummarymodel.h"
#include "models/questiontreemodel.h"
#include "widgets/attemptspanel.h"
#include "widgets/chartview.h"
#include "widgets/historywindow.h"
#include "widgets/progressview.h"
#include "widgets/questionview.h"
#include "widgets/stareditor.h"
#include "widgets/windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

using namespace coach;
using coach::test::child;

namespace {

const QString kFirst = QStringLiteral("be-tell-me-about-yourself"); // the question a fresh profile opens on

Attempt addAttempt(Fixture &fixture, const QString &question, const QDateTime &when, bool withFile = true)
{
    Attempt a;
    a.questionId = question;
    a.startedAt = when;
    a.durationMs = 75000;
    a.audioPath = takeRelativePath(question, when);
    if (withFile) {
        QDir(fixture.dir.path()).mkpath(QLatin1String(kRecordingsDir));
        coach::test::writeFile(QDir(fixture.dir.path()).filePath(a.audioPath), "not decoded in these tests");
    }
    auto stored = fixture.attempts->add(a);
    REQUIRE(stored.ok());
    return stored.value();
}

// The history is a window of its own: keys reach its shortcuts only while it is the active one.
void activate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    REQUIRE(QApplication::activeWindow() == window);
}

// The figures of the take in the report: slow overall, 170 while speaking.
DeliveryFigures slowOverallFigures()
{
    DeliveryFigures f;
    f.durationMs = 75000;
    f.speakingMs = 44000;
    f.firstWordMs = 800;
    f.syllables = 186;
    f.speakingRateWpm = 101;
    f.articulationWpm = 172;
    return f;
}

QString questionLabel(MainWindow &window)
{
    return child<QLabel>(window, "questionLabel")->text();
}

} // namespace

TEST_CASE("A take rated with a key shows in History and in the Progress figures", "[widgets][history]")
{
    Fixture fixture;
    const Attempt attempt = addAttempt(fixture, kFirst, QDateTime::currentDateTimeUtc().addSecs(-60));
    auto window = fixture.window();
    auto *panel = child<AttemptsPanel>(*window, "attemptsPanel");
    REQUIRE(panel->selectedAttemptId() == attempt.id);
    // The question has an attempt, so its sample answer is open.
    CHECK(
        child<QuestionView>(*window, "questionView")->guideText().contains(QStringLiteral("Sample answer")));

    // Key 3 on the window rates the selected take "Good".
    QTest::keyClick(window.get(), Qt::Key_3);
    CHECK(fixture.attempts->attempt(attempt.id)->rating == 3);
    CHECK(child<QPushButton>(*window, "rate3")->isChecked());
    // Rated Good today: not due until tomorrow.
    auto *reviewFilter = child<QComboBox>(*window, "reviewFilter");
    CHECK(reviewFilter->itemText(1) == QStringLiteral("Due for review (0)"));
    CHECK(reviewFilter->itemText(2) == QStringLiteral("Never practised (19)"));

    HistoryWindow *history = window->showHistory();
    REQUIRE(history->isVisible());
    CHECK(history->model()->totalCount() == 1);
    CHECK(history->model()->index(0, HistoryModel::RatingColumn).data().toString() ==
          QStringLiteral("3 Good"));
    CHECK(history->model()->index(0, HistoryModel::QuestionColumn).data().toString() ==
          QStringLiteral("Tell me about yourself as a backend engineer."));
    CHECK(child<QLabel>(*history, "historySummary")->text() == QStringLiteral("1 attempt"));

    ProgressView *progress = window->showProgress();
    REQUIRE(progress->isVisible());
    REQUIRE_FALSE(progress->figures().weeks.isEmpty());
    CHECK(progress->figures().totalAttempts == 1);
    CHECK(progress->figures().weeks.last().rated == 1);
    CHECK(progress->figures().weeks.last().averageRating == Approx(3.0));
    CHECK(progress->figures().streaks.current == 1);
    CHECK(progress->figures().neverPractised.size() == 19);
    // The charts carry their figures as text, for screen readers.
    auto *ratingChart = child<ChartView>(*progress, "ratingChart");
    CHECK(ratingChart->accessibleDescription().endsWith(QStringLiteral(": 3.0")));
    CHECK(progress->textEquivalent().contains(QStringLiteral("1 of 2 practised")));

    // In History, key 1 rates it again; the question's list and Progress follow.
    history->table()->setCurrentIndex(history->model()->index(0, 0));
    activate(history);
    QTest::keyClick(history->table(), Qt::Key_1);
    CHECK(fixture.attempts->attempt(attempt.id)->rating == 1);
    CHECK(history->model()->index(0, HistoryModel::RatingColumn).data().toString() ==
          QStringLiteral("1 Again"));
    CHECK(progress->figures().weeks.last().averageRating == Approx(1.0));
    CHECK(child<QPushButton>(*window, "rate1")->isChecked());
    CHECK(ratingChart->accessibleDescription().endsWith(QStringLiteral(": 1.0")));
}

TEST_CASE("Deleting in History moves the take and its file to the trash; undo brings both back",
          "[widgets][history]")
{
    Fixture fixture;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Attempt older = addAttempt(fixture, kFirst, now.addDays(-2));
    const Attempt newer = addAttempt(fixture, kFirst, now.addDays(-1));
    auto window = fixture.window();
    auto *panel = child<AttemptsPanel>(*window, "attemptsPanel");
    CHECK(panel->model()->rowCount() == 2);

    // Notes typed for one take stay with it when another is chosen.
    auto *notes = child<QLineEdit>(*window, "notesEdit");
    REQUIRE(panel->selectedAttemptId() == newer.id);
    QTest::keyClicks(notes, QStringLiteral("Lead with the outage numbers."));
    auto *list = child<QListView>(*window, "attemptList");
    list->setCurrentIndex(panel->model()->indexOfAttempt(older.id));
    CHECK(fixture.attempts->attempt(newer.id)->notes == QStringLiteral("Lead with the outage numbers."));
    CHECK(fixture.attempts->attempt(older.id)->notes.isEmpty());
    CHECK(notes->text().isEmpty());
    list->setCurrentIndex(panel->model()->indexOfAttempt(newer.id));
    CHECK(notes->text() == QStringLiteral("Lead with the outage numbers."));

    HistoryWindow *history = window->showHistory();
    REQUIRE(history->model()->rowCount() == 2);
    history->table()->selectRow(0); // the newest
    REQUIRE(history->deleteSelected(false));
    const QString file = QDir(fixture.dir.path()).filePath(newer.audioPath);
    CHECK_FALSE(QFile::exists(file));
    CHECK(QFile::exists(fixture.trash->trashPath(newer)));
    CHECK(history->model()->totalCount() == 1);
    CHECK(panel->model()->rowCount() == 1);
    CHECK(child<QLabel>(*history, "historyMessage")->text().contains(QStringLiteral("Undo")));
    REQUIRE(history->canUndo());

    activate(history);
    QTest::keyClick(history, Qt::Key_Z, Qt::ControlModifier);
    INFO(child<QLabel>(*history, "historyMessage")->text());
    CHECK(QFile::exists(file));
    CHECK(history->model()->totalCount() == 2);
    CHECK(panel->model()->rowCount() == 2);
    CHECK_FALSE(history->canUndo());

    // Compare needs two attempts of one question.
    history->table()->selectAll();
    auto *compare = child<QPushButton>(*history, "compareButton");
    CHECK(compare->isEnabled());
    history->compareSelected();
    auto *dialog = history->findChild<QDialog *>(QStringLiteral("compareDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    // Older on the left; the test files are not audio, which each side says instead of failing.
    CHECK(child<QLabel>(*dialog, "compareDetails1")->text().contains(QStringLiteral("1:15")));
    CHECK(child<QLabel>(*dialog, "compareDetails2")->text().contains(QStringLiteral("Not rated")));
    dialog->close();
}

TEST_CASE("Practise next picks the most overdue question, then one never practised", "[widgets][review]")
{
    Fixture fixture;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString overdue = QStringLiteral("be-design-scalable-api");
    const QString recent = QStringLiteral("be-testing-backend-code");
    // Rated Good 10 days ago: due after 1 day, so 9 days overdue (and practised again today, not rated yet).
    // Rated Good today: due tomorrow.
    REQUIRE(fixture.attempts->setRating(addAttempt(fixture, overdue, now.addDays(-10), false).id, 3).ok());
    addAttempt(fixture, overdue, now.addSecs(-60), false);
    REQUIRE(fixture.attempts->setRating(addAttempt(fixture, recent, now.addSecs(-120), false).id, 3).ok());
    auto window = fixture.window();

    CHECK(window->practiseNext() == overdue);
    CHECK(questionLabel(*window) == QStringLiteral("How do you design a scalable API?"));
    CHECK(
        child<QuestionView>(*window, "questionView")->guideText().contains(QStringLiteral("Sample answer")));
    auto *reviewFilter = child<QComboBox>(*window, "reviewFilter");
    CHECK(reviewFilter->itemText(1) == QStringLiteral("Due for review (1)"));

    // Once today's take is rated, the next pick is the first question never practised.
    auto *panel = child<AttemptsPanel>(*window, "attemptsPanel");
    REQUIRE(panel->model()->rowCount() == 2);
    CHECK(panel->model()->attempt(panel->model()->index(0))->startedAt > now.addDays(-1));
    REQUIRE(panel->rateSelected(4));
    CHECK(reviewFilter->itemText(1) == QStringLiteral("Due for review (0)"));
    CHECK(window->practiseNext() == kFirst);
    // Never practised: the sample answer waits behind its button.
    CHECK_FALSE(
        child<QuestionView>(*window, "questionView")->guideText().contains(QStringLiteral("Sample answer")));

    // An interview tomorrow pulls every review forward to today (never earlier): both become due, and the
    // "Due" filter shows just them.
    window->setInterviewDate(QDate::currentDate().addDays(1));
    CHECK(reviewFilter->itemText(1) == QStringLiteral("Due for review (2)"));
    reviewFilter->setCurrentIndex(1);
    auto *tree = child<QTreeView>(*window, "questionTree");
    QStringList shown;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex category = tree->model()->index(row, 0);
        for (int r = 0; r < tree->model()->rowCount(category); ++r)
            shown << tree->model()->index(r, 0, category).data(QuestionTreeModel::IdRole).toString();
    }
    CHECK(shown == QStringList{overdue, recent});
    window->setInterviewDate({});
    CHECK(reviewFilter->itemText(1) == QStringLiteral("Due for review (0)"));
    CHECK(fixture.settings->value(Settings::Key::InterviewDate).toString().isEmpty());
}

TEST_CASE("Recovered takes have a list of their own: View > Recovered Takes", "[widgets][history]")
{
    Fixture fixture;
    const QDateTime day = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    addAttempt(fixture, kFirst, day);
    Attempt cutShort;
    cutShort.questionId = kFirst;
    cutShort.startedAt = day.addDays(1);
    cutShort.durationMs = 41000;
    cutShort.audioPath = takeRelativePath(kFirst, cutShort.startedAt);
    cutShort.status = Attempt::Status::Recovered;
    REQUIRE(fixture.attempts->add(cutShort).ok());

    auto window = fixture.window();
    child<QAction>(*window, "recoveredAction")->trigger();
    auto *history = window->findChild<HistoryWindow *>();
    REQUIRE(history != nullptr);
    CHECK(history->isVisible());
    auto *recoveredOnly = child<QCheckBox>(*history, "historyRecoveredCheck");
    CHECK(recoveredOnly->isChecked());
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->model()->index(0, HistoryModel::LengthColumn).data().toString() == QStringLiteral("0:41"));
    CHECK(history->model()
              ->index(0, HistoryModel::NotesColumn)
              .data()
              .toString()
              .contains(QStringLiteral("recovered")));
    recoveredOnly->setChecked(false);
    CHECK(history->model()->rowCount() == 2);
}

TEST_CASE("One take's pace reads the same under the question, in History and in a mock summary",
          "[widgets][history][pace]")
{
    Fixture fixture;
    const Attempt attempt = addAttempt(fixture, kFirst, QDateTime::currentDateTimeUtc().addSecs(-60));
    REQUIRE(fixture.attempts->saveFigures(attempt.id, slowOverallFigures()).ok());
    auto window = fixture.window();
    auto *panel = child<AttemptsPanel>(*window, "attemptsPanel");
    REQUIRE(panel->selectedAttemptId() == attempt.id);
    CHECK(panel->figuresText().contains(
        QStringLiteral("pace overall 100 words a minute (slow), while speaking 170")));

    HistoryWindow *history = window->showHistory();
    REQUIRE(history->model()->totalCount() == 1);
    CHECK(history->model()->headerData(HistoryModel::PaceColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Pace (overall)"));
    CHECK(history->model()->index(0, HistoryModel::PaceColumn).data().toString() ==
          QStringLiteral("100 (slow)"));

    const QList<Question> questions = fixture.repo->questions().value();
    const auto question =
        std::find_if(questions.begin(), questions.end(), [](const Question &q) { return q.id == kFirst; });
    REQUIRE(question != questions.end());
    MockSummaryModel summary(*fixture.attempts, fixture.dir.path());
    summary.setAnswers({{*question, attempt.id}});
    CHECK(summary.headerData(MockSummaryModel::PaceColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Pace (overall)"));
    CHECK(summary.index(0, MockSummaryModel::PaceColumn).data().toString() == QStringLiteral("100 (slow)"));
}

TEST_CASE("The STAR editor estimates spoken time from the overall pace of the takes, or the default",
          "[widgets][star][pace]")
{
    Fixture fixture;
    SECTION("no takes: the default pace")
    {
        auto window = fixture.window();
        window->analyseBacklog();
        auto *editor = child<StarEditor>(*window, "starEditor");
        editor->newStory();
        CHECK(child<QLabel>(*editor, "totalLabel")
                  ->text()
                  .startsWith(QStringLiteral("Spoken at overall 140 words a minute")));
    }
    SECTION("five analysed takes: their overall pace, not the pace while speaking")
    {
        for (int i = 0; i < kBaselineMinimumAttempts; ++i) {
            const Attempt a =
                addAttempt(fixture, kFirst, QDateTime::currentDateTimeUtc().addSecs(-600 + 60 * i));
            DeliveryFigures f = slowOverallFigures();
            f.speakingRateWpm = 100;
            REQUIRE(fixture.attempts->saveFigures(a.id, f).ok());
        }
        auto window = fixture.window();
        window->analyseBacklog(); // as the profile session does once the window is up: the baseline follows
        auto *editor = child<StarEditor>(*window, "starEditor");
        editor->newStory();
        auto *total = child<QLabel>(*editor, "totalLabel");
        REQUIRE(test::waitFor(
            [&] { return total->text().contains(QStringLiteral("overall 100 words a minute")); }, 2000));
        CHECK(total->text().startsWith(QStringLiteral("At your usual pace of overall 100 words a minute")));
        CHECK(child<AttemptsPanel>(*window, "attemptsPanel")
                  ->figuresText()
                  .contains(QStringLiteral("Your usual pace: overall 100 words a minute (slow).")));
    }
}
