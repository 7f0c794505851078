#include "storage/questionrepository.h"

#include "core/bankfiles.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace coach {

namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// The bundled banks first, in the program's order; then imported banks and one's own, oldest first.
const char kBankOrder[] = "b.source <> 'bundled', b.position, b.imported_at, b.id";

QStringList fromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

// The guide's columns of questions, in the order detailsAt() reads them.
const char kDetailColumns[] =
    "why_asked, strong_answer_shows, tips, sample_answer, junior_variant, follow_ups";

QuestionDetails detailsAt(const QSqlQuery &query, int first)
{
    QuestionDetails d;
    d.whyAsked = query.value(first).toString();
    d.strongAnswerShows = fromJson(query.value(first + 1).toString());
    d.tips = fromJson(query.value(first + 2).toString());
    d.sampleAnswer = query.value(first + 3).toString();
    d.juniorVariant = query.value(first + 4).toString();
    d.followUps = fromJson(query.value(first + 5).toString());
    return d;
}

// What a question carries besides its text: the whole of it, or what a list shows (no guide).
enum class Reading { Whole, ForList };

Result<QList<Question>> readQuestions(const QSqlDatabase &connection, bool includeHidden, Reading reading)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // No column of banks has a guide column's name.
    const QString details =
        reading == Reading::Whole ? QStringLiteral(", ") + QLatin1String(kDetailColumns) : QString();
    if (!query.exec(QStringLiteral("SELECT q.id, q.bank_id, q.category_id, q.position, q.text, q.tags, "
                                   "q.is_star, q.target_seconds, q.hidden%1 FROM questions q JOIN banks b ON "
                                   "b.id = q.bank_id %2 ORDER BY %3, q.position")
                        .arg(details, includeHidden ? QString() : QStringLiteral("WHERE q.hidden = 0"),
                             QLatin1String(kBankOrder))))
        return Result<QList<Question>>::failure(
            QuestionRepository::tr("The questions cannot be read: %1").arg(query.lastError().text()));
    QList<Question> questions;
    while (query.next()) {
        Question q;
        q.id = query.value(0).toString();
        q.bankId = query.value(1).toString();
        q.categoryId = query.value(2).toString();
        q.position = query.value(3).toInt();
        q.text = query.value(4).toString();
        q.tags = fromJson(query.value(5).toString());
        q.star = query.value(6).toInt() != 0;
        q.targetSeconds = query.value(7).toInt();
        q.hidden = query.value(8).toInt() != 0;
        if (reading == Reading::Whole)
            q.setDetails(detailsAt(query, 9));
        else
            q.detailsLoaded = false;
        questions.append(std::move(q));
    }
    return questions;
}

// The list read on the calling thread over a connection of its own, opened for reading only and closed
// again. A failure here is no answer: the caller reads again over the main connection, which reports it.
std::optional<QList<Question>> readQuestionsAlone(const QString &path, bool includeHidden)
{
    const QString name =
        QStringLiteral("coach-preload-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<QList<Question>> list;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            if (auto read = readQuestions(db, includeHidden, Reading::ForList))
                list = std::move(read).value();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return list;
}

} // namespace

QuestionRepository::QuestionRepository(Database &database)
    : m_database(database)
{}

QHash<QString, int> QuestionRepository::storedBankVersions() const
{
    QHash<QString, int> versions;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT id, version FROM banks"))) {
        while (query.next())
            versions.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return versions;
}

