// Progress figures over all attempts: weekly ratings and delivery, streaks, answer lengths and coverage.
#pragma once

#include "core/question.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace coach {

struct ProgressSample
{
    qint64 startedAtMs = 0; // UTC, ms since the epoch
    QString questionId;
    int rating = 0; // 1..4, 0 when not rated
    qint64 durationMs = 0;
    double paceWpm = 0;   // overall pace; 0 when not analysed
    int longPauses = -1;  // pauses of 2 s and more; -1 when not analysed
    int rubricPoints = 0; // the self-review: points listed when ticked (0: not reviewed), and points ticked
    int rubricCovered = 0;
    int keyPoints = 0; // key points the take was listened for (0: not listened to), and those heard
    int keyPointsHeard = 0;
};

struct WeekFigures
{
    QDate weekStart; // local Monday
    int attempts = 0;
    int rated = 0;
    double averageRating = 0; // 0 when none rated
    // Attempts the analysis ran on (longPauses >= 0). One with no speech found has pace 0: it counts here
    // and in the pause average, but not in the pace median.
    int analysed = 0;
    double medianPaceWpm = 0;     // over paceWpm > 0; 0 when there is none
    double averageLongPauses = 0; // over analysed attempts; 0 when there is none
    // Attempts the person reviewed against their question's points, and the share of those points ticked
    // (all ticks over all points listed, 0 to 1); 0 when none was reviewed.
    int reviewed = 0;
    double rubricShare = 0;
    // Takes listened to for their key points, and the share of those key points heard (0 to 1).
    int listened = 0;
    double keyPointShare = 0;
};

struct QuestionLength
{
    QString questionId;
    int attempts = 0;
    qint64 medianMs = 0; // of an even count, the mean of the middle two, rounded down to the ms
    qint64 targetMs = 0;
};

struct CategoryCoverage
{
    QString categoryId;
    int practised = 0;
    int total = 0;
};

struct Streaks
{
    int current = 0;
    int longest = 0;
};

struct ProgressFigures
{
    int totalAttempts = 0;
    // Every week, empty ones included, from the week of the range's first day (or of the first attempt when
    // there is no range) to the week of `now` (or of the last attempt, should a clock have put one later);
    // empty when there are no attempts.
    QList<WeekFigures> weeks;
    Streaks streaks;
    QList<QuestionLength> lengths;    // practised questions, in the order of `questions`
    QStringList neverPractised;       // question ids, in the order of `questions`
    QList<CategoryCoverage> coverage; // categories in order of first appearance in `questions`
};

// The periods the Progress window shows, each a number of whole weeks ending with the current one.
enum class ProgressRange { FourWeeks, ThreeMonths, SixMonths, Year, AllTime };
inline constexpr ProgressRange kProgressRanges[] = {ProgressRange::FourWeeks, ProgressRange::ThreeMonths,
                                                    ProgressRange::SixMonths, ProgressRange::Year,
                                                    ProgressRange::AllTime};
// 4, 13, 26 or 52; 0 for all time.
int rangeWeeks(ProgressRange range);
// The range of that many weeks; all time for 0 or a count no range has.
ProgressRange rangeOfWeeks(int weeks);
// The Monday the range starts on, the current week counted as its last; invalid for all time.
QDate rangeFirstDay(ProgressRange range, QDate today);

// How far a question's typical answer misses its target, as a share of the target (0.5: half as long or
// half again as long); 0 without a target.
double lengthMiss(const QuestionLength &length);
// The lengths furthest from their targets first (ties keep their order); the first `limit`, or all of them
// when limit is negative.
QList<QuestionLength> worstLengths(QList<QuestionLength> lengths, qsizetype limit);

// The local calendar day of each instant (sorted ascending), exact across daylight-saving changes and for
// zones with half-hour offsets. It walks the zone's transitions over the range once, because converting each
// instant through QDateTime is too slow for 100,000 of them. A zone without transition data is taken at its
// offset at the first instant.
QList<QDate> localDays(const std::vector<qint64> &sortedUtcMs, const QTimeZone &zone);
// Days with at least one attempt, in any order, duplicates allowed. The current streak runs back from today,
// or from yesterday when today has no attempt yet (the day is not over); 0 otherwise.
Streaks streaks(QList<QDate> days, QDate today);
// The streaks of attempts started at these instants (UTC ms, in any order).
Streaks streaksAt(std::vector<qint64> utcMs, const QDateTime &now, const QTimeZone &zone);
// Samples may be unsorted and may name questions not in `questions`: those count in the totals and weeks
// but not in the lengths or the coverage. With a valid firstDay the weeks start with its week (the chart's
// axis spans the chosen range, however few weeks have attempts) and samples before it are left out.
ProgressFigures computeProgress(std::vector<ProgressSample> samples, const QList<Question> &questions,
                                const QDateTime &now, const QTimeZone &zone, QDate firstDay = {});

} // namespace coach
