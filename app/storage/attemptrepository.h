// Reads and writes recorded attempts, their ratings, notes and delivery figures, and the review schedule
// derived from them.
#pragma once

#include "core/attempt.h"
#include "core/clock.h"
#include "core/progress.h"
#include "core/result.h"
#include "core/schedule.h"
#include "core/speechanalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace coach {

class Database;

class AttemptRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AttemptRepository)

public:
    explicit AttemptRepository(Database &database);

    // The zone whose calendar days count as days of practice (the system's by default).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }
    // The database's clock, for what stamps or compares attempts' dates.
    const Clock &clock() const;

    // Stores a finished take; returns it with its new id.
    Result<Attempt> add(const Attempt &attempt);
    // One attempt, also when it is in the trash.
    Result<Attempt> attempt(qint64 id) const;
    // The attempts of one question, newest first (not those in the trash).
    Result<QList<Attempt>> forQuestion(const QString &questionId) const;
    bool hasAudioPath(const QString &audioPath) const;

    // 0 clears the rating. The question's schedule follows.
    Status setRating(qint64 attemptId, int rating);
    Status setNotes(qint64 attemptId, const QString &notes);
    // Marks the take as the best of its question, moving the mark from any other take of that question
    // (also one in the trash); false takes the mark away.
    Status setBest(qint64 attemptId, bool best);
    // The self-review rubric: the points (positions in the question's "what a strong answer shows" list, from
    // 0) ticked for a take, ascending.
    Result<QList<int>> rubricTicks(qint64 attemptId) const;
    // Ticks or unticks one point. points is how many the question lists now: stored with the take, and ticks
    // beyond it dropped, so the coverage counts against the list as the person saw it.
    Status setRubricTick(qint64 attemptId, int point, bool ticked, int points);

    // The trash: the caller moves the audio file; these keep the rows in step with it.
    Status markDeleted(qint64 attemptId, const QDateTime &at);
    Status unmarkDeleted(qint64 attemptId);
    Result<QList<Attempt>> deletedBefore(const QDateTime &cutoff) const;
    // Removes the row for good (with its figures).
    Status remove(qint64 attemptId);

    Status saveFigures(qint64 attemptId, const DeliveryFigures &figures);
    std::optional<DeliveryFigures> figures(qint64 attemptId) const;
    // Attempts whose figures are missing or from an older analysis, oldest first.
    Result<QList<Attempt>> withoutFigures() const;
    // The overall pace of the most recent analysed attempts, newest first.
    QList<double> recentPaces(int limit = 10) const;
    int count() const;

    // Replays the question's ratings into its schedule row (or removes the row when nothing is left).
    Status updateSchedule(const QString &questionId);
    // Every practised question's review state, by question id.
    Result<QHash<QString, QuestionReview>> reviews() const;
    // One compact sample per attempt started at or after since (every attempt when since is invalid), for
    // the progress figures.
    Result<std::vector<ProgressSample>> progressSamples(const QDateTime &since = {}) const;
    // When each attempt started (UTC ms, in no particular order): the streaks count every day, whatever
    // range the figures cover.
    Result<std::vector<qint64>> startInstants() const;

private:
    // The attempts of "SELECT … FROM attempts a <join> WHERE a.deleted_at IS NULL AND <where> <order>".
    Result<QList<Attempt>> select(const QString &join, const QString &where, const QString &order,
                                  const QVariant &value) const;
    Status exec(const QString &sql, const QVariantList &values, const QString &failure);
    Result<QString> questionOf(qint64 attemptId) const;
    Database &m_database;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace coach
