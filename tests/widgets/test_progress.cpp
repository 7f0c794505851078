#include "core/takefiles.h"
#include "historygen.h"
#include "widgets/chartview.h"
#include "widgets/progressview.h"
#include "widgets/windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>

using namespace coach;
using coach::test::child;

namespace {

Attempt addProgressTake(Fixture &fixture, const QString &question, const QDateTime &when, qint64 durationMs)
{
    Attempt a;
    a.questionId = question;
    a.startedAt = when;
    a.durationMs = durationMs;
    a.audioPath = takeRelativePath(question, when);
    auto stored = fixture.attempts->add(a);
    REQUIRE(stored.ok());
    return stored.value();
}

int comboIndexOfWeeks(const QComboBox &combo, ProgressRange range)
{
    const int index = combo.findData(rangeWeeks(range));
    REQUIRE(index >= 0);
    return index;
}

} // namespace

TEST_CASE("Progress lists the ten answers furthest from their target, the rest on request",
          "[widgets][progress]")
{
    Fixture fixture;
    const QList<Question> questions = fixture.repo->questions().value();
    REQUIRE(questions.size() >= 12);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The first twelve questions, each answered further from its target than the one before.
    for (int i = 0; i < 12; ++i) {
        const Question &q = questions.at(i);
        addProgressTake(fixture, q.id, now.addSecs(-600 - i),
                        qint64(q.targetSeconds) * 1000 * (100 + 10 * i) / 100);
    }
    auto window = fixture.window();
    ProgressView *progress = window->showProgress();
    auto *chart = child<ChartView>(*progress, "lengthChart");
    REQUIRE(chart->points().size() == ProgressView::kWorstLengthsShown);
    // Furthest first: the twelfth question (210% of its target), then the eleventh.
    CHECK(chart->points().at(0).label == questions.at(11).text);
    CHECK(chart->points().at(1).label == questions.at(10).text);
    CHECK(chart->points().at(0).text.endsWith(QStringLiteral("(210%)")));
    CHECK(chart->title().contains(QStringLiteral("the 10 questions furthest")));

    // A bar's full question is its tooltip's text, however its label is cut.
    CHECK(chart->pointAt(QPoint(5, chart->height() + 50)) == -1);
    QPoint firstBar(5, 0);
    while (firstBar.y() < chart->height() && chart->pointAt(firstBar) != 0)
        firstBar.ry() += 1;
    CHECK(chart->pointAt(firstBar) == 0);

    auto *showAll = child<QCheckBox>(*progress, "showAllLengths");
    CHECK(showAll->isVisible());
    CHECK(showAll->text() == QStringLiteral("Show all 12 questions"));
    showAll->click();
    CHECK(chart->points().size() == 12);
    CHECK(chart->points().constLast().label == questions.at(0).text); // on target: last
    showAll->click();
    CHECK(chart->points().size() == ProgressView::kWorstLengthsShown);
}

TEST_CASE("The period of Progress changes what it counts, and is remembered", "[widgets][progress]")
{
    Fixture fixture;
    const QString question = fixture.repo->questions().value().constFirst().id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    addProgressTake(fixture, question, now.addSecs(-60), 60000);
    addProgressTake(fixture, question, now.addDays(-60), 60000);
    addProgressTake(fixture, question, now.addDays(-300), 60000);
    auto window = fixture.window();
    ProgressView *progress = window->showProgress();
    auto *combo = child<QComboBox>(*progress, "progressRangeCombo");
    // Six months by default, as before the choice existed.
    CHECK(progress->range() == ProgressRange::SixMonths);
    CHECK(combo->currentText() == QStringLiteral("Last 6 months"));
    CHECK(progress->figures().totalAttempts == 2);
    CHECK(progress->figures().weeks.size() == 26);
    auto *headline = child<QLabel>(*progress, "progressHeadline");
    CHECK(headline->text().startsWith(QStringLiteral("2 attempts in this period")));

    combo->setCurrentIndex(comboIndexOfWeeks(*combo, ProgressRange::FourWeeks));
    CHECK(progress->figures().totalAttempts == 1);
    CHECK(progress->figures().weeks.size() == 4);
    CHECK(child<ChartView>(*progress, "attemptsPerWeekChart")->points().size() == 4);
    CHECK(headline->text().startsWith(QStringLiteral("1 attempt in this period")));
    // The streak counts the attempts of every period.
    CHECK(progress->figures().streaks.current == 1);

    combo->setCurrentIndex(comboIndexOfWeeks(*combo, ProgressRange::AllTime));
    CHECK(progress->figures().totalAttempts == 3);
    CHECK(headline->text().startsWith(QStringLiteral("3 attempts in all")));
    CHECK(child<QLabel>(*progress, "neverPractised")->text().startsWith(QStringLiteral("Never practised")));

    combo->setCurrentIndex(comboIndexOfWeeks(*combo, ProgressRange::Year));
    CHECK(fixture.settings->value(Settings::Key::ProgressRangeWeeks).toInt() == 52);
    CHECK(child<QLabel>(*progress, "neverPractised")->text().startsWith(QStringLiteral("Not practised")));

    // A new window opens on the period chosen last.
    ProgressView another(*fixture.attempts, *fixture.settings);
    CHECK(another.range() == ProgressRange::Year);
    CHECK(child<QComboBox>(another, "progressRangeCombo")->currentText() == QStringLiteral("Last year"));
}

