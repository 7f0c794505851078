#include "core/bankfiles.h"

#include "core/bankloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace coach {

namespace {} // namespace

QString BankFiles::slug(const QString &text, int maxLength)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
        if (out.size() >= maxLength)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("x") : out;
}

namespace {

// A short, stable id: the same text always gives the same id.
QString questionId(const QString &bankId, const QString &text)
{
    const QByteArray hash =
        QCryptographicHash::hash(text.simplified().toUtf8(), QCryptographicHash::Sha1).toHex();
    return bankId + u'-' + BankFiles::slug(text, 32) + u'-' + QString::fromLatin1(hash.left(8));
}

} // namespace

QByteArray BankFiles::toJson(const QuestionBank &bank)
{
    QJsonArray categories;
    for (const Category &c : bank.categories)
        categories.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title}});
    QJsonArray questions;
    for (const Question &q : bank.questions) {
        QJsonObject o{
            {QStringLiteral("id"), q.id},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("category"), q.categoryId},
            {QStringLiteral("tags"), QJsonArray::fromStringList(q.tags)},
            {QStringLiteral("why_asked"), q.whyAsked},
            {QStringLiteral("strong_answer_shows"), QJsonArray::fromStringList(q.strongAnswerShows)},
            {QStringLiteral("tips"), QJsonArray::fromStringList(q.tips)},
            {QStringLiteral("sample_answer"), q.sampleAnswer},
            {QStringLiteral("star"), q.star},
            {QStringLiteral("target_seconds"), q.targetSeconds}};
        if (!q.juniorVariant.isEmpty())
            o.insert(QStringLiteral("junior_variant"), q.juniorVariant);
        if (!q.followUps.isEmpty())
            o.insert(QStringLiteral("follow_ups"), QJsonArray::fromStringList(q.followUps));
        if (!q.keyPoints.isEmpty()) {
            QJsonArray keyPoints;
            for (const KeyPoint &k : q.keyPoints) {
                QJsonObject point{{QStringLiteral("phrase"), k.phrase}};
                if (!k.soundsLike.isEmpty())
                    point.insert(QStringLiteral("sounds_like"), k.soundsLike);
                keyPoints.append(point);
            }
            o.insert(QStringLiteral("key_points"), keyPoints);
        }
        questions.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("interview-coach-bank")},
                           {QStringLiteral("format_version"), BankLoader::kFormatVersion},
                           {QStringLiteral("id"), bank.id},
                           {QStringLiteral("version"), bank.version},
                           {QStringLiteral("title"), bank.title},
                           {QStringLiteral("language"), bank.language},
                           {QStringLiteral("categories"), categories},
                           {QStringLiteral("questions"), questions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status BankFiles::save(const QuestionBank &bank, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(bank)) < 0 || !file.commit())
        return Status::failure(tr("The questions cannot be written to %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Result<QuestionBank> BankFiles::parseMarkdown(const QByteArray &markdown, const QString &sourceName)
{
    using R = Result<QuestionBank>;
    const QString text = QString::fromUtf8(markdown);
    QuestionBank bank;
    bank.version = 1;
    bank.language = QStringLiteral("en");
    bank.title = QFileInfo(sourceName).completeBaseName();
    QHash<QString, int> seenAt; // question id -> line
    const QStringList lines = text.split(u'\n');
    bool inBullet = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            inBullet = false;
            continue;
        }
        if (trimmed.startsWith(QLatin1String("## "))) {
            const QString title = trimmed.mid(3).trimmed();
            bank.categories.append({BankFiles::slug(title, 40), title});
            inBullet = false;
        } else if (trimmed.startsWith(QLatin1String("# "))) {
            bank.title = trimmed.mid(2).trimmed();
            inBullet = false;
        } else if (trimmed.startsWith(QLatin1String("- ")) || trimmed.startsWith(QLatin1String("* "))) {
            if (bank.categories.isEmpty())
                return R::failure(tr("%1: line %2: a question must come under a category heading (\"## …\")")
                                      .arg(sourceName)
                                      .arg(lineNumber));
            Question q;
            q.text = trimmed.mid(2).trimmed();
            q.categoryId = bank.categories.constLast().id;
            q.targetSeconds = kMarkdownTargetSeconds;
            q.position = static_cast<int>(bank.questions.size());
            q.star = q.categoryId.contains(QLatin1String("behaviour")) ||
                     q.categoryId.contains(QLatin1String("star"));
            bank.questions.append(q);
            inBullet = true;
        } else if (inBullet && (line.startsWith(u' ') || line.startsWith(u'\t'))) {
            bank.questions.last().text += u' ' + trimmed;
        } else {
            return R::failure(
                tr("%1: line %2: expected a heading (\"## Category\") or a question (\"- …\"), not "
                   "\"%3\"")
                    .arg(sourceName)
                    .arg(lineNumber)
                    .arg(trimmed.left(60)));
        }
    }
    if (bank.questions.isEmpty())
        return R::failure(
            tr("%1: no questions (\"- …\" under a \"## Category\" heading) were found").arg(sourceName));
    bank.id = QStringLiteral("md-") + BankFiles::slug(bank.title, 40);
    // Ids from the text: the same question twice is most likely a slip, and is named.
    for (Question &q : bank.questions) {
        q.id = questionId(bank.id, q.text);
        q.bankId = bank.id;
        if (seenAt.contains(q.id))
            return R::failure(tr("%1: the question \"%2\" appears twice").arg(sourceName, q.text.left(80)));
        seenAt.insert(q.id, q.position);
    }
    // Categories without questions are dropped; duplicate headings merge.
    QList<Category> used;
    for (const Category &c : bank.categories) {
        const bool hasQuestions = std::any_of(bank.questions.cbegin(), bank.questions.cend(),
                                              [&](const Question &q) { return q.categoryId == c.id; });
        const bool listed =
            std::any_of(used.cbegin(), used.cend(), [&](const Category &u) { return u.id == c.id; });
        if (hasQuestions && !listed)
            used.append(c);
    }
    bank.categories = used;
    return bank;
}