int QuestionRepository::storedBankVersion(const QString &bankId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version FROM banks WHERE id = ?"));
    query.addBindValue(bankId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<QuestionRepository::ImportOutcome> QuestionRepository::importBundledBank(const QuestionBank &bank,
                                                                                int position)
{
    using R = Result<ImportOutcome>;
    const int stored = storedBankVersion(bank.id);
    if (stored >= bank.version)
        return ImportOutcome::AlreadyCurrent;

    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return R::failure(tr("The question bank cannot be saved: %1").arg(db.lastError().text()));
    if (Status s = writeBank(bank, WriteMode::Bundled, position); !s) {
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

// A null QString binds as NULL; the text columns are NOT NULL and take "" for "nothing".
static QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// What a question says, in the order of kContentColumns.
static const char kContentColumns[] = "category_id, text, tags, why_asked, strong_answer_shows, tips, "
                                      "sample_answer, junior_variant, follow_ups, is_star, target_seconds";
static constexpr int kContentColumnCount = 11;

// "?, ?, ?" for count bound values.
static QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

static void bindContent(QSqlQuery &query, const Question &q)
{
    query.addBindValue(q.categoryId);
    query.addBindValue(q.text.trimmed());
    query.addBindValue(toJson(q.tags));
    query.addBindValue(notNull(q.whyAsked));
    query.addBindValue(toJson(q.strongAnswerShows));
    query.addBindValue(toJson(q.tips));
    query.addBindValue(notNull(q.sampleAnswer));
    query.addBindValue(notNull(q.juniorVariant));
    query.addBindValue(toJson(q.followUps));
    query.addBindValue(q.star ? 1 : 0);
    query.addBindValue(q.targetSeconds);
}

Status QuestionRepository::writeBank(const QuestionBank &bank, WriteMode mode, int position)
{
    const bool bundled = mode == WriteMode::Bundled;
    QSqlQuery query(m_database.connection());
    auto failed = [&query, &bank] {
        return Status::failure(
            tr("The question bank \"%1\" cannot be saved: %2").arg(bank.title, query.lastError().text()));
    };

    query.prepare(
        bundled
            ? QStringLiteral(
                  "INSERT INTO banks (id, title, language, version, source, imported_at, position) VALUES "
                  "(?, ?, ?, ?, 'bundled', ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET title = excluded.title, language = excluded.language, "
                  "version = excluded.version, imported_at = excluded.imported_at, "
                  "position = excluded.position")
            : QStringLiteral(
                  "INSERT INTO banks (id, title, language, version, source, imported_at, position) VALUES "
                  "(?, ?, ?, ?, 'imported', ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET title = excluded.title, language = excluded.language, "
                  "version = excluded.version"));
    query.addBindValue(bank.id);
    query.addBindValue(bank.title);
    query.addBindValue(bank.language);
    query.addBindValue(bank.version);
    query.addBindValue(m_database.clock().nowUtc().toString(Qt::ISODate));
    query.addBindValue(position);
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

    // Questions dropped from a newer bank stay: later tables (attempts, stories) may refer to them. An import
    // only adds: a question that is already there keeps its text and everything attached to it.
    const QString insert = QStringLiteral("INSERT INTO questions (id, bank_id, position, %1) VALUES (%2) ")
                               .arg(QLatin1String(kContentColumns), placeholders(3 + kContentColumnCount));
    query.prepare(
        insert + (bundled ? QStringLiteral(
                                "ON CONFLICT (id) DO UPDATE SET bank_id = excluded.bank_id, "
                                "category_id = excluded.category_id, position = excluded.position, "
                                "text = excluded.text, tags = excluded.tags, why_asked = excluded.why_asked, "
                                "strong_answer_shows = excluded.strong_answer_shows, tips = excluded.tips, "
                                "sample_answer = excluded.sample_answer, "
                                "junior_variant = excluded.junior_variant, "
                                "follow_ups = excluded.follow_ups, is_star = excluded.is_star, "
                                "target_seconds = excluded.target_seconds")
                          : QStringLiteral("ON CONFLICT (id) DO NOTHING")));
    for (const Question &q : bank.questions) {
        query.addBindValue(q.id);
        query.addBindValue(bank.id);
        query.addBindValue(q.position);
        bindContent(query, q);
        if (!query.exec())
            return failed();
    }
    return Status::success();
}

Result<QList<Category>> QuestionRepository::categories() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT c.id, c.title FROM categories c JOIN banks b ON b.id = c.bank_id "
                                   "ORDER BY %1, c.position")
                        .arg(QLatin1String(kBankOrder))))
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

Result<QList<Question>> QuestionRepository::questions(bool includeHidden) const
{
    return readQuestions(m_database.connection(), includeHidden, Reading::Whole);
}

Result<QList<Question>> QuestionRepository::questionList(bool includeHidden) const
{
    if (m_preload) {
        const bool sameList = m_preload->includeHidden == includeHidden;
        std::optional<QList<Question>> preloaded = m_preload->list.get();
        m_preload.reset();
        if (sameList && preloaded)
            return std::move(*preloaded);
    }
    return readQuestions(m_database.connection(), includeHidden, Reading::ForList);
}

Result<QuestionDetails> QuestionRepository::details(const QString &questionId) const
{
    using R = Result<QuestionDetails>;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM questions WHERE id = ?").arg(QLatin1String(kDetailColumns)));
    query.addBindValue(questionId);
    if (!query.exec())
        return R::failure(tr("The question's guide cannot be read: %1").arg(query.lastError().text()));
    if (!query.next())
        return R::failure(tr("The question %1 is no longer in the profile.").arg(questionId));
    return detailsAt(query, 0);
}

void QuestionRepository::preload(bool includeHidden)
{
    if (m_preload || m_database.isReadOnly() || m_database.path() == QLatin1String(":memory:") ||
        m_database.path().isEmpty())
        return;
    m_preload = Preload{includeHidden,
                        std::async(std::launch::async, readQuestionsAlone, m_database.path(), includeHidden)};
}

Result<QuestionRepository::ImportPreview> QuestionRepository::previewImport(const QuestionBank &bank) const
{
    using R = Result<ImportPreview>;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT source FROM banks WHERE id = ?"));
    query.addBindValue(bank.id);
    if (!query.exec())
        return R::failure(tr("The question banks cannot be read: %1").arg(query.lastError().text()));
    if (query.next() && query.value(0).toString() == QLatin1String("bundled"))
        return R::failure(
            tr("The bank \"%1\" has the id \"%2\" of a bank that comes with the program; give it an "
               "id of its own to import it.")
                .arg(bank.title, bank.id));
    QSet<QString> existing;
    if (!query.exec(QStringLiteral("SELECT id FROM questions")))
        return R::failure(tr("The questions cannot be read: %1").arg(query.lastError().text()));
    while (query.next())
        existing.insert(query.value(0).toString());
    ImportPreview preview;
    for (const Question &q : bank.questions)
        (existing.contains(q.id) ? preview.existing : preview.added).append(q);
    return preview;
}

Result<int> QuestionRepository::importBank(const QuestionBank &bank)
{
    auto preview = previewImport(bank);
    if (!preview)
        return Result<int>::failure(preview.error());
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Result<int>::failure(tr("The question bank cannot be saved: %1").arg(db.lastError().text()));
    Status s = writeBank(bank, WriteMode::Import);
    if (s)
        s = writeImportedKeyPoints(bank);
    if (!s) {
        db.rollback();
        return Result<int>::failure(s.error());
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Result<int>::failure(tr("The question bank cannot be saved: %1").arg(error));
    }
    return static_cast<int>(preview->added.size());
}

Result<QList<QuestionRepository::BankInfo>> QuestionRepository::banks() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT b.id, b.title, b.source, (SELECT count(*) FROM questions q WHERE "
                                   "q.bank_id = b.id), b.language FROM banks b ORDER BY %1")
                        .arg(QLatin1String(kBankOrder))))
        return Result<QList<BankInfo>>::failure(
            tr("The question banks cannot be read: %1").arg(query.lastError().text()));
    QList<BankInfo> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toInt(), query.value(4).toString()});
    return list;
}

