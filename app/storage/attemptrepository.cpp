#include "storage/attemptrepository.h"

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
    return select(QStringLiteral("WHERE a.question_id = ? ORDER BY a.started_at DESC, a.id DESC"),
                  questionId);
}

Result<QList<Attempt>> AttemptRepository::select(const QString &rest, const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id, a.question_id, a.started_at, a.duration_ms, a.audio_path, a.status "
                       "FROM attempts a ") +
        rest);
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
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
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
    return select(QStringLiteral("LEFT JOIN attempt_figures f ON f.attempt_id = a.id "
                                 "WHERE f.attempt_id IS NULL OR f.version < ? ORDER BY a.started_at"),
                  kSpeechAnalysisVersion);
}

QList<double> AttemptRepository::recentPaces(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT f.articulation_wpm FROM attempt_figures f JOIN attempts a ON a.id = "
                       "f.attempt_id WHERE f.articulation_wpm > 0 ORDER BY a.started_at DESC LIMIT ?"));
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
    if (!query.exec(QStringLiteral("SELECT count(*) FROM attempts")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace coach
