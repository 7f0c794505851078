#include "core/schedule.h"

#include <algorithm>
#include <cmath>

namespace coach {

namespace {

// Every E-Factor change SM-2 can make is a whole number of hundredths (+0.10, 0, -0.14, ...), so the
// arithmetic runs in hundredths: no drift from adding 0.1 many times, and a half day is exactly a half
// when the interval is rounded.
constexpr int kHundredths = 100;

int toHundredths(double ease)
{
    return static_cast<int>(std::lround(ease * kHundredths));
}

bool isLapse(int quality)
{
    return quality < 3;
}

} // namespace

namespace Sm2 {

int quality(Rating rating)
{
    switch (rating) {
    case Rating::Again:
        return 2;
    case Rating::Hard:
        return 3;
    case Rating::Good:
        return 4;
    case Rating::Easy:
        return 5;
    }
    return 0; // a value outside the enum is no recall at all
}

ScheduleState step(const ScheduleState &state, Rating rating, QDate day)
{
    ScheduleState next = state;
    const int q = quality(rating);
    if (isLapse(q)) {
        next.repetitions = 0;
        next.intervalDays = 1;
    } else {
        const int ease = toHundredths(state.ease);
        if (state.repetitions == 0)
            next.intervalDays = 1;
        else if (state.repetitions == 1)
            next.intervalDays = 6;
        else
            next.intervalDays = static_cast<int>(std::min<qint64>(
                (static_cast<qint64>(state.intervalDays) * ease + kHundredths / 2) / kHundredths,
                kMaximumIntervalDays));
        ++next.repetitions;

        const int miss = 5 - q;
        const int change = 10 - miss * (8 + miss * 2);
        next.ease = static_cast<double>(std::max(ease + change, toHundredths(kMinimumEase))) / kHundredths;
    }
    next.lastReview = day;
    next.due = day.addDays(next.intervalDays);
    return next;
}

ScheduleState replay(QList<Review> reviews)
{
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const Review &a, const Review &b) { return a.day < b.day; });
    ScheduleState state;
    for (const Review &review : std::as_const(reviews)) {
        if (!review.day.isValid() || review.day == state.lastReview)
            continue;
        state = step(state, review.rating, review.day);
    }
    return state;
}

} // namespace Sm2

QDate effectiveDue(const ScheduleState &state, QDate today, std::optional<QDate> interviewDay)
{
    if (!state.due.isValid())
        return {};
    if (!interviewDay || !interviewDay->isValid() || *interviewDay <= today || state.due < *interviewDay)
        return state.due;
    return std::max(interviewDay->addDays(-1), today);
}

int daysToReview(const QList<Review> &reviews, QDate today, std::optional<QDate> interviewDay)
{
    const QDate due = effectiveDue(Sm2::replay(reviews), today, interviewDay);
    if (!due.isValid())
        return -1;
    return static_cast<int>(std::max<qint64>(today.daysTo(due), 0));
}

bool isDue(const QuestionReview &q, QDate today, std::optional<QDate> interviewDay)
{
    if (!q.practised)
        return false;
    if (!q.state.lastReview.isValid())
        return true;
    return effectiveDue(q.state, today, interviewDay) <= today;
}

QList<int> dueForecast(const QList<QuestionReview> &questions, QDate today, std::optional<QDate> interviewDay,
                       int days)
{
    QList<int> counts(std::max(days, 0), 0);
    if (counts.isEmpty())
        return counts;
    for (const QuestionReview &q : questions) {
        if (isDue(q, today, interviewDay)) {
            ++counts[0];
        } else if (q.practised && q.state.lastReview.isValid()) {
            const qint64 day = today.daysTo(effectiveDue(q.state, today, interviewDay));
            if (day > 0 && day < counts.size())
                ++counts[day];
        }
    }
    return counts;
}

QString pickNext(const QList<QuestionReview> &questions, QDate today, std::optional<QDate> interviewDay)
{
    // A practised question without ratings has no due day; it counts as due today.
    auto dueDay = [&](const QuestionReview &q) {
        return q.state.lastReview.isValid() ? effectiveDue(q.state, today, interviewDay) : today;
    };
    auto earlier = [](const QuestionReview *best, QDate bestDay, const QuestionReview &q, QDate day) {
        return !best || day < bestDay || (day == bestDay && q.order < best->order);
    };

    const QuestionReview *mostOverdue = nullptr;
    QDate mostOverdueDay;
    const QuestionReview *firstNew = nullptr;
    const QuestionReview *soonest = nullptr;
    QDate soonestDay;
    for (const QuestionReview &q : questions) {
        if (!q.practised) {
            if (!firstNew || q.order < firstNew->order)
                firstNew = &q;
            continue;
        }
        const QDate day = dueDay(q);
        if (day <= today) {
            if (earlier(mostOverdue, mostOverdueDay, q, day)) {
                mostOverdue = &q;
                mostOverdueDay = day;
            }
        } else if (earlier(soonest, soonestDay, q, day)) {
            soonest = &q;
            soonestDay = day;
        }
    }
    for (const QuestionReview *pick : {mostOverdue, firstNew, soonest}) {
        if (pick)
            return pick->questionId;
    }
    return {};
}

} // namespace coach
