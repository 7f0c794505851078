#include "storage/attemptrepository.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace coach {

namespace {

QString statusName(Attempt::Status status)
{
    return status == Attempt::Status::Recovered ? QStringLiteral("recovered") : QStringLiteral("complete");
}

Attempt readAttempt(const QSqlQuery &query)
{
    Attempt a;
    a.id = query.value(0).toLongLong();
    a.questionId = query.value(1).toString();
    a.startedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    a.durationMs = query.value(3).toLongLong();
    a.audioPath = query.value(4).toString();
    a.status = query.value(5).toString() == QLatin1String("recovered") ? Attempt::Status::Recovered
                                                                       : Attempt::Status::Complete;
    return a;
}

} // namespace

AttemptRepository::AttemptRepository(Database &database)
    : m_database(database)
{}

Result<Attempt> AttemptRepository::add(const Attempt &attempt)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO attempts (question_id, started_at, duration_ms, audio_path, status) "
                       "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(attempt.questionId);
    query.addBindValue(attempt.startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(attempt.durationMs);
    query.addBindValue(attempt.audioPath);
    query.addBindValue(statusName(attempt.status));
    if (!query.exec())
        return Result<Attempt>::failure(tr("The attempt cannot be saved: %1").arg(query.lastError().text()));
    Attempt stored = attempt;
    stored.id = query.lastInsertId().toLongLong();
    return stored;
}

Result<QList<Attempt>> AttemptRepository::forQuestion(const QString &questionId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, question_id, started_at, duration_ms, audio_path, status FROM attempts "
                       "WHERE question_id = ? ORDER BY started_at DESC, id DESC"));
    query.addBindValue(questionId);
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

int AttemptRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM attempts")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace coach
