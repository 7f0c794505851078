// The self-review rubric in the windows: the checklist after a take (clicks and keys 5 to 9), History's
// column, the mock summary's column and Progress's chart.
#include "core/bankfiles.h"
#include "core/takefiles.h"
#include "models/historymodel.h"
#include "models/mocksummarymodel.h"
#include "widgets/attemptspanel.h"
#include "widgets/chartview.h"
#include "widgets/historywindow.h"
#include "widgets/progressview.h"
#include "widgets/questionbrowser.h"
#include "widgets/rubricchecklist.h"
#include "widgets/windowfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>

using namespace coach;
using coach::test::child;

namespace {

const QString kRubricOpening =
    QStringLiteral("be-tell-me-about-yourself"); // a fresh profile opens on it; 4 points

Attempt addRubricTake(Fixture &fixture, const QString &question, const QDateTime &when)
{
    Attempt a;
    a.questionId = question;
    a.startedAt = when;
    a.durationMs = 60000;
    a.audioPath = takeRelativePath(question, when);
    auto stored = fixture.attempts->add(a);
    REQUIRE(stored.ok());
    return stored.value();
}

QList<int> rubricTicksOf(Fixture &fixture, qint64 attemptId)
{
    const auto ticks = fixture.attempts->rubricTicks(attemptId);
    REQUIRE(ticks.ok());
    return ticks.value();
}

void clickRubricBox(QWidget &window, int number)
{
    auto *box = child<QCheckBox>(window, QStringLiteral("rubricPoint%1").arg(number).toLatin1().constData());
    REQUIRE(box->isVisible());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

} // namespace

TEST_CASE("After a take its points are a checklist, ticked by click and by keys 5 to 9", "[widgets][rubric]")
{
    Fixture fixture;
    const Attempt take = addRubricTake(fixture, kRubricOpening, QDateTime::currentDateTimeUtc().addSecs(-60));
    auto window = fixture.window();
    auto *panel = child<AttemptsPanel>(*window, "attemptsPanel");
    REQUIRE(panel->selectedAttemptId() == take.id);
    auto *checklist = child<RubricChecklist>(*window, "rubricChecklist");
    auto *coverage = child<QLabel>(*window, "rubricCoverage");
    REQUIRE(checklist->isVisible());
    CHECK(checklist->findChildren<QCheckBox *>().size() == 4);
    CHECK(coverage->text() == QStringLiteral("Covered 0 of 4"));
    CHECK(child<QCheckBox>(*window, "rubricPoint1")->toolTip().contains(QStringLiteral("Key 5")));

    // A click stores the tick at once, and leaves the list of takes as it is (a take being played plays on).
    QSignalSpy resets(panel->model(), &QAbstractItemModel::modelReset);
    clickRubricBox(*window, 2);
    CHECK(resets.isEmpty());
    CHECK(rubricTicksOf(fixture, take.id) == QList<int>{1});
    CHECK(child<QCheckBox>(*window, "rubricPoint2")->isChecked());
    CHECK(coverage->text() == QStringLiteral("Covered 1 of 4"));
    CHECK(fixture.attempts->attempt(take.id)->rubricPoints == 4);

    // Keys on the window: 5 ticks the first point, 8 the fourth; 9 names no point of this question.
    QTest::keyClick(window.get(), Qt::Key_5);
    QTest::keyClick(window.get(), Qt::Key_8);
    QTest::keyClick(window.get(), Qt::Key_9);
    CHECK(rubricTicksOf(fixture, take.id) == QList<int>{0, 1, 3});
    CHECK(coverage->text() == QStringLiteral("Covered 3 of 4"));
    CHECK(child<QCheckBox>(*window, "rubricPoint1")->isChecked());
    CHECK(child<QCheckBox>(*window, "rubricPoint4")->isChecked());

    // A second tick undoes, by key and by click.
    QTest::keyClick(window.get(), Qt::Key_5);
    clickRubricBox(*window, 4);
    CHECK(rubricTicksOf(fixture, take.id) == QList<int>{1});
    CHECK_FALSE(child<QCheckBox>(*window, "rubricPoint1")->isChecked());
    CHECK(coverage->text() == QStringLiteral("Covered 1 of 4"));

    // In a text field the digits are typed, not ticked.
    auto *notes = child<QLineEdit>(*window, "notesEdit");
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_6);
    CHECK(notes->text() == QStringLiteral("6"));
    CHECK(rubricTicksOf(fixture, take.id) == QList<int>{1});
    // Clicking a box never took the focus, which Space (record) and the digits need.
    CHECK(child<QCheckBox>(*window, "rubricPoint2")->focusPolicy() == Qt::TabFocus);
}