Result<QuestionBank> QuestionRepository::bank(const QString &bankId) const
{
    using R = Result<QuestionBank>;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, title, language, version FROM banks WHERE id = ?"));
    query.addBindValue(bankId);
    if (!query.exec())
        return R::failure(tr("The question bank cannot be read: %1").arg(query.lastError().text()));
    if (!query.next())
        return R::failure(tr("There is no question bank \"%1\".").arg(bankId));
    QuestionBank bank;
    bank.id = query.value(0).toString();
    bank.title = query.value(1).toString();
    bank.language = query.value(2).toString();
    bank.version = query.value(3).toInt();
    query.prepare(QStringLiteral("SELECT id, title FROM categories WHERE bank_id = ? ORDER BY position"));
    query.addBindValue(bankId);
    if (!query.exec())
        return R::failure(tr("The question bank cannot be read: %1").arg(query.lastError().text()));
    while (query.next())
        bank.categories.append({query.value(0).toString(), query.value(1).toString()});
    auto all = questions(true);
    if (!all)
        return R::failure(all.error());
    for (const Question &q : all.value()) {
        if (q.bankId == bankId)
            bank.questions.append(q);
    }
    // The person's key points go out with the bank, as theirs.
    query.prepare(QStringLiteral("SELECT k.question_id, k.phrase, k.sounds_like FROM question_key_points k "
                                 "JOIN questions q ON q.id = k.question_id WHERE q.bank_id = ? "
                                 "ORDER BY k.question_id, k.position"));
    query.addBindValue(bankId);
    if (!query.exec())
        return R::failure(tr("The question bank cannot be read: %1").arg(query.lastError().text()));
    QHash<QString, QList<KeyPoint>> keyPoints;
    while (query.next())
        keyPoints[query.value(0).toString()].append({query.value(1).toString(), query.value(2).toString()});
    for (Question &q : bank.questions)
        q.keyPoints = keyPoints.value(q.id);
    return bank;
}

