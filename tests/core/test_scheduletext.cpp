// The review schedule in words: rating-button intervals, next reviews, why a question is next, the due
// summary.
#include "core/scheduletext.h"
#include "support/testsupport.h"

using namespace coach;

namespace {

const QDate kToday(2026, 11, 2);

QuestionReview reviewedQuestion(QDate due)
{
    QuestionReview q;
    q.questionId = QStringLiteral("q");
    q.practised = true;
    q.state.lastReview = due.addDays(-6);
    q.state.intervalDays = 6;
    q.state.repetitions = 2;
    q.state.due = due;
    return q;
}

} // namespace

TEST_CASE("A rating button's interval is short: days, then months, then years", "[schedule][text]")
{
    CHECK(ScheduleText::shortInterval(0) == QStringLiteral("today"));
    CHECK(ScheduleText::shortInterval(1) == QStringLiteral("1 d"));
    CHECK(ScheduleText::shortInterval(6) == QStringLiteral("6 d"));
    CHECK(ScheduleText::shortInterval(30) == QStringLiteral("30 d"));
    CHECK(ScheduleText::shortInterval(70) == QStringLiteral("2.3 mo"));
    CHECK(ScheduleText::shortInterval(548) == QStringLiteral("1.5 y"));
}

TEST_CASE("The days to the next review follow SM-2 and the interview date", "[schedule][text]")
{
    CHECK(daysToReview({}, kToday, std::nullopt) == -1);
    // A first Good gives a day, a second six, a third 6 * 2.5 = 15.
    CHECK(daysToReview({{kToday, Rating::Good}}, kToday, std::nullopt) == 1);
    const QList<Review> twice{{kToday.addDays(-1), Rating::Good}, {kToday, Rating::Good}};
    CHECK(daysToReview(twice, kToday, std::nullopt) == 6);
    const QList<Review> thrice{
        {kToday.addDays(-7), Rating::Good}, {kToday.addDays(-6), Rating::Good}, {kToday, Rating::Good}};
    CHECK(daysToReview(thrice, kToday, std::nullopt) == 15);
    // Again restarts: tomorrow. A review that would fall after the interview comes the day before it.
    CHECK(daysToReview({{kToday.addDays(-1), Rating::Good}, {kToday, Rating::Again}}, kToday, std::nullopt) ==
          1);
    CHECK(daysToReview(thrice, kToday, kToday.addDays(10)) == 9);
    // An old review long overdue: today.
    CHECK(daysToReview({{kToday.addDays(-40), Rating::Good}}, kToday, std::nullopt) == 0);
}

TEST_CASE("The message after a rating says when the question comes back", "[schedule][text]")
{
    CHECK(ScheduleText::nextReview(0) == QStringLiteral("Next review today"));
    CHECK(ScheduleText::nextReview(1) == QStringLiteral("Next review tomorrow"));
    CHECK(ScheduleText::nextReview(6) == QStringLiteral("Next review in 6 days"));
}

TEST_CASE("Practise Next says why it chose a question", "[schedule][text]")
{
    QuestionReview fresh;
    CHECK(ScheduleText::whyChosen(fresh, kToday, std::nullopt) == QStringLiteral("Never practised"));
    QuestionReview unrated;
    unrated.practised = true;
    CHECK(ScheduleText::whyChosen(unrated, kToday, std::nullopt) ==
          QStringLiteral("Practised, not rated yet"));
    CHECK(ScheduleText::whyChosen(reviewedQuestion(kToday), kToday, std::nullopt) ==
          QStringLiteral("Due today"));
    CHECK(ScheduleText::whyChosen(reviewedQuestion(kToday.addDays(-1)), kToday, std::nullopt) ==
          QStringLiteral("Due yesterday"));
    CHECK(ScheduleText::whyChosen(reviewedQuestion(kToday.addDays(-3)), kToday, std::nullopt) ==
          QStringLiteral("Due 3 days ago"));
    CHECK(ScheduleText::whyChosen(reviewedQuestion(kToday.addDays(2)), kToday, std::nullopt) ==
          QStringLiteral("Nothing is due: next review in 2 days"));
    // With the interview in two days, a review due in five comes tomorrow.
    CHECK(ScheduleText::whyChosen(reviewedQuestion(kToday.addDays(5)), kToday, kToday.addDays(2)) ==
          QStringLiteral("Nothing is due: next review tomorrow"));
}

TEST_CASE("The due summary counts down to the interview while it is ahead", "[schedule][text]")
{
    CHECK(ScheduleText::dueSummary(4, kToday, std::nullopt) == QStringLiteral("Due today: 4"));
    CHECK(ScheduleText::dueSummary(4, kToday, kToday.addDays(14)) ==
          QStringLiteral("Due today: 4 · interview in 14 days"));
    CHECK(ScheduleText::dueSummary(0, kToday, kToday.addDays(1)) ==
          QStringLiteral("Due today: 0 · interview tomorrow"));
    CHECK(ScheduleText::dueSummary(2, kToday, kToday) == QStringLiteral("Due today: 2 · interview today"));
    CHECK(ScheduleText::dueSummary(2, kToday, kToday.addDays(-1)) == QStringLiteral("Due today: 2"));
}
