#include "core/bankloader.h"

#include "core/keypoints.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace coach {

namespace {

constexpr int kMinTargetSeconds = 10;
constexpr int kMaxTargetSeconds = 1800;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return BankLoader::tr("null");
    case QJsonValue::Bool:
        return BankLoader::tr("true or false");
    case QJsonValue::Double:
        return BankLoader::tr("a number");
    case QJsonValue::String:
        return BankLoader::tr("a text");
    case QJsonValue::Array:
        return BankLoader::tr("a list");
    case QJsonValue::Object:
        return BankLoader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return BankLoader::tr("nothing");
}

// Collects the context ("file: question 3 (id)") so each check only states what is wrong.
class Reader
{
public:
    Reader(QString source, QString where)
        : m_source(std::move(source))
        , m_where(std::move(where))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_where.isEmpty() ? QStringLiteral("%1: %2").arg(m_source, message)
                                        : QStringLiteral("%1: %2: %3").arg(m_source, m_where, message);
    }

    QJsonValue required(const QJsonObject &object, const QString &field)
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined())
            fail(BankLoader::tr("the field \"%1\" is missing").arg(field));
        return value;
    }

    QString string(const QJsonObject &object, const QString &field, bool allowEmpty = false)
    {
        const QJsonValue value = required(object, field);
        if (failed())
            return {};
        if (!value.isString()) {
            fail(BankLoader::tr("the field \"%1\" must be a text, not %2").arg(field, typeName(value)));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && !allowEmpty)
            fail(BankLoader::tr("the field \"%1\" is empty").arg(field));
        return text;
    }

    QString optionalString(const QJsonObject &object, const QString &field)
    {
        if (!object.contains(field) || object.value(field).isNull())
            return {};
        return string(object, field, true);
    }

    QStringList stringList(const QJsonObject &object, const QString &field)
    {
        const QJsonValue value = required(object, field);
        if (failed())
            return {};
        if (!value.isArray()) {
            fail(BankLoader::tr("the field \"%1\" must be a list of texts, not %2")
                     .arg(field, typeName(value)));
            return {};
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(BankLoader::tr("entry %1 of the field \"%2\" must be a non-empty text, not %3")
                         .arg(i + 1)
                         .arg(field, item.isString() ? BankLoader::tr("an empty text") : typeName(item)));
                return {};
            }
            list.append(item.toString().trimmed());
        }
        return list;
    }

    int integer(const QJsonObject &object, const QString &field, int min, int max)
    {
        const QJsonValue value = required(object, field);
        if (failed())
            return 0;
        const double number = value.toDouble();
        if (!value.isDouble() || number != static_cast<double>(static_cast<long long>(number))) {
            fail(BankLoader::tr("the field \"%1\" must be a whole number, not %2")
                     .arg(field, typeName(value)));
            return 0;
        }
        if (number < min || number > max) {
            fail(BankLoader::tr("the field \"%1\" must be between %2 and %3, not %4")
                     .arg(field)
                     .arg(min)
                     .arg(max)
                     .arg(number));
            return 0;
        }
        return static_cast<int>(number);
    }

    bool boolean(const QJsonObject &object, const QString &field)
    {
        const QJsonValue value = required(object, field);
        if (failed())
            return false;
        if (!value.isBool())
            fail(
                BankLoader::tr("the field \"%1\" must be true or false, not %2").arg(field, typeName(value)));
        return value.toBool();
    }

private:
    QString m_source;
    QString m_where;
    QString m_error;
};

QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    const int column = offset - static_cast<int>(before.lastIndexOf('\n'));
    return BankLoader::tr("line %1, column %2").arg(line).arg(column);
}

Result<QList<Category>> readCategories(const QJsonArray &array, const QString &sourceName)
{
    QList<Category> categories;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Reader reader(sourceName, BankLoader::tr("category %1").arg(i + 1));
        if (!array.at(i).isObject()) {
            reader.fail(BankLoader::tr("must be an object, not %1").arg(typeName(array.at(i))));
            return Result<QList<Category>>::failure(reader.error());
        }
        const QJsonObject object = array.at(i).toObject();
        Category category{reader.string(object, QStringLiteral("id")),
                          reader.string(object, QStringLiteral("title"))};
        if (!reader.failed() && seen.contains(category.id))
            reader.fail(BankLoader::tr("the id \"%1\" is used twice").arg(category.id));
        if (reader.failed())
            return Result<QList<Category>>::failure(reader.error());
        seen.insert(category.id);
        categories.append(category);
    }
    return categories;
}

// Optional from format version 2: what an interviewer may ask next, a few short texts.
QStringList readFollowUps(Reader &reader, const QJsonObject &object)
{
    const QString field = QStringLiteral("follow_ups");
    if (!object.contains(field) || object.value(field).isNull())
        return {};
    const QStringList list = reader.stringList(object, field);
    if (reader.failed())
        return {};
    if (list.size() > BankLoader::kMaxFollowUps) {
        reader.fail(BankLoader::tr("the field \"%1\" holds %2 texts; at most %3 are read")
                        .arg(field)
                        .arg(list.size())
                        .arg(BankLoader::kMaxFollowUps));
        return {};
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).size() > BankLoader::kMaxFollowUpLength) {
            reader.fail(
                BankLoader::tr("entry %1 of the field \"%2\" is %3 characters long; at most %4 are read")
                    .arg(i + 1)
                    .arg(field)
                    .arg(list.at(i).size())
                    .arg(BankLoader::kMaxFollowUpLength));
            return {};
        }
    }
    return list;
}

