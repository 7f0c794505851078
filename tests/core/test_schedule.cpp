// Expected values are worked out by hand from SM-2 as published by P. A. Wozniak (1990), "Application of a
// computer to improve the results obtained in working with the SuperMemo method":
// https://www.supermemo.com/en/blog/application-of-a-computer-to-improve-the-results-obtained-in-working-with-the-supermemo-method
// I(1) = 1, I(2) = 6, I(n) = I(n-1) * EF rounded to the nearest day (halves up);
// EF' = EF + (0.1 - (5-q) * (0.08 + (5-q) * 0.02)), at least 1.3; q < 3 restarts with EF unchanged.
#include "core/schedule.h"
#include "support/testsupport.h"

#include <numeric>

using namespace coach;

namespace {

const QDate kStart(2026, 1, 5);

struct Trace
{
    QList<int> intervals;
    QList<double> eases;
    ScheduleState last;
};

// Each review on the day the previous one made it due, as someone who keeps up would do them.
Trace follow(const QList<Rating> &ratings)
{
    Trace trace;
    QDate day = kStart;
    for (const Rating rating : ratings) {
        trace.last = Sm2::step(trace.last, rating, day);
        trace.intervals << trace.last.intervalDays;
        trace.eases << trace.last.ease;
        day = trace.last.due;
    }
    return trace;
}

void checkEases(const QList<double> &actual, const QList<double> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        INFO("review " << i + 1);
        CHECK(actual[i] == Approx(expected[i]).margin(1e-9));
    }
}

ScheduleState dueOn(QDate due, int intervalDays = 6)
{
    ScheduleState state;
    state.repetitions = 2;
    state.intervalDays = intervalDays;
    state.lastReview = due.addDays(-intervalDays);
    state.due = due;
    return state;
}

QuestionReview rated(const char *id, int order, QDate due)
{
    return {QString::fromLatin1(id), order, true, dueOn(due)};
}

QuestionReview unrated(const char *id, int order)
{
    return {QString::fromLatin1(id), order, true, {}};
}

QuestionReview fresh(const char *id, int order)
{
    return {QString::fromLatin1(id), order, false, {}};
}

} // namespace

TEST_CASE("Ratings sit on SM-2's quality scale", "[core][schedule]")
{
    CHECK(Sm2::quality(Rating::Again) == 2);
    CHECK(Sm2::quality(Rating::Hard) == 3);
    CHECK(Sm2::quality(Rating::Good) == 4);
    CHECK(Sm2::quality(Rating::Easy) == 5);
}

