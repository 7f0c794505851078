#include "storage/historyquery.h"

#include "storage/attemptrow.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace coach {

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

// Every condition is a bound parameter; only fixed SQL text is put together here.
Where where(const HistoryFilter &filter)
{
    Where w{QStringLiteral("a.deleted_at IS NULL"), {}};
    if (!filter.questionId.isEmpty()) {
        w.sql += QStringLiteral(" AND a.question_id = ?");
        w.values << filter.questionId;
    }
    if (!filter.categoryId.isEmpty()) {
        w.sql += QStringLiteral(" AND a.question_id IN (SELECT id FROM questions WHERE category_id = ?)");
        w.values << filter.categoryId;
    }
    if (filter.rating == 0) {
        w.sql += QStringLiteral(" AND a.rating IS NULL");
    } else if (filter.rating > 0) {
        w.sql += QStringLiteral(" AND a.rating = ?");
        w.values << filter.rating;
    }
    if (filter.recoveredOnly)
        w.sql += QStringLiteral(" AND a.status = 'recovered'");
    if (filter.from.isValid()) {
        w.sql += QStringLiteral(" AND a.started_at >= ?");
        w.values << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.until.isValid()) {
        w.sql += QStringLiteral(" AND a.started_at < ?");
        w.values << filter.until.toUTC().toString(Qt::ISODateWithMs);
    }
    return w;
}

QString sortExpression(HistorySort sort)
{
    switch (sort) {
    case HistorySort::Date:
        return QStringLiteral("a.started_at");
    case HistorySort::Question:
        return QStringLiteral("q.text COLLATE NOCASE");
    case HistorySort::Category:
        return QStringLiteral("c.position");
    case HistorySort::Length:
        return QStringLiteral("a.duration_ms");
    case HistorySort::Rating:
        return QStringLiteral("a.rating");
    case HistorySort::Pace:
        return QStringLiteral("f.speaking_rate_wpm");
    case HistorySort::LongPauses:
        return QStringLiteral("f.pause_count_2s");
    case HistorySort::LongestPause:
        return QStringLiteral("f.longest_pause_ms");
    case HistorySort::Coverage: // the share ticked; takes not reviewed (NULL) sort with the lowest
        return QStringLiteral(
            "CAST((SELECT count(*) FROM attempt_rubric r WHERE r.attempt_id = a.id) AS REAL) "
            "/ a.rubric_points");
    case HistorySort::KeyPoints: // the share heard; takes not listened to (NULL) sort with the lowest
        return QStringLiteral("(SELECT CAST(sum(k.heard) AS REAL) / count(*) FROM attempt_key_points k "
                              "WHERE k.attempt_id = a.id)");
    }
    return QStringLiteral("a.started_at");
}

const char kRowSelect[] = "SELECT %1, q.text, q.category_id, c.title, f.attempt_id IS NOT NULL, "
                          "f.speaking_rate_wpm, f.pause_count_2s, "
                          "f.longest_pause_ms, "
                          "(SELECT sum(k.heard) FROM attempt_key_points k WHERE k.attempt_id = a.id), "
                          "(SELECT count(*) FROM attempt_key_points k WHERE k.attempt_id = a.id) "
                          "FROM attempts a JOIN questions q ON q.id = a.question_id "
                          "LEFT JOIN categories c ON c.bank_id = q.bank_id AND c.id = q.category_id "
                          "LEFT JOIN attempt_figures f ON f.attempt_id = a.id ";

HistoryRow readRow(const QSqlQuery &query)
{
    HistoryRow row;
    row.attempt = readAttempt(query);
    const int c = kAttemptColumnCount;
    row.questionText = query.value(c).toString();
    row.categoryId = query.value(c + 1).toString();
    row.categoryTitle = query.value(c + 2).toString();
    row.analysed = query.value(c + 3).toBool();
    row.paceWpm = query.value(c + 4).toDouble();
    row.longPauses = query.value(c + 5).toInt();
    row.longestPauseMs = query.value(c + 6).toLongLong();
    row.keyPoints = KeyPointCount{query.value(c + 7).toInt(), query.value(c + 8).toInt()};
    return row;
}

} // namespace

HistoryQuery::HistoryQuery(Database &database)
    : m_database(database)
{}

Result<int> HistoryQuery::count(const HistoryFilter &filter) const
{
    const Where w = where(filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM attempts a WHERE ") + w.sql);
    for (const QVariant &v : w.values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return Result<int>::failure(tr("The history cannot be read: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

Result<QList<HistoryRow>> HistoryQuery::page(const HistoryFilter &filter, HistorySort sort,
                                             Qt::SortOrder order, int offset, int limit) const
{
    const Where w = where(filter);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Rows that tie keep the order of time, so pages never overlap or skip.
    const QString orderBy = QStringLiteral(" ORDER BY %1 %2, a.started_at %2, a.id %2 LIMIT ? OFFSET ?")
                                .arg(sortExpression(sort), direction);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(kRowSelect).arg(QLatin1String(kAttemptColumns)) +
                  QStringLiteral("WHERE ") + w.sql + orderBy);
    for (const QVariant &v : w.values)
        query.addBindValue(v);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return Result<QList<HistoryRow>>::failure(
            tr("The history cannot be read: %1").arg(query.lastError().text()));
    QList<HistoryRow> rows;
    rows.reserve(limit);
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

Result<HistoryRow> HistoryQuery::row(qint64 attemptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kRowSelect).arg(QLatin1String(kAttemptColumns)) +
                  QStringLiteral("WHERE a.id = ?"));
    query.addBindValue(attemptId);
    if (!query.exec())
        return Result<HistoryRow>::failure(
            tr("The history cannot be read: %1").arg(query.lastError().text()));
    if (!query.next())
        return Result<HistoryRow>::failure(tr("The attempt %1 no longer exists.").arg(attemptId));
    return readRow(query);
}

} // namespace coach