// Optional: the person's own key points, [{"phrase": "…", "sounds_like": "…"}], checked like those typed in.
QList<KeyPoint> readBankKeyPoints(Reader &reader, const QJsonObject &object)
{
    const QString field = QStringLiteral("key_points");
    if (!object.contains(field) || object.value(field).isNull())
        return {};
    if (!object.value(field).isArray()) {
        reader.fail(BankLoader::tr("the field \"%1\" must be a list, not %2")
                        .arg(field, typeName(object.value(field))));
        return {};
    }
    const QJsonArray array = object.value(field).toArray();
    QList<KeyPoint> points;
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        if (!array.at(i).isObject()) {
            reader.fail(BankLoader::tr("entry %1 of the field \"%2\" must be an object, not %3")
                            .arg(i + 1)
                            .arg(field, typeName(array.at(i))));
            return {};
        }
        const QJsonObject point = array.at(i).toObject();
        KeyPoint k;
        k.phrase = reader.string(point, QStringLiteral("phrase"), true);
        k.soundsLike = reader.optionalString(point, QStringLiteral("sounds_like"));
        points.append(k);
    }
    if (reader.failed())
        return {};
    if (const QString problem = keypoints::problemWithList(phrasesOf(points)); !problem.isEmpty()) {
        reader.fail(BankLoader::tr("the field \"%1\": %2").arg(field, problem));
        return {};
    }
    return points;
}

Result<Question> readQuestion(const QJsonValue &value, int index, const QString &sourceName,
                              const QSet<QString> &categoryIds, int formatVersion)
{
    Reader reader(sourceName, BankLoader::tr("question %1").arg(index + 1));
    if (!value.isObject()) {
        reader.fail(BankLoader::tr("must be an object, not %1").arg(typeName(value)));
        return Result<Question>::failure(reader.error());
    }
    const QJsonObject object = value.toObject();
    Question q;
    q.position = index;
    q.id = reader.string(object, QStringLiteral("id"));
    if (!reader.failed())
        reader = Reader(sourceName, BankLoader::tr("question %1 (\"%2\")").arg(index + 1).arg(q.id));
    q.text = reader.string(object, QStringLiteral("text"));
    q.categoryId = reader.string(object, QStringLiteral("category"));
    if (!reader.failed() && !categoryIds.contains(q.categoryId))
        reader.fail(
            BankLoader::tr("the field \"category\" names \"%1\", which is not among the bank's categories")
                .arg(q.categoryId));
    q.tags = reader.stringList(object, QStringLiteral("tags"));
    // Required fields, but a bank of one's own may leave these two empty.
    q.whyAsked = reader.string(object, QStringLiteral("why_asked"), true);
    q.strongAnswerShows = reader.stringList(object, QStringLiteral("strong_answer_shows"));
    q.tips = reader.stringList(object, QStringLiteral("tips"));
    q.sampleAnswer = reader.string(object, QStringLiteral("sample_answer"), true);
    q.juniorVariant = reader.optionalString(object, QStringLiteral("junior_variant"));
    if (formatVersion >= 2)
        q.followUps = readFollowUps(reader, object);
    q.keyPoints = readBankKeyPoints(reader, object);
    q.star = reader.boolean(object, QStringLiteral("star"));
    q.targetSeconds =
        reader.integer(object, QStringLiteral("target_seconds"), kMinTargetSeconds, kMaxTargetSeconds);
    if (reader.failed())
        return Result<Question>::failure(reader.error());
    return q;
}

} // namespace