TEST_CASE("SM-2 intervals for fixed rating histories", "[core][schedule]")
{
    SECTION("Good keeps the E-Factor, and the intervals grow by it")
    {
        const Trace t = follow(QList<Rating>(5, Rating::Good));
        CHECK(t.intervals == QList<int>{1, 6, 15, 38, 95}); // 15 * 2.5 = 37.5 rounds up
        checkEases(t.eases, {2.5, 2.5, 2.5, 2.5, 2.5});
        CHECK(t.last.repetitions == 5);
        CHECK(t.last.lastReview == QDate(2026, 3, 6)); // 5 Jan + 1 + 6 + 15 + 38
        CHECK(t.last.due == QDate(2026, 6, 9));        // + 95
    }
    SECTION("Easy adds 0.1 each time, and the interval uses the factor from before the review")
    {
        const Trace t = follow(QList<Rating>(5, Rating::Easy));
        // 6 * 2.7 = 16.2, 16 * 2.8 = 44.8, 45 * 2.9 = 130.5 (exactly half: up)
        CHECK(t.intervals == QList<int>{1, 6, 16, 45, 131});
        checkEases(t.eases, {2.6, 2.7, 2.8, 2.9, 3.0});
    }
    SECTION("Hard takes 0.14 off each time, down to the floor of 1.3")
    {
        const Trace t = follow(QList<Rating>(10, Rating::Hard));
        // 6 * 2.22 = 13.32, 13 * 2.08 = 27.04, 27 * 1.94 = 52.38, 52 * 1.8 = 93.6, 94 * 1.66 = 156.04,
        // 156 * 1.52 = 237.12, 237 * 1.38 = 327.06, 327 * 1.3 = 425.1
        CHECK(t.intervals == QList<int>{1, 6, 13, 27, 52, 94, 156, 237, 327, 425});
        checkEases(t.eases, {2.36, 2.22, 2.08, 1.94, 1.8, 1.66, 1.52, 1.38, 1.3, 1.3});
        CHECK(t.last.repetitions == 10);
    }
    SECTION("A lapse starts the repetitions again and leaves the E-Factor alone")
    {
        const Trace t = follow({Rating::Good, Rating::Good, Rating::Good, Rating::Good, Rating::Again,
                                Rating::Good, Rating::Good, Rating::Good});
        CHECK(t.intervals == QList<int>{1, 6, 15, 38, 1, 1, 6, 15});
        checkEases(t.eases, QList<double>(8, 2.5));

        const Trace afterEasy = follow({Rating::Easy, Rating::Easy, Rating::Easy, Rating::Again,
                                        Rating::Again, Rating::Good, Rating::Good, Rating::Good});
        CHECK(afterEasy.intervals == QList<int>{1, 6, 16, 1, 1, 1, 6, 17}); // 6 * 2.8 = 16.8
        checkEases(afterEasy.eases, {2.6, 2.7, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8});
    }
    SECTION("The state after a lapse")
    {
        ScheduleState s;
        for (int i = 0; i < 3; ++i)
            s = Sm2::step(s, Rating::Good, kStart.addDays(i * 10));
        s = Sm2::step(s, Rating::Again, QDate(2026, 2, 1));
        CHECK(s.repetitions == 0);
        CHECK(s.intervalDays == 1);
        CHECK(s.ease == Approx(2.5));
        CHECK(s.lastReview == QDate(2026, 2, 1));
        CHECK(s.due == QDate(2026, 2, 2));
    }
}

TEST_CASE("Replaying reviews: day order, and only the first review of a day", "[core][schedule]")
{
    const QDate d0(2026, 4, 1);
    const QDate d1 = d0.addDays(1);
    const QDate d7 = d0.addDays(7);

    CHECK(Sm2::replay({}).lastReview.isNull());
    CHECK(Sm2::replay({}).due.isNull());

    SECTION("Same-day drill doesn't move the schedule")
    {
        const ScheduleState once = Sm2::replay({{d0, Rating::Good}});
        const ScheduleState drilled =
            Sm2::replay({{d0, Rating::Good}, {d0, Rating::Again}, {d0, Rating::Again}, {d0, Rating::Easy}});
        CHECK(drilled.repetitions == once.repetitions);
        CHECK(drilled.intervalDays == 1);
        CHECK(drilled.ease == Approx(once.ease));
        CHECK(drilled.due == d1);

        const ScheduleState failedFirst = Sm2::replay({{d0, Rating::Again}, {d0, Rating::Good}});
        CHECK(failedFirst.repetitions == 0);
        CHECK(failedFirst.ease == Approx(2.5));
        CHECK(failedFirst.due == d1);
    }
    SECTION("Unsorted input gives the same state as sorted")
    {
        const QList<Review> sorted{{d0, Rating::Easy}, {d1, Rating::Good}, {d7, Rating::Hard}};
        const QList<Review> shuffled{{d7, Rating::Hard}, {d0, Rating::Easy}, {d1, Rating::Good}};
        const ScheduleState a = Sm2::replay(sorted);
        const ScheduleState b = Sm2::replay(shuffled);
        CHECK(b.repetitions == 3);
        CHECK(b.intervalDays == 16); // 6 * 2.6 = 15.6
        CHECK(b.ease == Approx(2.46));
        CHECK(b.lastReview == d7);
        CHECK(b.due == d7.addDays(16));
        CHECK(a.intervalDays == b.intervalDays);
        CHECK(a.ease == Approx(b.ease));
        CHECK(a.due == b.due);
    }
    SECTION("Within a day, the review listed first is the one that counts")
    {
        // Sorted stably: d0 Easy, d1 Good, d1 Again; the Again is drill.
        const ScheduleState s = Sm2::replay({{d1, Rating::Good}, {d0, Rating::Easy}, {d1, Rating::Again}});
        CHECK(s.repetitions == 2);
        CHECK(s.intervalDays == 6);
        CHECK(s.ease == Approx(2.6));
        CHECK(s.due == d1.addDays(6));
    }
    SECTION("Reviews without a day are skipped")
    {
        const ScheduleState s = Sm2::replay({{QDate(), Rating::Again}, {d0, Rating::Good}});
        CHECK(s.repetitions == 1);
        CHECK(s.due == d1);
    }
}

