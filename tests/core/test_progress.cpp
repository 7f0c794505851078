#include "core/progress.h"
#include "support/testsupport.h"

#include <random>

using namespace coach;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

QTimeZone zone(const char *ianaId)
{
    QTimeZone z(ianaId);
    INFO(ianaId);
    REQUIRE(z.isValid()); // needs the system's tz data
    return z;
}

QDate dayIn(qint64 utcMs, const QTimeZone &z)
{
    return localDays({utcMs}, z).constFirst();
}

Question question(const char *id, const char *category, int targetSeconds)
{
    Question q;
    q.id = QString::fromLatin1(id);
    q.categoryId = QString::fromLatin1(category);
    q.targetSeconds = targetSeconds;
    return q;
}

ProgressSample sample(qint64 at, const char *id, int rating, qint64 durationMs, double pace, int longPauses)
{
    return {at, QString::fromLatin1(id), rating, durationMs, pace, longPauses};
}

} // namespace

TEST_CASE("Local days of instants near midnight in several zones", "[core][progress]")
{
    const qint64 lateJan15 = utc(2026, 1, 15, 23, 30);
    CHECK(dayIn(lateJan15, QTimeZone::utc()) == QDate(2026, 1, 15));
    CHECK(dayIn(lateJan15, zone("Europe/London")) == QDate(2026, 1, 15));                 // GMT in winter
    CHECK(dayIn(lateJan15, zone("Europe/Berlin")) == QDate(2026, 1, 16));                 // 00:30 CET
    CHECK(dayIn(lateJan15, zone("America/New_York")) == QDate(2026, 1, 15));              // 18:30 EST
    CHECK(dayIn(utc(2026, 1, 16, 3, 0), zone("America/New_York")) == QDate(2026, 1, 15)); // 22:00 EST
    CHECK(dayIn(utc(2026, 7, 15, 23, 30), zone("Europe/London")) == QDate(2026, 7, 16));  // 00:30 BST

    // +5:30: local midnight is 18:30 UTC.
    const QTimeZone kolkata = zone("Asia/Kolkata");
    CHECK(localDays({utc(2026, 1, 15, 18, 29), utc(2026, 1, 15, 18, 31)}, kolkata) ==
          QList<QDate>{QDate(2026, 1, 15), QDate(2026, 1, 16)});
    // The same with a fixed-offset zone, which has no transition data.
    const QTimeZone fixed(5 * 3600 + 30 * 60);
    REQUIRE_FALSE(fixed.hasTransitions());
    CHECK(localDays({utc(2026, 1, 15, 18, 29), utc(2026, 1, 15, 18, 31)}, fixed) ==
          QList<QDate>{QDate(2026, 1, 15), QDate(2026, 1, 16)});

    // Before 1970 the day number must round down, not towards zero.
    CHECK(dayIn(utc(1969, 12, 31, 23, 30), QTimeZone::utc()) == QDate(1969, 12, 31));
    CHECK(dayIn(utc(1969, 12, 31, 23, 30), zone("Europe/Berlin")) == QDate(1970, 1, 1));

    CHECK(localDays({}, kolkata).isEmpty());
}

TEST_CASE("Local days across Berlin's daylight-saving changes of 2026", "[core][progress]")
{
    // Summer time starts on 29 March at 01:00 UTC (+1 -> +2) and ends on 25 October at 01:00 UTC (+2 -> +1).
    const std::vector<qint64> instants{
        utc(2026, 3, 28, 22, 59),  // 23:59 CET
        utc(2026, 3, 28, 23, 1),   // 00:01 CET
        utc(2026, 3, 29, 0, 59),   // 01:59 CET, just before the change
        utc(2026, 3, 29, 1, 0),    // 03:00 CEST
        utc(2026, 3, 29, 21, 59),  // 23:59 CEST
        utc(2026, 3, 29, 22, 1),   // 00:01 CEST (23:01 had the clocks not changed)
        utc(2026, 10, 24, 21, 59), // 23:59 CEST
        utc(2026, 10, 24, 22, 1),  // 00:01 CEST
        utc(2026, 10, 25, 0, 59),  // 02:59 CEST
        utc(2026, 10, 25, 1, 0),   // 02:00 CET
        utc(2026, 10, 25, 22, 59), // 23:59 CET (00:59 the next day had the clocks not changed)
        utc(2026, 10, 25, 23, 1),  // 00:01 CET
    };
    CHECK(localDays(instants, zone("Europe/Berlin")) ==
          QList<QDate>{QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 3, 29), QDate(2026, 3, 29),
                       QDate(2026, 3, 29), QDate(2026, 3, 30), QDate(2026, 10, 24), QDate(2026, 10, 25),
                       QDate(2026, 10, 25), QDate(2026, 10, 25), QDate(2026, 10, 25), QDate(2026, 10, 26)});
}