TEST_CASE("Each take shows its own ticks when it is selected again", "[widgets][rubric]")
{
    Fixture fixture;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Attempt older = addRubricTake(fixture, kRubricOpening, now.addDays(-1));
    const Attempt newer = addRubricTake(fixture, kRubricOpening, now.addSecs(-60));
    REQUIRE(fixture.attempts->setRubricTick(older.id, 2, true, 4).ok());
    auto window = fixture.window();
    auto *panel = child<AttemptsPanel>(*window, "attemptsPanel");
    auto *list = child<QListView>(*window, "attemptList");
    REQUIRE(panel->selectedAttemptId() == newer.id);
    CHECK_FALSE(child<QCheckBox>(*window, "rubricPoint3")->isChecked());
    QTest::keyClick(window.get(), Qt::Key_6);
    CHECK(rubricTicksOf(fixture, newer.id) == QList<int>{1});
    CHECK(rubricTicksOf(fixture, older.id) == QList<int>{2});

    list->setCurrentIndex(panel->model()->indexOfAttempt(older.id));
    REQUIRE(panel->selectedAttemptId() == older.id);
    CHECK(child<QCheckBox>(*window, "rubricPoint3")->isChecked());
    CHECK_FALSE(child<QCheckBox>(*window, "rubricPoint2")->isChecked());
    CHECK(child<QLabel>(*window, "rubricCoverage")->text() == QStringLiteral("Covered 1 of 4"));

    list->setCurrentIndex(panel->model()->indexOfAttempt(newer.id));
    CHECK(child<QCheckBox>(*window, "rubricPoint2")->isChecked());
    CHECK_FALSE(child<QCheckBox>(*window, "rubricPoint3")->isChecked());
}

TEST_CASE("The checklist is hidden without a take or without points; own questions with points have it",
          "[widgets][rubric]")
{
    Fixture fixture;
    Question withPoints;
    withPoints.text = QStringLiteral("How do you size a connection pool?");
    withPoints.strongAnswerShows = {QStringLiteral("Measures first"), QStringLiteral("Names the limits")};
    const auto own = fixture.repo->addOwnQuestion(withPoints, QStringLiteral("Mine"));
    REQUIRE(own.ok());
    Question bare;
    bare.text = QStringLiteral("What did you learn last week?");
    const auto plain = fixture.repo->addOwnQuestion(bare, QStringLiteral("Mine"));
    REQUIRE(plain.ok());
    const Attempt ownTake = addRubricTake(fixture, own->id, QDateTime::currentDateTimeUtc().addSecs(-120));
    const Attempt plainTake = addRubricTake(fixture, plain->id, QDateTime::currentDateTimeUtc().addSecs(-60));

    auto window = fixture.window();
    auto *browser = child<QuestionBrowser>(*window, "questionBrowser");
    auto *checklist = child<RubricChecklist>(*window, "rubricChecklist");
    // The opening question has points but no take yet.
    CHECK_FALSE(checklist->isVisible());
    QTest::keyClick(window.get(), Qt::Key_5); // nothing to tick, nothing breaks

    REQUIRE(browser->selectQuestion(own->id));
    REQUIRE(checklist->isVisible());
    CHECK(checklist->findChildren<QCheckBox *>().size() == 2);
    QTest::keyClick(window.get(), Qt::Key_6);
    CHECK(rubricTicksOf(fixture, ownTake.id) == QList<int>{1});
    CHECK(child<QLabel>(*window, "rubricCoverage")->text() == QStringLiteral("Covered 1 of 2"));

    REQUIRE(browser->selectQuestion(plain->id));
    CHECK(child<AttemptsPanel>(*window, "attemptsPanel")->selectedAttemptId() == plainTake.id);
    CHECK_FALSE(checklist->isVisible());
    QTest::keyClick(window.get(), Qt::Key_5);
    CHECK(rubricTicksOf(fixture, plainTake.id).isEmpty());
    CHECK(fixture.attempts->attempt(plainTake.id)->rubricPoints == 0);
}