TEST_CASE("Progress forecasts the reviews due in the next 14 days and marks the interview",
          "[widgets][progress][forecast]")
{
    Fixture fixture;
    const QString question = QStringLiteral("be-tell-me-about-yourself");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Attempt take = addProgressTake(fixture, question, now.addSecs(-60), 60000);
    REQUIRE(fixture.attempts->setRating(take.id, 3).ok()); // Good today: due tomorrow
    addProgressTake(fixture, QStringLiteral("be-design-scalable-api"), now.addSecs(-120),
                    60000); // unrated: due
    auto window = fixture.window();
    window->setInterviewDate(fixture.attempts->clock().today().addDays(5));

    ProgressView *progress = window->showProgress();
    auto *chart = child<ChartView>(*progress, "dueForecastChart");
    CHECK(chart->isVisible());
    REQUIRE(progress->forecast().size() == ProgressView::kForecastDays);
    CHECK(progress->forecast().at(0) == 1);
    CHECK(progress->forecast().at(1) == 1);
    REQUIRE(chart->points().size() == ProgressView::kForecastDays);
    CHECK(chart->points().at(0).label == QStringLiteral("today"));
    CHECK(chart->markerIndex() == 5);
    CHECK(chart->points().at(5).text == QStringLiteral("0 (interview day)"));
    CHECK(progress->textEquivalent().contains(QStringLiteral("Questions due for review, next 14 days")));

    // Rating the unrated take schedules it: today's count falls.
    REQUIRE(
        fixture.attempts
            ->setRating(
                fixture.attempts->forQuestion(QStringLiteral("be-design-scalable-api"))->constFirst().id, 3)
            .ok());
    window->setInterviewDate({});
    progress = window->showProgress();
    CHECK(progress->forecast().at(0) == 0);
    CHECK(progress->forecast().at(1) == 2);
    CHECK(chart->markerIndex() == -1);
}

TEST_CASE("One week of attempts draws a column, not a bar across the chart", "[widgets][progress]")
{
    ChartView chart(ChartView::Kind::Columns);
    chart.resize(600, 200);
    chart.setPoints({{QStringLiteral("week of 30 Nov 2026"), 5, true, {}}});
    const QImage image = chart.grab().toImage();
    const QRgb bar = chart.palette().color(QPalette::Highlight).rgb();
    // A line across the column's lower part (the axis tops out at 10, so the column fills half the height).
    const int y = image.height() * 7 / 10;
    int width = 0;
    for (int x = 0; x < image.width(); ++x)
        width += image.pixel(x, y) == bar ? 1 : 0;
    CHECK(width > 10);
    CHECK(width <= 37);
}

// On a laptop's screen (the ctest entries of [.screen]), with a history at scale: the window fits, its charts
// need no sideways scrolling, and it is written to progress-<width>x<height>.png beside the tests to look at.
TEST_CASE("Progress of a large history fits the screen", "[widgets][.screen]")
{
    Fixture fixture;
    HistorySpec spec;
    spec.attempts = 20000;
    REQUIRE(generateHistory(fixture.database, spec).ok());
    auto window = fixture.window();
    ProgressView *progress = window->showProgress();
    REQUIRE(QTest::qWaitForWindowExposed(progress));
    coach::test::settleLayouts();
    const QRect available = progress->screen()->availableGeometry();
    INFO("available " << available.width() << "x" << available.height() << ", frame "
                      << progress->frameGeometry().width() << "x" << progress->frameGeometry().height());
    REQUIRE(available.width() >= 1280);
    CHECK(available.contains(progress->frameGeometry()));
    CHECK_FALSE(child<QScrollArea>(*progress, "progressScroll")->horizontalScrollBar()->isVisible());
    CHECK(child<ChartView>(*progress, "lengthChart")->points().size() == ProgressView::kWorstLengthsShown);
    CHECK(child<ChartView>(*progress, "dueForecastChart")->isVisible());

    const QString file = QStringLiteral("progress-%1x%2.png").arg(available.width()).arg(available.height());
    CHECK(progress->grab().save(QDir::current().filePath(file)));
}
