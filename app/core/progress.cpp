#include "core/progress.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace coach {

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

QDate dayOfLocalMs(qint64 localMs)
{
    qint64 days = localMs / kMsPerDay;
    if (localMs % kMsPerDay < 0) // division truncates; days before 1970 must round down
        --days;
    return QDate::fromJulianDay(kUnixEpochJulianDay + days);
}

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// The two middle values after a partial sort (the same one twice for an odd count); values is not empty.
template<typename T>
std::pair<T, T> middleTwo(std::vector<T> &values)
{
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2)
        return {*middle, *middle};
    return {*std::max_element(values.begin(), middle), *middle};
}

struct WeekSums
{
    int ratingSum = 0;
    int longPausesSum = 0;
    int rubricPoints = 0;
    int rubricCovered = 0;
    int keyPoints = 0;
    int keyPointsHeard = 0;
    std::vector<double> paces;
};

void addToWeek(WeekFigures &week, WeekSums &sums, const ProgressSample &sample)
{
    ++week.attempts;
    if (sample.rating >= 1 && sample.rating <= 4) {
        ++week.rated;
        sums.ratingSum += sample.rating;
    }
    if (sample.longPauses >= 0) {
        ++week.analysed;
        sums.longPausesSum += sample.longPauses;
    }
    if (sample.paceWpm > 0)
        sums.paces.push_back(sample.paceWpm);
    if (sample.rubricPoints > 0) {
        ++week.reviewed;
        sums.rubricPoints += sample.rubricPoints;
        sums.rubricCovered += std::min(sample.rubricCovered, sample.rubricPoints);
    }
    if (sample.keyPoints > 0) {
        ++week.listened;
        sums.keyPoints += sample.keyPoints;
        sums.keyPointsHeard += std::min(sample.keyPointsHeard, sample.keyPoints);
    }
}

void finishWeek(WeekFigures &week, WeekSums &sums)
{
    if (week.rated > 0)
        week.averageRating = static_cast<double>(sums.ratingSum) / week.rated;
    if (week.analysed > 0)
        week.averageLongPauses = static_cast<double>(sums.longPausesSum) / week.analysed;
    if (sums.rubricPoints > 0)
        week.rubricShare = static_cast<double>(sums.rubricCovered) / sums.rubricPoints;
    if (sums.keyPoints > 0)
        week.keyPointShare = static_cast<double>(sums.keyPointsHeard) / sums.keyPoints;
    if (!sums.paces.empty()) {
        const auto [low, high] = middleTwo(sums.paces);
        week.medianPaceWpm = (low + high) / 2.0;
    }
}

QList<WeekFigures> weekFigures(const std::vector<ProgressSample> &samples,
                               const std::vector<std::pair<qint64, size_t>> &byTime, const QList<QDate> &days,
                               QDate today, QDate firstDay)
{
    if (samples.empty())
        return {};
    const QDate firstWeek = mondayOf(firstDay.isValid() ? std::min(firstDay, days.front()) : days.front());
    const QDate lastWeek = mondayOf(std::max(days.back(), today));
    QList<WeekFigures> weeks(firstWeek.daysTo(lastWeek) / 7 + 1);
    std::vector<WeekSums> sums(static_cast<size_t>(weeks.size()));
    for (qsizetype i = 0; i < weeks.size(); ++i)
        weeks[i].weekStart = firstWeek.addDays(7 * i);
    for (size_t i = 0; i < byTime.size(); ++i) {
        const qsizetype week = firstWeek.daysTo(days[static_cast<qsizetype>(i)]) / 7;
        addToWeek(weeks[week], sums[static_cast<size_t>(week)], samples[byTime[i].second]);
    }
    for (qsizetype i = 0; i < weeks.size(); ++i)
        finishWeek(weeks[i], sums[static_cast<size_t>(i)]);
    return weeks;
}

// Lengths, never-practised questions and coverage, which all follow the order of `questions`.
void addQuestionFigures(ProgressFigures &figures, const std::vector<ProgressSample> &samples,
                        const QList<Question> &questions)
{
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(questions.size());
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (!indexOf.contains(questions[i].id))
            indexOf.insert(questions[i].id, i);
    }

    std::vector<std::vector<qint64>> durations(static_cast<size_t>(questions.size()));
    for (const ProgressSample &sample : samples) {
        const auto found = indexOf.constFind(sample.questionId);
        if (found != indexOf.constEnd())
            durations[static_cast<size_t>(*found)].push_back(sample.durationMs);
    }

    QHash<QString, qsizetype> categoryIndex;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const Question &question = questions[i];
        if (indexOf.value(question.id) != i) // a repeated id was counted at its first place
            continue;
        std::vector<qint64> &lengths = durations[static_cast<size_t>(i)];

        auto category = categoryIndex.constFind(question.categoryId);
        if (category == categoryIndex.constEnd()) {
            category = categoryIndex.insert(question.categoryId, figures.coverage.size());
            figures.coverage.append({question.categoryId, 0, 0});
        }
        CategoryCoverage &coverage = figures.coverage[*category];
        ++coverage.total;

        if (lengths.empty()) {
            figures.neverPractised.append(question.id);
            continue;
        }
        ++coverage.practised;
        const auto [low, high] = middleTwo(lengths);
        figures.lengths.append({question.id, static_cast<int>(lengths.size()), (low + high) / 2,
                                qint64(question.targetSeconds) * 1000});
    }
}

} // namespace