TEST_CASE("A question of an imported bank has its points as a checklist, ticked by keys", "[widgets][rubric]")
{
    Fixture fixture;
    // Imported as File > Import Questions does: the file loaded and checked, then its bank added.
    const auto bank = BankFiles::load(QStringLiteral(COACH_SOURCE_DIR "/tests/data/rubric-imported.json"));
    INFO(bank.error());
    REQUIRE(bank.ok());
    const auto imported = fixture.repo->importBank(bank.value());
    INFO(imported.error());
    REQUIRE(imported.ok());
    REQUIRE(imported.value() == 2);
    const auto banks = fixture.repo->banks();
    REQUIRE(banks.ok());
    const auto stored =
        std::find_if(banks->cbegin(), banks->cend(), [](const QuestionRepository::BankInfo &b) {
            return b.id == QLatin1String("test-rubric-imported");
        });
    REQUIRE(stored != banks->cend());
    CHECK(stored->source == QStringLiteral("imported"));
    const QString question = QStringLiteral("tri-offline-sync"); // three points
    const Attempt take = addRubricTake(fixture, question, QDateTime::currentDateTimeUtc().addSecs(-60));

    auto window = fixture.window();
    REQUIRE(child<QuestionBrowser>(*window, "questionBrowser")->selectQuestion(question));
    REQUIRE(child<AttemptsPanel>(*window, "attemptsPanel")->selectedAttemptId() == take.id);
    auto *checklist = child<RubricChecklist>(*window, "rubricChecklist");
    auto *coverage = child<QLabel>(*window, "rubricCoverage");
    REQUIRE(checklist->isVisible());
    CHECK(checklist->findChildren<QCheckBox *>().size() == 3);
    CHECK(child<QCheckBox>(*window, "rubricPoint2")->accessibleName() ==
          QStringLiteral("A queue of changes sent when the network returns"));
    CHECK(coverage->text() == QStringLiteral("Covered 0 of 3"));

    QTest::keyClick(window.get(), Qt::Key_5);
    QTest::keyClick(window.get(), Qt::Key_6);
    CHECK(coverage->text() == QStringLiteral("Covered 2 of 3"));
    CHECK(child<QCheckBox>(*window, "rubricPoint1")->isChecked());
    CHECK(child<QCheckBox>(*window, "rubricPoint2")->isChecked());
    CHECK_FALSE(child<QCheckBox>(*window, "rubricPoint3")->isChecked());
    CHECK(rubricTicksOf(fixture, take.id) == QList<int>{0, 1});
    const Attempt read = fixture.attempts->attempt(take.id).value();
    CHECK(read.rubricPoints == 3);
    CHECK(read.rubricCovered == 2);
}

TEST_CASE("Coverage shows in History's column and in Progress's weekly chart", "[widgets][rubric]")
{
    Fixture fixture;
    const Attempt take = addRubricTake(fixture, kRubricOpening, QDateTime::currentDateTimeUtc().addSecs(-60));
    auto window = fixture.window();
    HistoryWindow *history = window->showHistory();
    ProgressView *progress = window->showProgress();
    const auto historyCell = [&] {
        return history->model()
            ->indexOfAttempt(take.id)
            .siblingAtColumn(HistoryModel::CoverageColumn)
            .data()
            .toString();
    };
    auto *chart = child<ChartView>(*progress, "rubricChart");
    CHECK(historyCell().isEmpty());
    CHECK(chart->points().isEmpty());
    CHECK(progress->textEquivalent().contains(QStringLiteral("No reviewed takes yet.")));

    window->activateWindow();
    child<AttemptsPanel>(*window, "attemptsPanel")->toggleRubricPoint(0);
    child<AttemptsPanel>(*window, "attemptsPanel")->toggleRubricPoint(2);
    child<AttemptsPanel>(*window, "attemptsPanel")->toggleRubricPoint(3);
    // Both windows follow the tick at once.
    CHECK(historyCell() == QStringLiteral("3 of 4"));
    REQUIRE_FALSE(progress->figures().weeks.isEmpty());
    CHECK(progress->figures().weeks.last().reviewed == 1);
    CHECK(progress->figures().weeks.last().rubricShare == Approx(0.75));
    REQUIRE_FALSE(chart->points().isEmpty());
    CHECK(chart->points().last().value == Approx(75.0));
    CHECK(chart->accessibleDescription().endsWith(QStringLiteral(": 75% of the points, in 1 reviewed take")));
}

TEST_CASE("The mock summary has a Covered column for each answer", "[widgets][rubric][mock]")
{
    Fixture fixture;
    const Attempt take = addRubricTake(fixture, kRubricOpening, QDateTime::currentDateTimeUtc().addSecs(-60));
    REQUIRE(fixture.attempts->setRubricTick(take.id, 1, true, 4).ok());
    Question asked;
    asked.id = kRubricOpening;
    asked.text = QStringLiteral("Tell me about yourself.");
    Question skipped;
    skipped.id = QStringLiteral("be-why-this-role");
    MockSummaryModel model(*fixture.attempts, fixture.dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAnswers({{asked, take.id}, {skipped, 0}});
    CHECK(model.headerData(MockSummaryModel::CoverageColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Covered"));
    CHECK(model.index(0, MockSummaryModel::CoverageColumn).data().toString() == QStringLiteral("1 of 4"));
    CHECK(model.index(1, MockSummaryModel::CoverageColumn).data().toString().isEmpty());
    REQUIRE(model.question(0) != nullptr);
    CHECK(model.question(0)->id == kRubricOpening);
    CHECK(model.question(2) == nullptr);
    REQUIRE(fixture.attempts->setRubricTick(take.id, 2, true, 4).ok());
    model.refresh();
    CHECK(model.index(0, MockSummaryModel::CoverageColumn).data().toString() == QStringLiteral("2 of 4"));
}