// Key points a bank file carries become the person's for its questions that have none yet; those already
// written stay as they are, like the questions themselves.
Status QuestionRepository::writeImportedKeyPoints(const QuestionBank &bank)
{
    QSqlQuery query(m_database.connection());
    for (const Question &q : bank.questions) {
        if (q.keyPoints.isEmpty())
            continue;
        query.prepare(QStringLiteral("SELECT count(*) FROM question_key_points WHERE question_id = ?"));
        query.addBindValue(q.id);
        if (!query.exec() || !query.next())
            return Status::failure(tr("The question bank cannot be saved: %1").arg(query.lastError().text()));
        if (query.value(0).toInt() > 0)
            continue;
        for (qsizetype i = 0; i < q.keyPoints.size(); ++i) {
            const KeyPoint &k = q.keyPoints.at(i);
            query.prepare(QStringLiteral("INSERT INTO question_key_points (question_id, position, phrase, "
                                         "sounds_like) VALUES (?, ?, ?, ?)"));
            query.addBindValue(q.id);
            query.addBindValue(static_cast<int>(i));
            query.addBindValue(k.phrase.simplified());
            query.addBindValue(k.soundsLike.trimmed().isEmpty() ? QVariant()
                                                                : QVariant(k.soundsLike.trimmed()));
            if (!query.exec())
                return Status::failure(
                    tr("The question bank cannot be saved: %1").arg(query.lastError().text()));
        }
    }
    return Status::success();
}

Status QuestionRepository::ensureOwnCategory(const QString &categoryId, const QString &title)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO banks (id, title, language, version, source, imported_at) "
                       "VALUES (?, 'My questions', '', 1, 'custom', ?)"));
    query.addBindValue(QString::fromLatin1(kCustomBankId));
    query.addBindValue(m_database.clock().nowUtc().toString(Qt::ISODate));
    if (!query.exec())
        return Status::failure(tr("The question cannot be saved: %1").arg(query.lastError().text()));
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO categories (bank_id, id, title, position) VALUES (?, ?, ?, "
                       "(SELECT count(*) FROM categories WHERE bank_id = ?))"));
    query.addBindValue(QString::fromLatin1(kCustomBankId));
    query.addBindValue(categoryId);
    query.addBindValue(title);
    query.addBindValue(QString::fromLatin1(kCustomBankId));
    if (!query.exec())
        return Status::failure(tr("The question cannot be saved: %1").arg(query.lastError().text()));
    return Status::success();
}

// The category of an own question: an existing one with this title (any bank), or a new one.
static QString categoryIdFor(Database &database, const QString &title)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT id FROM categories WHERE lower(title) = lower(?) OR id = ? LIMIT 1"));
    query.addBindValue(title.trimmed());
    query.addBindValue(title.trimmed());
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QStringLiteral("custom-") + BankFiles::slug(title, 40);
}