TEST_CASE("Local days agree with QDateTime over two years in odd zones", "[core][progress]")
{
    const qint64 from = utc(2025, 1, 1, 0, 0);
    const qint64 to = utc(2027, 1, 1, 0, 0);
    for (const char *id : {"UTC", "Europe/Berlin", "America/New_York", "America/St_Johns", "Asia/Kolkata",
                           "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham"}) {
        INFO(id);
        const QTimeZone z = zone(id);
        std::vector<qint64> instants;
        for (qint64 t = from; t < to; t += 97 * 60 * 1000 + 13'000)
            instants.push_back(t);
        // And a millisecond either side of every transition.
        for (const QTimeZone::OffsetData &transition :
             z.transitions(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                           QDateTime::fromMSecsSinceEpoch(to, Qt::UTC))) {
            const qint64 at = transition.atUtc.toMSecsSinceEpoch();
            instants.insert(instants.end(), {at - 1, at, at + 1});
        }
        std::sort(instants.begin(), instants.end());

        const QList<QDate> days = localDays(instants, z);
        REQUIRE(days.size() == qsizetype(instants.size()));
        int wrong = 0;
        for (size_t i = 0; i < instants.size(); ++i) {
            if (days[qsizetype(i)] != QDateTime::fromMSecsSinceEpoch(instants[i], z).date())
                ++wrong;
        }
        CHECK(wrong == 0);
    }
}

TEST_CASE("Streaks of practice days", "[core][progress]")
{
    const QDate today(2026, 3, 10);
    auto d = [&](int daysAgo) {
        return today.addDays(-daysAgo);
    };

    auto check = [&](const QList<QDate> &days, int current, int longest) {
        const Streaks s = streaks(days, today);
        CHECK(s.current == current);
        CHECK(s.longest == longest);
    };
    SECTION("Up to today")
    {
        check({d(0), d(1), d(2)}, 3, 3);
    }
    SECTION("Today not practised yet: the streak runs from yesterday")
    {
        check({d(1), d(2)}, 2, 2);
    }
    SECTION("Neither today nor yesterday")
    {
        check({d(2), d(3)}, 0, 2);
    }
    SECTION("A gap, with the longest streak earlier")
    {
        check({d(0), d(1), d(3), d(4), d(5), d(6)}, 2, 4);
    }
    SECTION("Duplicates and any order")
    {
        check({d(1), d(0), d(1), d(0), d(0), d(5), d(1)}, 2, 2);
    }
    SECTION("A day after today counts for the longest only")
    {
        check({today.addDays(1), d(0)}, 1, 2);
    }
    SECTION("None")
    {
        check({}, 0, 0);
    }
}

TEST_CASE("Progress figures of a small hand-made history", "[core][progress]")
{
    const QList<Question> questions{question("q1", "behavioural", 90), question("q2", "technical", 120),
                                    question("q3", "behavioural", 60), question("q4", "closing", 60)};
    // Unsorted on purpose. "gone" is a question no longer in the bank.
    const std::vector<ProgressSample> samples{
        sample(utc(2026, 3, 16, 9, 0), "q1", 2, 70'000, 120, 2),
        sample(utc(2026, 3, 3, 10, 0), "q2", 4, 100'000, 150, 3),
        sample(utc(2026, 3, 1, 23, 30), "q1", 3, 60'000, 130, 1), // Monday 2 March, 00:30 in Berlin
        sample(utc(2026, 3, 18, 9, 0), "q2", 0, 30'000, 0, -1),
        sample(utc(2026, 3, 4, 10, 0), "q1", 0, 80'001, 0, -1), // not rated, not analysed
        sample(utc(2026, 3, 5, 10, 0), "gone", 2, 5'000, 0, 0), // analysed, no speech found
        sample(utc(2026, 3, 17, 9, 0), "q1", 3, 90'000, 160, 0),
        sample(utc(2026, 3, 18, 8, 0), "q2", 1, 110'000, 100, 4),
    };
    const QDateTime now(QDate(2026, 3, 18), QTime(12, 0), Qt::UTC); // a Wednesday
    const ProgressFigures f = computeProgress(samples, questions, now, zone("Europe/Berlin"));

    CHECK(f.totalAttempts == 8);

    REQUIRE(f.weeks.size() == 3);
    const WeekFigures &first = f.weeks[0];
    CHECK(first.weekStart == QDate(2026, 3, 2));
    CHECK(first.attempts == 4);
    CHECK(first.rated == 3);
    CHECK(first.averageRating == Approx(3.0)); // (3 + 4 + 2) / 3
    CHECK(first.analysed == 3);
    CHECK(first.medianPaceWpm == Approx(140.0));       // of 130 and 150
    CHECK(first.averageLongPauses == Approx(4.0 / 3)); // (1 + 3 + 0) / 3

    const WeekFigures &empty = f.weeks[1];
    CHECK(empty.weekStart == QDate(2026, 3, 9));
    CHECK(empty.attempts == 0);
    CHECK(empty.rated == 0);
    CHECK(empty.averageRating == 0.0);
    CHECK(empty.analysed == 0);
    CHECK(empty.medianPaceWpm == 0.0);
    CHECK(empty.averageLongPauses == 0.0);

    const WeekFigures &last = f.weeks[2];
    CHECK(last.weekStart == QDate(2026, 3, 16));
    CHECK(last.attempts == 4);
    CHECK(last.rated == 3);
    CHECK(last.averageRating == Approx(2.0)); // (2 + 3 + 1) / 3
    CHECK(last.analysed == 3);
    CHECK(last.medianPaceWpm == Approx(120.0)); // of 100, 120 and 160
    CHECK(last.averageLongPauses == Approx(2.0));

    // 2, 3, 4, 5 March, then 16, 17, 18 March (today).
    CHECK(f.streaks.current == 3);
    CHECK(f.streaks.longest == 4);

    REQUIRE(f.lengths.size() == 2);
    CHECK(f.lengths[0].questionId == QStringLiteral("q1"));
    CHECK(f.lengths[0].attempts == 4);
    CHECK(f.lengths[0].medianMs == 75'000); // even count: (70,000 + 80,001) / 2, rounded down
    CHECK(f.lengths[0].targetMs == 90'000);
    CHECK(f.lengths[1].questionId == QStringLiteral("q2"));
    CHECK(f.lengths[1].attempts == 3);
    CHECK(f.lengths[1].medianMs == 100'000);
    CHECK(f.lengths[1].targetMs == 120'000);

    CHECK(f.neverPractised == QStringList{QStringLiteral("q3"), QStringLiteral("q4")});

    REQUIRE(f.coverage.size() == 3);
    CHECK(f.coverage[0].categoryId == QStringLiteral("behavioural"));
    CHECK(f.coverage[0].practised == 1);
    CHECK(f.coverage[0].total == 2);
    CHECK(f.coverage[1].categoryId == QStringLiteral("technical"));
    CHECK(f.coverage[1].practised == 1);
    CHECK(f.coverage[1].total == 1);
    CHECK(f.coverage[2].categoryId == QStringLiteral("closing"));
    CHECK(f.coverage[2].practised == 0);
    CHECK(f.coverage[2].total == 1);

    SECTION("In UTC the first attempt falls on the Sunday before")
    {
        const ProgressFigures inUtc = computeProgress(samples, questions, now, QTimeZone::utc());
        REQUIRE(inUtc.weeks.size() == 4);
        CHECK(inUtc.weeks[0].weekStart == QDate(2026, 2, 23));
        CHECK(inUtc.weeks[0].attempts == 1);
        CHECK(inUtc.weeks[1].attempts == 3);
        CHECK(inUtc.streaks.longest == 3); // 1 March is on its own now: 2 March has no attempt
    }
    SECTION("No attempts")
    {
        const ProgressFigures none = computeProgress({}, questions, now, zone("Europe/Berlin"));
        CHECK(none.totalAttempts == 0);
        CHECK(none.weeks.isEmpty());
        CHECK(none.streaks.current == 0);
        CHECK(none.streaks.longest == 0);
        CHECK(none.lengths.isEmpty());
        CHECK(none.neverPractised.size() == 4);
        REQUIRE(none.coverage.size() == 3);
        CHECK(none.coverage[0].practised == 0);
        CHECK(none.coverage[0].total == 2);
    }
    SECTION("The weeks run to the week of now")
    {
        const QDateTime later(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC);
        const ProgressFigures f2 = computeProgress(samples, questions, later, zone("Europe/Berlin"));
        REQUIRE(f2.weeks.size() == 5);
        CHECK(f2.weeks.constLast().weekStart == QDate(2026, 3, 30));
        CHECK(f2.weeks.constLast().attempts == 0);
        CHECK(f2.streaks.current == 0);
        CHECK(f2.streaks.longest == 4);
    }
}

TEST_CASE("A period's weeks span the whole period, and start at local midnight of its Monday",
          "[core][progress][range]")
{
    const QDate wednesday(2026, 3, 18);
    CHECK(rangeFirstDay(ProgressRange::FourWeeks, wednesday) == QDate(2026, 2, 23));
    CHECK(rangeFirstDay(ProgressRange::ThreeMonths, wednesday) == QDate(2025, 12, 22));
    CHECK(rangeFirstDay(ProgressRange::SixMonths, wednesday) == QDate(2025, 9, 22));
    CHECK(rangeFirstDay(ProgressRange::Year, wednesday) == QDate(2025, 3, 24));
    CHECK_FALSE(rangeFirstDay(ProgressRange::AllTime, wednesday).isValid());
    for (const ProgressRange range : kProgressRanges)
        CHECK(rangeOfWeeks(rangeWeeks(range)) == range);
    CHECK(rangeOfWeeks(7) == ProgressRange::AllTime);

    const QList<Question> questions{question("q1", "behavioural", 90)};
    const QTimeZone berlin = zone("Europe/Berlin");
    const std::vector<ProgressSample> samples{
        sample(utc(2026, 2, 22, 22, 59), "q1", 3, 10'000, 0, -1), // Sunday 23:59 in Berlin: before
        sample(utc(2026, 2, 22, 23, 0), "q1", 3, 20'000, 0, -1),  // Monday 00:00 in Berlin: in
        sample(utc(2026, 3, 17, 9, 0), "q1", 1, 30'000, 0, -1),
    };
    const QDateTime now(wednesday, QTime(12, 0), Qt::UTC);
    const ProgressFigures f = computeProgress(samples, questions, now, berlin, QDate(2026, 2, 23));
    CHECK(f.totalAttempts == 2);
    REQUIRE(f.weeks.size() == 4);
    CHECK(f.weeks.constFirst().weekStart == QDate(2026, 2, 23));
    CHECK(f.weeks.constFirst().attempts == 1);
    CHECK(f.weeks.constLast().attempts == 1);
    REQUIRE(f.lengths.size() == 1);
    CHECK(f.lengths[0].attempts == 2);
    CHECK(f.lengths[0].medianMs == 25'000);

    // One attempt in a four-week period still gives the four weeks, not a single one.
    const ProgressFigures one = computeProgress({samples.back()}, questions, now, berlin,
                                                rangeFirstDay(ProgressRange::FourWeeks, wednesday));
    CHECK(one.weeks.size() == 4);
    // All time starts with the first attempt's week.
    CHECK(computeProgress({samples.back()}, questions, now, berlin).weeks.size() == 1);

    // The streaks of every attempt, whatever the period.
    const Streaks all =
        streaksAt({utc(2026, 3, 18, 8, 0), utc(2026, 3, 16, 8, 0), utc(2026, 3, 17, 8, 0)}, now, berlin);
    CHECK(all.current == 3);
    CHECK(all.longest == 3);
}

TEST_CASE("The answers furthest from their target length come first, ten at most",
          "[core][progress][lengths]")
{
    const auto length = [](int n, qint64 medianMs, qint64 targetMs) {
        return QuestionLength{QStringLiteral("q%1").arg(n), 1, medianMs, targetMs};
    };
    CHECK(lengthMiss(length(0, 45'000, 90'000)) == Approx(0.5));
    CHECK(lengthMiss(length(0, 135'000, 90'000)) == Approx(0.5));
    CHECK(lengthMiss(length(0, 90'000, 90'000)) == Approx(0.0));
    CHECK(lengthMiss(length(0, 90'000, 0)) == Approx(0.0));

    QList<QuestionLength> lengths{
        length(0, 90'000, 90'000),  // on target
        length(1, 180'000, 90'000), // twice as long: 1.0
        length(2, 30'000, 120'000), // a quarter: 0.75
        length(3, 60'000, 60'000),  // on target, after q0 in bank order
        length(4, 100'000, 0),      // no target: last
        length(5, 45'000, 60'000),  // 0.25
    };
    const auto ids = [](const QList<QuestionLength> &list) {
        QStringList out;
        for (const QuestionLength &l : list)
            out << l.questionId;
        return out.join(u' ');
    };
    CHECK(ids(worstLengths(lengths, -1)) == QStringLiteral("q1 q2 q5 q0 q3 q4"));
    CHECK(ids(worstLengths(lengths, 2)) == QStringLiteral("q1 q2"));
    CHECK(ids(worstLengths(lengths, 10)) == QStringLiteral("q1 q2 q5 q0 q3 q4"));
    CHECK(worstLengths({}, 10).isEmpty());

    // Of 200 questions, the ten furthest off, furthest first.
    QList<QuestionLength> many;
    for (int i = 0; i < 200; ++i)
        many << length(i, 90'000 + (i % 50) * 1'000, 90'000); // misses grow with i % 50
    const QList<QuestionLength> worst = worstLengths(many, 10);
    REQUIRE(worst.size() == 10);
    CHECK(worst[0].questionId == QStringLiteral("q49"));
    CHECK(worst[1].questionId == QStringLiteral("q99"));
    CHECK(worst[4].questionId == QStringLiteral("q48"));
    for (qsizetype i = 1; i < worst.size(); ++i)
        CHECK(lengthMiss(worst[i - 1]) >= lengthMiss(worst[i]));
}

TEST_CASE("Progress figures of 100,000 attempts add up", "[core][progress]")
{
    QList<Question> questions;
    for (int i = 0; i < 200; ++i) {
        Question q;
        q.id = QStringLiteral("q%1").arg(i);
        q.categoryId = QStringLiteral("c%1").arg(i % 10);
        questions << q;
    }
    std::mt19937 random(20260318);
    std::uniform_int_distribution<qint64> instant(utc(2024, 3, 18, 0, 0), utc(2026, 3, 18, 12, 0));
    std::uniform_int_distribution<int> questionNo(0, 259); // 200 and up are not in the bank
    std::uniform_int_distribution<int> rating(0, 4);
    std::uniform_int_distribution<int> pauses(-1, 5);
    std::uniform_int_distribution<int> pace(0, 200);
    std::vector<ProgressSample> samples;
    int known = 0;
    int rated = 0;
    for (int i = 0; i < 100'000; ++i) {
        const int no = questionNo(random);
        known += no < 200 ? 1 : 0;
        ProgressSample s{instant(random), QStringLiteral("q%1").arg(no), rating(random),
                         1000 + i % 9000, double(pace(random)),          pauses(random)};
        rated += s.rating > 0 ? 1 : 0;
        samples.push_back(s);
    }
    const QDateTime now(QDate(2026, 3, 18), QTime(12, 0), Qt::UTC);
    const QTimeZone berlin = zone("Europe/Berlin");
    const ProgressFigures f = computeProgress(samples, questions, now, berlin);

    CHECK(f.totalAttempts == 100'000);
    int weekAttempts = 0;
    int weekRated = 0;
    for (qsizetype i = 0; i < f.weeks.size(); ++i) {
        weekAttempts += f.weeks[i].attempts;
        weekRated += f.weeks[i].rated;
        CHECK(f.weeks[i].weekStart.dayOfWeek() == Qt::Monday);
        if (i > 0)
            CHECK(f.weeks[i - 1].weekStart.daysTo(f.weeks[i].weekStart) == 7);
    }
    CHECK(weekAttempts == 100'000);
    CHECK(weekRated == rated);
    CHECK(f.weeks.constLast().weekStart == QDate(2026, 3, 16));
    CHECK(f.weeks.size() >= 104);

    int lengthAttempts = 0;
    for (const QuestionLength &l : f.lengths)
        lengthAttempts += l.attempts;
    CHECK(lengthAttempts == known);
    CHECK(f.lengths.size() + f.neverPractised.size() == 200);

    int practised = 0;
    int total = 0;
    for (const CategoryCoverage &c : f.coverage) {
        practised += c.practised;
        total += c.total;
    }
    CHECK(f.coverage.size() == 10);
    CHECK(total == 200);
    CHECK(practised == f.lengths.size());
    CHECK(f.streaks.current <= f.streaks.longest);
}

TEST_CASE("The share of the points covered, per week, over the reviewed takes only",
          "[core][progress][rubric]")
{
    const QList<Question> questions{question("a", "c", 60), question("b", "c", 60)};
    const auto reviewed = [](qint64 at, const char *id, int points, int covered) {
        ProgressSample s = sample(at, id, 0, 30000, 0, -1);
        s.rubricPoints = points;
        s.rubricCovered = covered;
        return s;
    };
    // Week of Monday 2 November: 3 of 5 and 1 of 3 (4 of 8 points), and one take not reviewed.
    // Week of 9 November: nothing reviewed. Week of 16 November: 4 of 4.
    std::vector<ProgressSample> samples{
        reviewed(utc(2026, 11, 2, 9, 0), "a", 5, 3), reviewed(utc(2026, 11, 4, 9, 0), "b", 3, 1),
        sample(utc(2026, 11, 5, 9, 0), "a", 3, 30000, 0, -1),
        sample(utc(2026, 11, 10, 9, 0), "a", 0, 1000, 0, -1), reviewed(utc(2026, 11, 17, 9, 0), "b", 4, 4)};
    const ProgressFigures f = computeProgress(
        samples, questions, QDateTime(QDate(2026, 11, 18), QTime(12, 0), Qt::UTC), QTimeZone::utc());
    REQUIRE(f.weeks.size() == 3);
    CHECK(f.weeks[0].attempts == 3);
    CHECK(f.weeks[0].reviewed == 2);
    CHECK(f.weeks[0].rubricShare == Approx(0.5));
    CHECK(f.weeks[1].reviewed == 0);
    CHECK(f.weeks[1].rubricShare == 0);
    CHECK(f.weeks[2].reviewed == 1);
    CHECK(f.weeks[2].rubricShare == Approx(1.0));
}

TEST_CASE("The share of the key points heard, per week, over the takes listened to only",
          "[core][progress][keypoints]")
{
    const QList<Question> questions{question("a", "c", 60), question("b", "c", 60)};
    const auto listened = [](qint64 at, const char *id, int points, int heard) {
        ProgressSample s = sample(at, id, 0, 30000, 0, -1);
        s.keyPoints = points;
        s.keyPointsHeard = heard;
        return s;
    };
    // Week of 2 November: 2 of 3 and 1 of 5 (3 of 8), and a take never listened to. Week of 9 November:
    // none listened to. Week of 16 November: 4 of 4.
    std::vector<ProgressSample> samples{
        listened(utc(2026, 11, 2, 9, 0), "a", 3, 2), listened(utc(2026, 11, 4, 9, 0), "b", 5, 1),
        sample(utc(2026, 11, 5, 9, 0), "a", 3, 30000, 0, -1),
        sample(utc(2026, 11, 10, 9, 0), "a", 0, 1000, 0, -1), listened(utc(2026, 11, 17, 9, 0), "b", 4, 4)};
    const ProgressFigures f = computeProgress(
        samples, questions, QDateTime(QDate(2026, 11, 18), QTime(12, 0), Qt::UTC), QTimeZone::utc());
    REQUIRE(f.weeks.size() == 3);
    CHECK(f.weeks[0].listened == 2);
    CHECK(f.weeks[0].keyPointShare == Approx(3.0 / 8.0));
    CHECK(f.weeks[1].listened == 0);
    CHECK(f.weeks[1].keyPointShare == 0);
    CHECK(f.weeks[2].listened == 1);
    CHECK(f.weeks[2].keyPointShare == Approx(1.0));
}
