#include "storage/keypointrepository.h"

#include "core/keypoints.h"
#include "storage/attemptrow.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace coach {

namespace {

// A query run with its values bound; false with the error in `error`.
bool runKeyPointQuery(QSqlQuery &query, const QString &sql, const QVariantList &values, QString &error)
{
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (query.exec())
        return true;
    error = query.lastError().text();
    return false;
}

KeyPoint readStoredKeyPoint(const QSqlQuery &query, int first)
{
    return KeyPoint{query.value(first).toString(), query.value(first + 1).toString()};
}

} // namespace

KeyPointRepository::KeyPointRepository(Database &database)
    : m_database(database)
{}

Result<QList<KeyPoint>> KeyPointRepository::forQuestion(const QString &questionId) const
{
    QSqlQuery query(m_database.connection());
    QString error;
    if (!runKeyPointQuery(
            query,
            QStringLiteral("SELECT phrase, sounds_like FROM question_key_points WHERE question_id = ? "
                           "ORDER BY position"),
            {questionId}, error))
        return Result<QList<KeyPoint>>::failure(tr("The key points cannot be read: %1").arg(error));
    QList<KeyPoint> points;
    while (query.next())
        points.append(readStoredKeyPoint(query, 0));
    return points;
}

Status KeyPointRepository::setForQuestion(const QString &questionId, const QList<KeyPoint> &points)
{
    if (const QString problem = keypoints::problemWithList(phrasesOf(points)); !problem.isEmpty())
        return Status::failure(problem);
    QSqlDatabase db = m_database.connection();
    const QString failure = tr("The key points cannot be saved: %1");
    if (!db.transaction())
        return Status::failure(failure.arg(db.lastError().text()));
    QSqlQuery query(db);
    QString error;
    bool ok = runKeyPointQuery(query, QStringLiteral("DELETE FROM question_key_points WHERE question_id = ?"),
                               {questionId}, error);
    for (int i = 0; ok && i < points.size(); ++i) {
        const QString soundsLike = points.at(i).soundsLike.trimmed();
        ok =
            runKeyPointQuery(query,
                             QStringLiteral("INSERT INTO question_key_points (question_id, position, phrase, "
                                            "sounds_like) VALUES (?, ?, ?, ?)"),
                             {questionId, i, points.at(i).phrase.simplified(),
                              soundsLike.isEmpty() ? QVariant() : QVariant(soundsLike)},
                             error);
    }
    if (!ok || !db.commit()) {
        if (ok)
            error = db.lastError().text();
        db.rollback();
        return Status::failure(failure.arg(error));
    }
    return Status::success();
}

Result<QHash<QString, QList<KeyPoint>>> KeyPointRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT question_id, phrase, sounds_like FROM question_key_points "
                                   "ORDER BY question_id, position")))
        return Result<QHash<QString, QList<KeyPoint>>>::failure(
            tr("The key points cannot be read: %1").arg(query.lastError().text()));
    QHash<QString, QList<KeyPoint>> points;
    while (query.next())
        points[query.value(0).toString()].append(readStoredKeyPoint(query, 1));
    return points;
}

Status KeyPointRepository::saveResults(qint64 attemptId, const QString &signature,
                                       const QList<KeyPointResult> &results)
{
    QSqlDatabase db = m_database.connection();
    const QString failure = tr("What was heard in the take cannot be saved: %1");
    if (!db.transaction())
        return Status::failure(failure.arg(db.lastError().text()));
    QSqlQuery query(db);
    QString error;
    bool ok = runKeyPointQuery(query, QStringLiteral("DELETE FROM attempt_key_points WHERE attempt_id = ?"),
                               {attemptId}, error) &&
              runKeyPointQuery(
                  query,
                  QStringLiteral("INSERT INTO attempt_key_point_runs (attempt_id, signature) VALUES (?, ?) "
                                 "ON CONFLICT (attempt_id) DO UPDATE SET signature = excluded.signature"),
                  {attemptId, signature}, error);
    for (int i = 0; ok && i < results.size(); ++i) {
        const KeyPointResult &r = results.at(i);
        const bool placed = r.heard && r.startMs >= 0 && r.endMs >= r.startMs;
        ok = runKeyPointQuery(
            query,
            QStringLiteral("INSERT INTO attempt_key_points (attempt_id, position, phrase, heard, "
                           "start_ms, end_ms, count) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {attemptId, i, r.phrase, r.heard ? 1 : 0, placed ? QVariant(r.startMs) : QVariant(),
             placed ? QVariant(r.endMs) : QVariant(), std::max(0, r.count)},
            error);
    }
    if (!ok || !db.commit()) {
        if (ok)
            error = db.lastError().text();
        db.rollback();
        return Status::failure(failure.arg(error));
    }
    return Status::success();
}

Result<QList<KeyPointResult>> KeyPointRepository::results(qint64 attemptId) const
{
    QSqlQuery query(m_database.connection());
    QString error;
    if (!runKeyPointQuery(
            query,
            QStringLiteral("SELECT phrase, heard, start_ms, end_ms, count FROM attempt_key_points "
                           "WHERE attempt_id = ? ORDER BY position"),
            {attemptId}, error))
        return Result<QList<KeyPointResult>>::failure(
            tr("What was heard in the take cannot be read: %1").arg(error));
    QList<KeyPointResult> results;
    while (query.next()) {
        KeyPointResult r;
        r.phrase = query.value(0).toString();
        r.heard = query.value(1).toInt() != 0;
        r.startMs = query.value(2).isNull() ? -1 : query.value(2).toLongLong();
        r.endMs = query.value(3).isNull() ? -1 : query.value(3).toLongLong();
        r.count = query.value(4).toInt();
        results.append(r);
    }
    return results;
}

Result<QHash<qint64, KeyPointCount>> KeyPointRepository::counts(const QList<qint64> &attemptIds) const
{
    QHash<qint64, KeyPointCount> counts;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT sum(heard), count(*) FROM attempt_key_points WHERE attempt_id = ?"));
    for (const qint64 id : attemptIds) {
        query.addBindValue(id);
        if (!query.exec())
            return Result<QHash<qint64, KeyPointCount>>::failure(
                tr("What was heard in the takes cannot be read: %1").arg(query.lastError().text()));
        if (query.next() && query.value(1).toInt() > 0)
            counts.insert(id, KeyPointCount{query.value(0).toInt(), query.value(1).toInt()});
        query.finish();
    }
    return counts;
}

Result<QList<Attempt>> KeyPointRepository::notListenedFor(const QString &questionId,
                                                          const QString &signature) const
{
    QSqlQuery query(m_database.connection());
    QString error;
    if (!runKeyPointQuery(
            query,
            QStringLiteral("SELECT %1 FROM attempts a LEFT JOIN attempt_key_point_runs k ON k.attempt_id "
                           "= a.id WHERE a.deleted_at IS NULL AND a.question_id = ? AND (k.signature IS "
                           "NULL OR k.signature <> ?) ORDER BY a.started_at")
                .arg(QLatin1String(kAttemptColumns)),
            {questionId, signature}, error))
        return Result<QList<Attempt>>::failure(tr("The takes cannot be read: %1").arg(error));
    QList<Attempt> attempts;
    while (query.next())
        attempts.append(readAttempt(query));
    return attempts;
}

} // namespace coach