int rangeWeeks(ProgressRange range)
{
    switch (range) {
    case ProgressRange::FourWeeks:
        return 4;
    case ProgressRange::ThreeMonths:
        return 13;
    case ProgressRange::SixMonths:
        return 26;
    case ProgressRange::Year:
        return 52;
    case ProgressRange::AllTime:
        break;
    }
    return 0;
}

ProgressRange rangeOfWeeks(int weeks)
{
    for (const ProgressRange range : kProgressRanges) {
        if (rangeWeeks(range) == weeks)
            return range;
    }
    return ProgressRange::AllTime;
}

QDate rangeFirstDay(ProgressRange range, QDate today)
{
    const int weeks = rangeWeeks(range);
    return weeks > 0 ? mondayOf(today).addDays(-7 * (weeks - 1)) : QDate();
}

double lengthMiss(const QuestionLength &length)
{
    if (length.targetMs <= 0)
        return 0;
    return static_cast<double>(std::llabs(length.medianMs - length.targetMs)) / length.targetMs;
}

QList<QuestionLength> worstLengths(QList<QuestionLength> lengths, qsizetype limit)
{
    std::stable_sort(lengths.begin(), lengths.end(), [](const QuestionLength &a, const QuestionLength &b) {
        return lengthMiss(a) > lengthMiss(b);
    });
    if (limit >= 0 && lengths.size() > limit)
        lengths.resize(limit);
    return lengths;
}

QList<QDate> localDays(const std::vector<qint64> &sortedUtcMs, const QTimeZone &zone)
{
    Q_ASSERT(std::is_sorted(sortedUtcMs.begin(), sortedUtcMs.end()));
    QList<QDate> days;
    if (sortedUtcMs.empty())
        return days;
    days.reserve(static_cast<qsizetype>(sortedUtcMs.size()));

    const QDateTime first = QDateTime::fromMSecsSinceEpoch(sortedUtcMs.front(), Qt::UTC);
    qint64 offsetMs = qint64(zone.offsetFromUtc(first)) * 1000;
    std::vector<std::pair<qint64, qint64>> changes; // (UTC instant, offset from then on), both in ms
    if (zone.hasTransitions()) {
        const QDateTime last = QDateTime::fromMSecsSinceEpoch(sortedUtcMs.back(), Qt::UTC);
        for (const QTimeZone::OffsetData &transition : zone.transitions(first, last))
            changes.emplace_back(transition.atUtc.toMSecsSinceEpoch(),
                                 qint64(transition.offsetFromUtc) * 1000);
    }

    auto change = changes.cbegin();
    for (const qint64 utcMs : sortedUtcMs) {
        for (; change != changes.cend() && change->first <= utcMs; ++change)
            offsetMs = change->second;
        days.append(dayOfLocalMs(utcMs + offsetMs));
    }
    return days;
}

Streaks streaks(QList<QDate> days, QDate today)
{
    days.removeIf([](QDate day) { return !day.isValid(); });
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    Streaks result;
    int run = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        run = i > 0 && days[i - 1].daysTo(days[i]) == 1 ? run + 1 : 1;
        result.longest = std::max(result.longest, run);
    }

    // Days after today (a clock that was wrong) count for the longest streak but can't extend the current.
    auto end = std::upper_bound(days.cbegin(), days.cend(), today);
    if (end == days.cbegin() || (end - 1)->daysTo(today) > 1)
        return result;
    for (auto day = end - 1;; --day) {
        ++result.current;
        if (day == days.cbegin() || (day - 1)->daysTo(*day) != 1)
            break;
    }
    return result;
}

Streaks streaksAt(std::vector<qint64> utcMs, const QDateTime &now, const QTimeZone &zone)
{
    std::sort(utcMs.begin(), utcMs.end());
    return streaks(localDays(utcMs, zone), localDays({now.toMSecsSinceEpoch()}, zone).constFirst());
}

ProgressFigures computeProgress(std::vector<ProgressSample> samples, const QList<Question> &questions,
                                const QDateTime &now, const QTimeZone &zone, QDate firstDay)
{
    if (firstDay.isValid()) {
        // The range starts at local midnight of its first day, in the zone the days are counted in.
        const qint64 firstMs = QDateTime(firstDay, QTime(0, 0), zone).toMSecsSinceEpoch();
        samples.erase(std::remove_if(samples.begin(), samples.end(),
                                     [firstMs](const ProgressSample &s) { return s.startedAtMs < firstMs; }),
                      samples.end());
    }
    ProgressFigures figures;
    figures.totalAttempts = static_cast<int>(samples.size());

    // Sorting (instant, index) pairs moves far less than sorting the samples with their strings.
    std::vector<std::pair<qint64, size_t>> byTime;
    byTime.reserve(samples.size());
    for (size_t i = 0; i < samples.size(); ++i)
        byTime.emplace_back(samples[i].startedAtMs, i);
    std::sort(byTime.begin(), byTime.end());
    std::vector<qint64> instants;
    instants.reserve(byTime.size());
    for (const auto &entry : byTime)
        instants.push_back(entry.first);

    const QList<QDate> days = localDays(instants, zone);
    const QDate today = localDays({now.toMSecsSinceEpoch()}, zone).constFirst();

    figures.weeks = weekFigures(samples, byTime, days, today, firstDay);
    figures.streaks = streaks(days, today);
    addQuestionFigures(figures, samples, questions);
    return figures;
}

} // namespace coach
