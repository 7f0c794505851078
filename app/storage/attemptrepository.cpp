#include "storage/attemptrepository.h"

#include "storage/attemptrow.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace coach {

namespace {

QString statusName(Attempt::Status status)
{
    return status == Attempt::Status::Recovered ? QStringLiteral("recovered") : QStringLiteral("complete");
}

QString isoDay(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace

AttemptRepository::AttemptRepository(Database &database)
    : m_database(database)
{}

Result<Attempt> AttemptRepository::add(const Attempt &attempt)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO attempts (question_id, started_at, duration_ms, audio_path, status, "
                       "mock_session_id, follow_up_of) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(attempt.questionId);
    query.addBindValue(attempt.startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(attempt.durationMs);
    query.addBindValue(attempt.audioPath);
    query.addBindValue(statusName(attempt.status));
    query.addBindValue(attempt.mockSessionId > 0 ? QVariant(attempt.mockSessionId) : QVariant());
    query.addBindValue(attempt.followUpOf > 0 ? QVariant(attempt.followUpOf) : QVariant());
    if (!query.exec())
        return Result<Attempt>::failure(tr("The attempt cannot be saved: %1").arg(query.lastError().text()));
    Attempt stored = attempt;
    stored.id = query.lastInsertId().toLongLong();
    if (Status s = updateSchedule(attempt.questionId); !s)
        return Result<Attempt>::failure(s.error());
    return stored;
}

Result<Attempt> AttemptRepository::attempt(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM attempts a WHERE a.id = ?").arg(QLatin1String(kAttemptColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return Result<Attempt>::failure(tr("The attempt cannot be read: %1").arg(query.lastError().text()));
    if (!query.next())
        return Result<Attempt>::failure(tr("The attempt %1 no longer exists.").arg(id));
    return readAttempt(query);
}

Result<QList<Attempt>> AttemptRepository::forQuestion(const QString &questionId) const
{
    return select({}, QStringLiteral("a.question_id = ?"), QStringLiteral("a.started_at DESC, a.id DESC"),
                  questionId);
}

Result<QList<Attempt>> AttemptRepository::select(const QString &join, const QString &where,
                                                 const QString &order, const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM attempts a %2 WHERE a.deleted_at IS NULL AND (%3) ORDER BY %4")
            .arg(QLatin1String(kAttemptColumns), join, where, order));
    query.addBindValue(value);
    if (!query.exec())
        return Result<QList<Attempt>>::failure(
            tr("The attempts cannot be read: %1").arg(query.lastError().text()));
    QList<Attempt> attempts;
    while (query.next())
        attempts.append(readAttempt(query));
    return attempts;
}

bool AttemptRepository::hasAudioPath(const QString &audioPath) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM attempts WHERE audio_path = ?"));
    query.addBindValue(audioPath);
    return query.exec() && query.next();
}

const Clock &AttemptRepository::clock() const
{
    return m_database.clock();
}

Status AttemptRepository::saveFigures(qint64 attemptId, const DeliveryFigures &f)
{
    QJsonArray pauses;
    for (const Pause &p : f.pauses)
        pauses.append(QJsonArray{static_cast<qint64>(p.startMs), static_cast<qint64>(p.endMs)});
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO attempt_figures (attempt_id, version, analysed_at, duration_ms, speaking_ms, "
        "first_word_ms, pause_count_05s, pause_count_2s, longest_pause_ms, syllables, speaking_rate_wpm, "
        "articulation_wpm, peak_dbfs, speech_level_dbfs, clipped, pauses) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(attemptId);
    query.addBindValue(kSpeechAnalysisVersion);
    query.addBindValue(m_database.clock().nowUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(static_cast<qint64>(f.durationMs));
    query.addBindValue(static_cast<qint64>(f.speakingMs));
    query.addBindValue(static_cast<qint64>(f.firstWordMs));
    query.addBindValue(f.pauseCount05s);
    query.addBindValue(f.pauseCount2s);
    query.addBindValue(static_cast<qint64>(f.longestPauseMs));
    query.addBindValue(f.syllables);
    query.addBindValue(f.speakingRateWpm);
    query.addBindValue(f.articulationWpm);
    query.addBindValue(f.peakDbfs);
    query.addBindValue(f.speechLevelDbfs);
    query.addBindValue(f.clipped ? 1 : 0);
    query.addBindValue(QString::fromUtf8(QJsonDocument(pauses).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Status::failure(tr("The delivery figures cannot be saved: %1").arg(query.lastError().text()));
    return Status::success();
}

std::optional<DeliveryFigures> AttemptRepository::figures(qint64 attemptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT duration_ms, speaking_ms, first_word_ms, pause_count_05s, pause_count_2s, longest_pause_ms, "
        "syllables, speaking_rate_wpm, articulation_wpm, peak_dbfs, speech_level_dbfs, clipped, pauses "
        "FROM attempt_figures WHERE attempt_id = ?"));
    query.addBindValue(attemptId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    DeliveryFigures f;
    f.durationMs = query.value(0).toLongLong();
    f.speakingMs = query.value(1).toLongLong();
    f.firstWordMs = query.value(2).toLongLong();
    f.pauseCount05s = query.value(3).toInt();
    f.pauseCount2s = query.value(4).toInt();
    f.longestPauseMs = query.value(5).toLongLong();
    f.syllables = query.value(6).toInt();
    f.speakingRateWpm = query.value(7).toDouble();
    f.articulationWpm = query.value(8).toDouble();
    f.peakDbfs = query.value(9).toDouble();
    f.speechLevelDbfs = query.value(10).toDouble();
    f.clipped = query.value(11).toInt() != 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(query.value(12).toString().toUtf8()).array())
        f.pauses.push_back({v.toArray().at(0).toInteger(), v.toArray().at(1).toInteger()});
    return f;
}

Result<QList<Attempt>> AttemptRepository::withoutFigures() const
{
    return select(QStringLiteral("LEFT JOIN attempt_figures f ON f.attempt_id = a.id"),
                  QStringLiteral("f.attempt_id IS NULL OR f.version < ?"), QStringLiteral("a.started_at"),
                  kSpeechAnalysisVersion);
}

QList<double> AttemptRepository::recentPaces(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT f.speaking_rate_wpm FROM attempt_figures f JOIN attempts a ON a.id = "
                       "f.attempt_id WHERE f.speaking_rate_wpm > 0 AND a.deleted_at IS NULL ORDER "
                       "BY a.started_at DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<double> paces;
    if (query.exec()) {
        while (query.next())
            paces.append(query.value(0).toDouble());
    }
    return paces;
}

int AttemptRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM attempts WHERE deleted_at IS NULL")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

Status AttemptRepository::exec(const QString &sql, const QVariantList &values, const QString &failure)
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return Status::failure(failure.arg(query.lastError().text()));
    return Status::success();
}

Result<QString> AttemptRepository::questionOf(qint64 attemptId) const
{
    auto found = attempt(attemptId);
    if (!found)
        return Result<QString>::failure(found.error());
    return found->questionId;
}

Status AttemptRepository::setRating(qint64 attemptId, int rating)
{
    if (rating < 0 || rating > 4)
        return Status::failure(tr("A rating goes from 1 to 4, not %1.").arg(rating));
    const auto question = questionOf(attemptId);
    if (!question)
        return Status::failure(question.error());
    if (Status s = exec(QStringLiteral("UPDATE attempts SET rating = ? WHERE id = ?"),
                        {rating == 0 ? QVariant() : QVariant(rating), attemptId},
                        tr("The rating cannot be saved: %1"));
        !s)
        return s;
    return updateSchedule(question.value());
}

Status AttemptRepository::setNotes(qint64 attemptId, const QString &notes)
{
    // Bound as '' rather than NULL: the column is NOT NULL.
    return exec(QStringLiteral("UPDATE attempts SET notes = ? WHERE id = ?"),
                {notes.isNull() ? QStringLiteral("") : notes, attemptId},
                tr("The notes cannot be saved: %1"));
}

Status AttemptRepository::setBest(qint64 attemptId, bool best)
{
    const auto question = questionOf(attemptId);
    if (!question)
        return Status::failure(question.error());
    const QString failure = tr("The best take cannot be saved: %1");
    if (!best)
        return exec(QStringLiteral("UPDATE attempts SET best = 0 WHERE id = ?"), {attemptId}, failure);
    // One transaction: the mark is never on two takes (the index refuses it) nor lost half way.
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Status::failure(failure.arg(db.lastError().text()));
    Status s =
        exec(QStringLiteral("UPDATE attempts SET best = 0 WHERE question_id = ? AND best = 1 AND id <> ?"),
             {question.value(), attemptId}, failure);
    if (s)
        s = exec(QStringLiteral("UPDATE attempts SET best = 1 WHERE id = ?"), {attemptId}, failure);
    if (!s || !db.commit()) {
        const QString error = s ? failure.arg(db.lastError().text()) : s.error();
        db.rollback();
        return Status::failure(error);
    }
    return Status::success();
}

Result<QList<int>> AttemptRepository::rubricTicks(qint64 attemptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT point FROM attempt_rubric WHERE attempt_id = ? ORDER BY point"));
    query.addBindValue(attemptId);
    if (!query.exec())
        return Result<QList<int>>::failure(
            tr("The self-review cannot be read: %1").arg(query.lastError().text()));
    QList<int> points;
    while (query.next())
        points.append(query.value(0).toInt());
    return points;
}

Status AttemptRepository::setRubricTick(qint64 attemptId, int point, bool ticked, int points)
{
    if (points <= 0 || point < 0 || point >= points)
        return Status::failure(
            tr("The question lists %1 points; point %2 is not one of them.").arg(points).arg(point + 1));
    if (const auto found = attempt(attemptId); !found)
        return Status::failure(found.error());
    QSqlDatabase db = m_database.connection();
    const QString failure = tr("The self-review cannot be saved: %1");
    if (!db.transaction())
        return Status::failure(failure.arg(db.lastError().text()));
    Status s = exec(QStringLiteral("UPDATE attempts SET rubric_points = ? WHERE id = ?"), {points, attemptId},
                    failure);
    if (s)
        s = exec(QStringLiteral("DELETE FROM attempt_rubric WHERE attempt_id = ? AND point >= ?"),
                 {attemptId, points}, failure);
    if (s)
        s = ticked ? exec(QStringLiteral(
                              "INSERT OR IGNORE INTO attempt_rubric (attempt_id, point) VALUES (?, ?)"),
                          {attemptId, point}, failure)
                   : exec(QStringLiteral("DELETE FROM attempt_rubric WHERE attempt_id = ? AND point = ?"),
                          {attemptId, point}, failure);
    if (!s || !db.commit()) {
        const QString error = s ? failure.arg(db.lastError().text()) : s.error();
        db.rollback();
        return Status::failure(error);
    }
    return Status::success();
}

Status AttemptRepository::markDeleted(qint64 attemptId, const QDateTime &at)
{
    const auto question = questionOf(attemptId);
    if (!question)
        return Status::failure(question.error());
    if (Status s = exec(QStringLiteral("UPDATE attempts SET deleted_at = ? WHERE id = ?"),
                        {at.toUTC().toString(Qt::ISODateWithMs), attemptId},
                        tr("The attempt cannot be moved to the trash: %1"));
        !s)
        return s;
    return updateSchedule(question.value());
}

Status AttemptRepository::unmarkDeleted(qint64 attemptId)
{
    const auto question = questionOf(attemptId);
    if (!question)
        return Status::failure(question.error());
    if (Status s = exec(QStringLiteral("UPDATE attempts SET deleted_at = NULL WHERE id = ?"), {attemptId},
                        tr("The attempt cannot be restored: %1"));
        !s)
        return s;
    return updateSchedule(question.value());
}

Result<QList<Attempt>> AttemptRepository::deletedBefore(const QDateTime &cutoff) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM attempts a WHERE a.deleted_at IS NOT NULL AND a.deleted_at < ?")
            .arg(QLatin1String(kAttemptColumns)));
    query.addBindValue(cutoff.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return Result<QList<Attempt>>::failure(
            tr("The trash cannot be read: %1").arg(query.lastError().text()));
    QList<Attempt> attempts;
    while (query.next())
        attempts.append(readAttempt(query));
    return attempts;
}

Status AttemptRepository::remove(qint64 attemptId)
{
    return exec(QStringLiteral("DELETE FROM attempts WHERE id = ?"), {attemptId},
                tr("The attempt cannot be deleted: %1"));
}

Status AttemptRepository::updateSchedule(const QString &questionId)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT started_at, rating FROM attempts WHERE question_id = ? AND deleted_at "
                       "IS NULL ORDER BY started_at"));
    query.addBindValue(questionId);
    if (!query.exec())
        return Status::failure(tr("The review schedule cannot be updated: %1").arg(query.lastError().text()));
    std::vector<qint64> times;
    QList<int> ratings;
    while (query.next()) {
        times.push_back(utcMs(query.value(0).toString()));
        ratings.append(query.value(1).toInt());
    }
    if (times.empty())
        return exec(QStringLiteral("DELETE FROM review_schedule WHERE question_id = ?"), {questionId},
                    tr("The review schedule cannot be updated: %1"));
    const QList<QDate> days = localDays(times, m_zone);
    QList<Review> reviews;
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (ratings[i] >= 1 && ratings[i] <= 4)
            reviews.append({days[i], static_cast<Rating>(ratings[i])});
    }
    const ScheduleState state = Sm2::replay(reviews);
    return exec(QStringLiteral("INSERT OR REPLACE INTO review_schedule (question_id, attempts, repetitions, "
                               "interval_days, ease, last_review, due) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {questionId, static_cast<qint64>(times.size()), state.repetitions, state.intervalDays,
                 state.ease, state.lastReview.isValid() ? QVariant(isoDay(state.lastReview)) : QVariant(),
                 state.due.isValid() ? QVariant(isoDay(state.due)) : QVariant()},
                tr("The review schedule cannot be updated: %1"));
}