TEST_CASE("An interview date pulls late reviews forward", "[core][schedule]")
{
    const QDate today(2026, 6, 12);
    const ScheduleState state = dueOn(QDate(2026, 6, 20));

    CHECK(effectiveDue(state, today, std::nullopt) == QDate(2026, 6, 20));
    CHECK(effectiveDue(state, today, QDate(2026, 9, 1)) == QDate(2026, 6, 20));  // far ahead
    CHECK(effectiveDue(state, today, QDate(2026, 6, 21)) == QDate(2026, 6, 20)); // due the day before
    CHECK(effectiveDue(state, today, QDate(2026, 6, 20)) == QDate(2026, 6, 19)); // due on the day
    CHECK(effectiveDue(state, today, QDate(2026, 6, 15)) == QDate(2026, 6, 14));
    CHECK(effectiveDue(state, today, QDate(2026, 6, 13)) == today); // tomorrow: today, never earlier
    CHECK(effectiveDue(state, today, today) == QDate(2026, 6, 20)); // too late to help
    CHECK(effectiveDue(state, today, QDate(2026, 6, 1)) == QDate(2026, 6, 20));
    CHECK(effectiveDue(state, today, QDate()) == QDate(2026, 6, 20));

    // Already overdue: the interview doesn't move it.
    const ScheduleState overdue = dueOn(QDate(2026, 6, 5));
    CHECK(effectiveDue(overdue, today, QDate(2026, 6, 13)) == QDate(2026, 6, 5));
    // Never reviewed: no due day at all.
    CHECK(effectiveDue(ScheduleState{}, today, QDate(2026, 6, 13)).isNull());
}

TEST_CASE("What is due, and what to practise next", "[core][schedule]")
{
    const QDate today(2026, 6, 12);

    SECTION("Due")
    {
        CHECK_FALSE(isDue(fresh("new", 0), today, std::nullopt));
        CHECK_FALSE(isDue(fresh("new", 0), today, today.addDays(1)));
        CHECK(isDue(unrated("unrated", 0), today, std::nullopt));
        CHECK(isDue(rated("today", 0, today), today, std::nullopt));
        CHECK(isDue(rated("overdue", 0, today.addDays(-3)), today, std::nullopt));
        CHECK_FALSE(isDue(rated("tomorrow", 0, today.addDays(1)), today, std::nullopt));
        CHECK(isDue(rated("tomorrow", 0, today.addDays(1)), today, today.addDays(1)));
        CHECK_FALSE(isDue(rated("later", 0, today.addDays(3)), today, today.addDays(3)));
        CHECK(isDue(rated("later", 0, today.addDays(3)), today, today.addDays(1)));
    }
    SECTION("Most overdue first, ties by bank order")
    {
        QList<QuestionReview> qs{rated("ahead", 0, today.addDays(3)),
                                 unrated("unrated", 1),
                                 rated("two-late", 2, today.addDays(-2)),
                                 rated("five-late-second", 5, today.addDays(-5)),
                                 rated("five-late-first", 3, today.addDays(-5)),
                                 fresh("new", 4)};
        CHECK(pickNext(qs, today, std::nullopt) == QStringLiteral("five-late-first"));
        qs.removeAt(4);
        CHECK(pickNext(qs, today, std::nullopt) == QStringLiteral("five-late-second"));
        qs.removeAt(3);
        CHECK(pickNext(qs, today, std::nullopt) == QStringLiteral("two-late"));
        qs.removeAt(2);
        CHECK(pickNext(qs, today, std::nullopt) == QStringLiteral("unrated"));
        // An unrated question is due today: it ties with one due today, by order.
        qs << rated("due-today", 0, today);
        CHECK(pickNext(qs, today, std::nullopt) == QStringLiteral("due-today"));
    }
    SECTION("Then the first never-practised question, then the one due soonest")
    {
        QList<QuestionReview> qs{rated("in-three", 0, today.addDays(3)), fresh("new-late", 7),
                                 rated("in-one-b", 9, today.addDays(1)), fresh("new-early", 2),
                                 rated("in-one-a", 8, today.addDays(1))};
        CHECK(pickNext(qs, today, std::nullopt) == QStringLiteral("new-early"));
        qs.removeAt(3);
        CHECK(pickNext(qs, today, std::nullopt) == QStringLiteral("new-late"));
        qs.removeAt(1);
        CHECK(pickNext(qs, today, std::nullopt) == QStringLiteral("in-one-a"));
        // With the interview tomorrow, everything is pulled to today and becomes due.
        CHECK(pickNext(qs, today, today.addDays(1)) == QStringLiteral("in-three"));
    }
    SECTION("An empty list")
    {
        CHECK(pickNext({}, today, std::nullopt).isEmpty());
        CHECK(pickNext({}, today, today.addDays(5)).isEmpty());
    }
}