Status QuestionRepository::writeOwnQuestion(const Question &q, bool insert)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        insert ? QStringLiteral("INSERT INTO questions (%1, id, bank_id, position) VALUES (%2, ?, ?, (SELECT "
                                "coalesce(max(position), -1) + 1 FROM questions WHERE bank_id = ?))")
                     .arg(QLatin1String(kContentColumns), placeholders(kContentColumnCount))
               : QStringLiteral("UPDATE questions SET (%1) = (%2) WHERE id = ? AND bank_id = ?")
                     .arg(QLatin1String(kContentColumns), placeholders(kContentColumnCount)));
    bindContent(query, q);
    query.addBindValue(q.id);
    query.addBindValue(QString::fromLatin1(kCustomBankId));
    if (insert)
        query.addBindValue(QString::fromLatin1(kCustomBankId));
    if (!query.exec())
        return Status::failure(tr("The question cannot be saved: %1").arg(query.lastError().text()));
    if (!insert && query.numRowsAffected() != 1)
        return Status::failure(tr("Only your own questions can be edited; the others can be hidden."));
    return Status::success();
}

Result<Question> QuestionRepository::addOwnQuestion(Question question, const QString &categoryTitle)
{
    using R = Result<Question>;
    if (question.text.trimmed().isEmpty())
        return R::failure(tr("A question needs its text."));
    const QString title = categoryTitle.trimmed().isEmpty() ? tr("My questions") : categoryTitle.trimmed();
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return R::failure(tr("The question cannot be saved: %1").arg(db.lastError().text()));
    question.categoryId = categoryIdFor(m_database, title);
    question.bankId = QString::fromLatin1(kCustomBankId);
    question.id = QStringLiteral("custom-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (question.targetSeconds <= 0)
        question.targetSeconds = 90;
    Status s = ensureOwnCategory(question.categoryId, title);
    if (s)
        s = writeOwnQuestion(question, true);
    if (!s || !db.commit()) {
        db.rollback();
        return R::failure(s ? tr("The question cannot be saved: %1").arg(db.lastError().text()) : s.error());
    }
    question.text = question.text.trimmed();
    return question;
}

Status QuestionRepository::updateOwnQuestion(const Question &question, const QString &categoryTitle)
{
    if (question.text.trimmed().isEmpty())
        return Status::failure(tr("A question needs its text."));
    const QString title = categoryTitle.trimmed().isEmpty() ? tr("My questions") : categoryTitle.trimmed();
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Status::failure(tr("The question cannot be saved: %1").arg(db.lastError().text()));
    Question q = question;
    q.categoryId = categoryIdFor(m_database, title);
    Status s = ensureOwnCategory(q.categoryId, title);
    if (s)
        s = writeOwnQuestion(q, false);
    if (!s || !db.commit()) {
        db.rollback();
        return s ? Status::failure(tr("The question cannot be saved: %1").arg(db.lastError().text())) : s;
    }
    return Status::success();
}

Status QuestionRepository::deleteOwnQuestion(const QString &id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM attempts WHERE question_id = ?), "
                                 "(SELECT count(*) FROM story_questions WHERE question_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return Status::failure(tr("The question cannot be deleted: %1").arg(query.lastError().text()));
    const int attempts = query.value(0).toInt();
    const int stories = query.value(1).toInt();
    if (attempts > 0 || stories > 0)
        return Status::failure(
            tr("This question has %1 recorded attempts and %2 linked stories, which would lose "
               "their question. Hide it instead, or delete those first.")
                .arg(attempts)
                .arg(stories));
    query.prepare(QStringLiteral("DELETE FROM questions WHERE id = ? AND bank_id = ?"));
    query.addBindValue(id);
    query.addBindValue(QString::fromLatin1(kCustomBankId));
    if (!query.exec())
        return Status::failure(tr("The question cannot be deleted: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Only your own questions can be deleted; the others can be hidden."));
    return Status::success();
}

Status QuestionRepository::setHidden(const QString &id, bool hidden)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE questions SET hidden = ? WHERE id = ?"));
    query.addBindValue(hidden ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1)
        return Status::failure(tr("The question cannot be hidden: %1").arg(query.lastError().text()));
    return Status::success();
}

} // namespace coach