Result<QuestionBank> BankLoader::parse(const QByteArray &json, const QString &sourceName)
{
    using R = Result<QuestionBank>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(
            tr("%1: not valid JSON at %2: %3")
                .arg(sourceName, lineAndColumn(json, parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return R::failure(tr("%1: the bank must be a JSON object").arg(sourceName));

    const QJsonObject root = document.object();
    Reader reader(sourceName, QString());
    const QString format = reader.string(root, QStringLiteral("format"));
    if (!reader.failed() && format != QLatin1String("interview-coach-bank"))
        reader.fail(tr("the field \"format\" must be \"interview-coach-bank\", not \"%1\"").arg(format));
    const int formatVersion = reader.integer(root, QStringLiteral("format_version"), 1, 1000000);
    if (!reader.failed() && formatVersion > kFormatVersion)
        reader.fail(tr("the bank uses format version %1; this version of the program reads up to %2")
                        .arg(formatVersion)
                        .arg(kFormatVersion));

    QuestionBank bank;
    bank.id = reader.string(root, QStringLiteral("id"));
    bank.version = reader.integer(root, QStringLiteral("version"), 1, 1000000);
    bank.title = reader.string(root, QStringLiteral("title"));
    bank.language = reader.string(root, QStringLiteral("language"));
    for (const QString &field : {QStringLiteral("categories"), QStringLiteral("questions")}) {
        const QJsonValue value = reader.required(root, field);
        if (!reader.failed() && !value.isArray())
            reader.fail(tr("the field \"%1\" must be a list, not %2").arg(field, typeName(value)));
    }
    if (reader.failed())
        return R::failure(reader.error());

    auto categories = readCategories(root.value(QStringLiteral("categories")).toArray(), sourceName);
    if (!categories)
        return R::failure(categories.error());
    bank.categories = std::move(categories).value();
    QSet<QString> categoryIds;
    for (const Category &category : bank.categories)
        categoryIds.insert(category.id);

    const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    if (questions.isEmpty())
        return R::failure(tr("%1: the bank has no questions").arg(sourceName));
    QSet<QString> questionIds;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        auto question =
            readQuestion(questions.at(i), static_cast<int>(i), sourceName, categoryIds, formatVersion);
        if (!question)
            return R::failure(question.error());
        if (questionIds.contains(question->id))
            return R::failure(tr("%1: question %2 (\"%3\"): the id \"%3\" is used by an earlier question")
                                  .arg(sourceName)
                                  .arg(i + 1)
                                  .arg(question->id));
        questionIds.insert(question->id);
        Question q = std::move(question).value();
        q.bankId = bank.id;
        bank.questions.append(std::move(q));
    }
    return bank;
}

namespace {

// A byte-wise walk over JSON text that reports the keys of the outermost object with the position after
// their colon; strings are skipped with their escapes, so braces inside texts do not count.
class TopLevelScanner
{
public:
    explicit TopLevelScanner(const QByteArray &json)
        : m_json(json)
    {}

    // The next top-level key, or an empty QByteArray at the end (or on text that is not JSON).
    QByteArray nextKey()
    {
        while (m_at < m_json.size()) {
            const char c = m_json.at(m_at);
            if (c == '"') {
                const qsizetype start = m_at + 1;
                skipString();
                if (m_depth == 1 && m_expectKey) {
                    const QByteArray key = m_json.mid(start, m_at - 1 - start);
                    skipSpaces();
                    if (m_at < m_json.size() && m_json.at(m_at) == ':') {
                        ++m_at;
                        m_expectKey = false;
                        return key;
                    }
                }
                continue;
            }
            if (c == '{' || c == '[')
                ++m_depth;
            else if (c == '}' || c == ']')
                --m_depth;
            if (m_depth == 1 && (c == '{' || c == ','))
                m_expectKey = true;
            ++m_at;
        }
        return {};
    }

    // The value after the key just returned, as raw text up to the next comma or brace at the same level.
    QByteArray scalar()
    {
        skipSpaces();
        const qsizetype start = m_at;
        if (m_at < m_json.size() && (m_json.at(m_at) == '{' || m_json.at(m_at) == '['))
            return {}; // not a scalar: left for nextKey() to walk through
        if (m_at < m_json.size() && m_json.at(m_at) == '"') {
            skipString();
            return m_json.mid(start + 1, m_at - start - 2);
        }
        while (m_at < m_json.size() && m_json.at(m_at) != ',' && m_json.at(m_at) != '}')
            ++m_at;
        return m_json.mid(start, m_at - start).trimmed();
    }

private:
    void skipString()
    {
        ++m_at; // the opening quote
        while (m_at < m_json.size() && m_json.at(m_at) != '"')
            m_at += m_json.at(m_at) == '\\' ? 2 : 1;
        ++m_at; // the closing quote
    }

    void skipSpaces()
    {
        while (m_at < m_json.size() && QChar::isSpace(static_cast<uchar>(m_json.at(m_at))))
            ++m_at;
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    int m_depth = 0;
    bool m_expectKey = false;
};

} // namespace

BankLoader::Header BankLoader::peekHeader(const QByteArray &json)
{
    TopLevelScanner scanner(json);
    Header header;
    bool versionFound = false;
    for (QByteArray key = scanner.nextKey(); !key.isEmpty(); key = scanner.nextKey()) {
        if (key == "id") {
            const QByteArray id = scanner.scalar();
            // An id with escapes is left to the full parse, which reads it properly.
            header.id = id.contains('\\') ? QString() : QString::fromUtf8(id);
        } else if (key == "version") {
            bool ok = false;
            header.version = scanner.scalar().toInt(&ok);
            versionFound = ok;
        }
        if (!header.id.isEmpty() && versionFound)
            return header;
    }
    return {};
}

QStringList BankLoader::bundledFiles()
{
    QStringList files;
    for (const char *name :
         {"backend-engineer", "general-behavioural", "frontend-engineer", "data-engineer",
          "site-reliability-engineer", "engineering-manager", "product-manager", "allgemeine-fragen-de"})
        files.append(QStringLiteral(":/banks/%1.json").arg(QLatin1String(name)));
    return files;
}

Result<QuestionBank> BankLoader::loadFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<QuestionBank>::failure(tr("%1: cannot be read: %2").arg(name, file.errorString()));
    return parse(file.readAll(), name);
}

} // namespace coach