Result<QHash<QString, QuestionReview>> AttemptRepository::reviews() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT question_id, repetitions, interval_days, ease, last_review, due "
                                   "FROM review_schedule")))
        return Result<QHash<QString, QuestionReview>>::failure(
            tr("The review schedule cannot be read: %1").arg(query.lastError().text()));
    QHash<QString, QuestionReview> reviews;
    while (query.next()) {
        QuestionReview r;
        r.questionId = query.value(0).toString();
        r.practised = true;
        r.state.repetitions = query.value(1).toInt();
        r.state.intervalDays = query.value(2).toInt();
        r.state.ease = query.value(3).toDouble();
        r.state.lastReview = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        r.state.due = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        reviews.insert(r.questionId, r);
    }
    return reviews;
}

Result<std::vector<ProgressSample>> AttemptRepository::progressSamples(const QDateTime &since) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT a.started_at, a.question_id, a.rating, a.duration_ms, f.speaking_rate_wpm, "
        "f.pause_count_2s, a.rubric_points, CASE WHEN a.rubric_points IS NULL THEN 0 ELSE "
        "(SELECT count(*) FROM attempt_rubric r WHERE r.attempt_id = a.id) END, k.listened, k.heard "
        "FROM attempts a LEFT JOIN attempt_figures f ON f.attempt_id = a.id "
        "LEFT JOIN (SELECT attempt_id, count(*) AS listened, sum(heard) AS heard FROM attempt_key_points "
        "GROUP BY attempt_id) k ON k.attempt_id = a.id WHERE a.deleted_at IS NULL");
    // started_at is ISO text in UTC with milliseconds, which sorts as the instants do.
    if (since.isValid())
        sql += QStringLiteral(" AND a.started_at >= ?");
    query.prepare(sql);
    if (since.isValid())
        query.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return Result<std::vector<ProgressSample>>::failure(
            tr("The attempts cannot be read: %1").arg(query.lastError().text()));
    std::vector<ProgressSample> samples;
    samples.reserve(1024);
    while (query.next()) {
        ProgressSample s;
        s.startedAtMs = utcMs(query.value(0).toString());
        s.questionId = query.value(1).toString();
        s.rating = query.value(2).toInt();
        s.durationMs = query.value(3).toLongLong();
        const QVariant pace = query.value(4);
        s.paceWpm = pace.isNull() ? 0.0 : pace.toDouble();
        const QVariant pauses = query.value(5);
        s.longPauses = pauses.isNull() ? -1 : pauses.toInt();
        s.rubricPoints = query.value(6).toInt();
        s.rubricCovered = query.value(7).toInt();
        s.keyPoints = query.value(8).toInt(); // NULL (never listened to) reads as 0
        s.keyPointsHeard = query.value(9).toInt();
        samples.push_back(std::move(s));
    }
    return samples;
}

Result<std::vector<qint64>> AttemptRepository::startInstants() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT started_at FROM attempts WHERE deleted_at IS NULL")))
        return Result<std::vector<qint64>>::failure(
            tr("The attempts cannot be read: %1").arg(query.lastError().text()));
    std::vector<qint64> instants;
    instants.reserve(1024);
    while (query.next())
        instants.push_back(utcMs(query.value(0).toString()));
    return instants;
}

} // namespace coach