Status BankFiles::check(const QuestionBank &bank, const QString &sourceName)
{
    // Tags ("<b>", "</p>", "<script") and script links; a plain "<" in "a < b" passes.
    static const QRegularExpression markup(
        QStringLiteral(R"(<\s*/?\s*[a-zA-Z!][^>]*>|<\s*script|javascript\s*:)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto refuse = [&](const QString &where, const QString &field,
                            const QString &value) -> std::optional<Status> {
        const QRegularExpressionMatch m = markup.match(value);
        if (!m.hasMatch())
            return std::nullopt;
        return Status::failure(tr("%1: %2: the field \"%3\" contains markup (\"%4\"), which is not accepted: "
                                  "questions are plain text")
                                   .arg(sourceName, where, field, m.captured(0).left(40)));
    };
    if (auto s = refuse(tr("the bank"), QStringLiteral("title"), bank.title))
        return *s;
    for (const Category &c : bank.categories) {
        if (auto s = refuse(tr("category \"%1\"").arg(c.id), QStringLiteral("title"), c.title))
            return *s;
    }
    for (qsizetype i = 0; i < bank.questions.size(); ++i) {
        const Question &q = bank.questions.at(i);
        const QString where = tr("question %1 (\"%2\")").arg(i + 1).arg(q.id);
        const QList<QPair<QString, QString>> fields{
            {QStringLiteral("text"), q.text},
            {QStringLiteral("why_asked"), q.whyAsked},
            {QStringLiteral("sample_answer"), q.sampleAnswer},
            {QStringLiteral("junior_variant"), q.juniorVariant},
            {QStringLiteral("tags"), q.tags.join(u'\n')},
            {QStringLiteral("strong_answer_shows"), q.strongAnswerShows.join(u'\n')},
            {QStringLiteral("tips"), q.tips.join(u'\n')},
            {QStringLiteral("follow_ups"), q.followUps.join(u'\n')}};
        for (const auto &[field, value] : fields) {
            if (auto s = refuse(where, field, value))
                return *s;
        }
    }
    return Status::success();
}

Result<QuestionBank> BankFiles::load(const QString &path)
{
    using R = Result<QuestionBank>;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isDir())
        return R::failure(tr("%1: is a folder, not a question bank").arg(name));
    if (info.size() > kMaxFileBytes)
        return R::failure(tr("%1: the file is %2 MB; question banks larger than %3 MB are not read")
                              .arg(name)
                              .arg(info.size() / (1024 * 1024))
                              .arg(kMaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot be read: %2").arg(name, file.errorString()));
    const QByteArray content = file.readAll();
    const bool markdown = name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
                          name.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
    auto bank = markdown ? parseMarkdown(content, name) : BankLoader::parse(content, name);
    if (!bank)
        return bank;
    if (Status s = check(bank.value(), name); !s)
        return R::failure(s.error());
    return bank;
}

} // namespace coach