TEST_CASE("The due forecast counts each coming day as the due-today rule would", "[core][schedule][forecast]")
{
    const QDate today(2026, 6, 12);
    const QList<QuestionReview> qs{fresh("new", 0),
                                   unrated("unrated", 1),
                                   rated("overdue", 2, today.addDays(-4)),
                                   rated("today", 3, today),
                                   rated("tomorrow-a", 4, today.addDays(1)),
                                   rated("tomorrow-b", 5, today.addDays(1)),
                                   rated("in-five", 6, today.addDays(5)),
                                   rated("last-day", 7, today.addDays(13)),
                                   rated("beyond", 8, today.addDays(14))};

    const QList<int> plain = dueForecast(qs, today, std::nullopt, 14);
    REQUIRE(plain.size() == 14);
    // Today: what "due today" counts (unrated, overdue, due today); never-practised ones are not due.
    CHECK(plain.at(0) == 3);
    CHECK(plain.at(1) == 2);
    CHECK(plain.at(5) == 1);
    CHECK(plain.at(13) == 1);
    CHECK(std::accumulate(plain.cbegin(), plain.cend(), 0) == 7); // "beyond" is after the forecast
    int dueToday = 0;
    for (const QuestionReview &q : qs)
        dueToday += isDue(q, today, std::nullopt) ? 1 : 0;
    CHECK(plain.at(0) == dueToday);

    // An interview in four days pulls what falls on or after it to the day before.
    const QList<int> interview = dueForecast(qs, today, today.addDays(4), 14);
    CHECK(interview.at(0) == 3);
    CHECK(interview.at(1) == 2);
    CHECK(interview.at(3) == 3); // in five, last day and beyond
    CHECK(interview.at(5) == 0);
    CHECK(interview.at(13) == 0);

    CHECK(dueForecast(qs, today, std::nullopt, 0).isEmpty());
    CHECK(dueForecast({}, today, std::nullopt, 3) == QList<int>{0, 0, 0});
}

TEST_CASE("Intervals stop at the ceiling instead of overflowing", "[core][schedule]")
{
    QList<coach::Review> reviews;
    for (int i = 0; i < 400; ++i)
        reviews.append({QDate(2020, 1, 1).addDays(i), coach::Rating::Easy});
    const coach::ScheduleState state = coach::Sm2::replay(reviews);
    CHECK(state.intervalDays == coach::kMaximumIntervalDays);
    CHECK(state.repetitions == 400);
    CHECK(state.due == QDate(2020, 1, 1).addDays(399 + coach::kMaximumIntervalDays));
}
