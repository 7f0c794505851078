#include "storage/mocksessionrepository.h"

#include "storage/attemptrow.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace coach {

MockSessionRepository::MockSessionRepository(Database &database)
    : m_database(database)
{}

Result<qint64> MockSessionRepository::begin(const QDateTime &startedAt, const QStringList &questionIds)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO mock_sessions (started_at, question_ids) VALUES (?, ?)"));
    query.addBindValue(startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(questionIds)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Result<qint64>::failure(
            tr("The mock interview cannot be saved: %1").arg(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

Status MockSessionRepository::finish(qint64 id, const QDateTime &endedAt, qint64 totalMs, bool endedEarly)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE mock_sessions SET ended_at = ?, total_ms = ?, ended_early = ? WHERE id = ?"));
    query.addBindValue(endedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(totalMs);
    query.addBindValue(endedEarly ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The mock interview cannot be saved: %1").arg(query.lastError().text()));
    return Status::success();
}

Result<MockSessionRecord> MockSessionRepository::session(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, started_at, ended_at, question_ids, total_ms, ended_early FROM "
                                 "mock_sessions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<MockSessionRecord>::failure(
            tr("The mock interview cannot be read: %1").arg(query.lastError().text()));
    if (!query.next())
        return Result<MockSessionRecord>::failure(tr("The mock interview %1 no longer exists.").arg(id));
    MockSessionRecord r;
    r.id = query.value(0).toLongLong();
    r.startedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    r.endedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())
        r.questionIds << v.toString();
    r.totalMs = query.value(4).toLongLong();
    r.endedEarly = query.value(5).toInt() != 0;
    return r;
}

Result<QList<Attempt>> MockSessionRepository::attempts(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM attempts a WHERE a.mock_session_id = ? AND a.deleted_at IS NULL "
                       "ORDER BY a.started_at")
            .arg(QLatin1String(kAttemptColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return Result<QList<Attempt>>::failure(
            tr("The mock interview cannot be read: %1").arg(query.lastError().text()));
    QList<Attempt> list;
    while (query.next())
        list.append(readAttempt(query));
    return list;
}

} // namespace coach
