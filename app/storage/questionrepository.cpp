#include "storage/questionrepository.h"

#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace coach {

namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

} // namespace

QuestionRepository::QuestionRepository(Database &database)
    : m_database(database)
{}

int QuestionRepository::storedBankVersion(const QString &bankId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version FROM banks WHERE id = ?"));
    query.addBindValue(bankId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<QuestionRepository::ImportOutcome> QuestionRepository::importBundledBank(const QuestionBank &bank)
{
    using R = Result<ImportOutcome>;
    const int stored = storedBankVersion(bank.id);
    if (stored >= bank.version)
        return ImportOutcome::AlreadyCurrent;

    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return R::failure(tr("The question bank cannot be saved: %1").arg(db.lastError().text()));
    if (Status s = writeBank(bank); !s) {
        db.rollback();
        return R::failure(s.error());
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return R::failure(tr("The question bank cannot be saved: %1").arg(error));
    }
    return stored == 0 ? ImportOutcome::Added : ImportOutcome::Updated;
}

Status QuestionRepository::writeBank(const QuestionBank &bank)
{
    QSqlQuery query(m_database.connection());
    auto failed = [&query, &bank] {
        return Status::failure(
            tr("The question bank \"%1\" cannot be saved: %2").arg(bank.title, query.lastError().text()));
    };

    query.prepare(
        QStringLiteral("INSERT INTO banks (id, title, language, version, source, imported_at) VALUES (?, ?, "
                       "?, ?, 'bundled', ?) "
                       "ON CONFLICT (id) DO UPDATE SET title = excluded.title, language = excluded.language, "
                       "version = excluded.version, imported_at = excluded.imported_at"));
    query.addBindValue(bank.id);
    query.addBindValue(bank.title);
    query.addBindValue(bank.language);
    query.addBindValue(bank.version);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return failed();

    query.prepare(QStringLiteral("INSERT INTO categories (bank_id, id, title, position) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (bank_id, id) DO UPDATE SET title = excluded.title, "
                                 "position = excluded.position"));
    for (qsizetype i = 0; i < bank.categories.size(); ++i) {
        query.addBindValue(bank.id);
        query.addBindValue(bank.categories.at(i).id);
        query.addBindValue(bank.categories.at(i).title);
        query.addBindValue(static_cast<int>(i));
        if (!query.exec())
            return failed();
    }

    // Questions dropped from a newer bank stay: later tables (attempts, stories) may refer to them.
    query.prepare(QStringLiteral(
        "INSERT INTO questions (id, bank_id, category_id, position, text, tags, why_asked, "
        "strong_answer_shows, "
        "tips, sample_answer, junior_variant, is_star, target_seconds) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET bank_id = excluded.bank_id, category_id = excluded.category_id, "
        "position = excluded.position, text = excluded.text, tags = excluded.tags, "
        "why_asked = excluded.why_asked, strong_answer_shows = excluded.strong_answer_shows, "
        "tips = excluded.tips, sample_answer = excluded.sample_answer, "
        "junior_variant = excluded.junior_variant, is_star = excluded.is_star, "
        "target_seconds = excluded.target_seconds"));
    for (const Question &q : bank.questions) {
        query.addBindValue(q.id);
        query.addBindValue(bank.id);
        query.addBindValue(q.categoryId);
        query.addBindValue(q.position);
        query.addBindValue(q.text);
        query.addBindValue(toJson(q.tags));
        query.addBindValue(q.whyAsked);
        query.addBindValue(toJson(q.strongAnswerShows));
        query.addBindValue(toJson(q.tips));
        query.addBindValue(q.sampleAnswer);
        query.addBindValue(q.juniorVariant.isNull() ? QStringLiteral("") : q.juniorVariant); // NULL otherwise
        query.addBindValue(q.star ? 1 : 0);
        query.addBindValue(q.targetSeconds);
        if (!query.exec())
            return failed();
    }
    return Status::success();
}

Result<QList<Category>> QuestionRepository::categories() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT c.id, c.title FROM categories c JOIN banks b ON b.id = c.bank_id "
                                   "ORDER BY b.imported_at, b.id, c.position")))
        return Result<QList<Category>>::failure(
            tr("The categories cannot be read: %1").arg(query.lastError().text()));
    QList<Category> categories;
    QSet<QString> seen;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        categories.append({id, query.value(1).toString()});
    }
    return categories;
}

Result<QList<Question>> QuestionRepository::questions() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT q.id, q.bank_id, q.category_id, q.position, q.text, q.tags, q.why_asked, "
            "q.strong_answer_shows, q.tips, q.sample_answer, q.junior_variant, q.is_star, q.target_seconds "
            "FROM questions q JOIN banks b ON b.id = q.bank_id ORDER BY b.imported_at, b.id, q.position")))
        return Result<QList<Question>>::failure(
            tr("The questions cannot be read: %1").arg(query.lastError().text()));
    QList<Question> questions;
    while (query.next()) {
        Question q;
        q.id = query.value(0).toString();
        q.bankId = query.value(1).toString();
        q.categoryId = query.value(2).toString();
        q.position = query.value(3).toInt();
        q.text = query.value(4).toString();
        q.tags = fromJson(query.value(5).toString());
        q.whyAsked = query.value(6).toString();
        q.strongAnswerShows = fromJson(query.value(7).toString());
        q.tips = fromJson(query.value(8).toString());
        q.sampleAnswer = query.value(9).toString();
        q.juniorVariant = query.value(10).toString();
        q.star = query.value(11).toInt() != 0;
        q.targetSeconds = query.value(12).toInt();
        questions.append(std::move(q));
    }
    return questions;
}

} // namespace coach
