// Every bank that comes with the program: loaded and checked as an import would be, complete, each in its
// language, and in the project's own words.
#include "core/bankfiles.h"
#include "core/bankloader.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace coach;

namespace {

const QString kBanksDir = QStringLiteral(COACH_SOURCE_DIR "/resources/banks");
const QString kReferenceRuns = QStringLiteral(COACH_SOURCE_DIR "/tests/data/reference-10grams.txt");
constexpr qsizetype kRun = 10;
// Sample answers are held to shorter runs: the article has a sample answer for each of its questions, so a
// close copy of one would show there first.
const QString kReferenceSampleRuns = QStringLiteral(COACH_SOURCE_DIR "/tests/data/reference-8grams.txt");
constexpr qsizetype kSampleRun = 8;

QStringList bundledFiles()
{
    QStringList files;
    const QStringList names = QDir(kBanksDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(QDir(kBanksDir).filePath(name));
    return files;
}

QList<QuestionBank> bundledBanks()
{
    QList<QuestionBank> banks;
    for (const QString &file : bundledFiles()) {
        auto bank = BankFiles::load(file);
        INFO(bank.error());
        REQUIRE(bank.ok());
        banks.append(std::move(bank).value());
    }
    return banks;
}

// Words as tools/reference_ngrams.py counts them: runs of letters, digits and apostrophes, lowercased.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == u'\'' || c == u'\u2019') {
            word += c == u'\u2019' ? QChar(u'\'') : c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// The explanations, tips, answers and follow-ups of a question: what must be the project's own words.
QStringList explanations(const Question &q)
{
    return QStringList{q.whyAsked, q.sampleAnswer, q.juniorVariant} + q.strongAnswerShows + q.tips +
           q.followUps;
}

// The digests of tools/reference_ngrams.py, one a line.
QSet<QByteArray> readReferenceRuns(const QString &path)
{
    QSet<QByteArray> digests;
    for (const QByteArray &line : test::readFile(path).split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            digests.insert(line.trimmed());
    }
    return digests;
}

// The SHA-1 (hex) of the run of length words starting at from, as the tool hashes it.
QByteArray runDigest(const QStringList &words, qsizetype from, qsizetype length)
{
    return QCryptographicHash::hash(words.mid(from, length).join(u' ').toUtf8(), QCryptographicHash::Sha1)
        .toHex();
}

void checkLength(const QString &field, const QString &text, qsizetype min, qsizetype max)
{
    INFO(field << ": " << text);
    CHECK(text.trimmed().size() >= min);
    CHECK(text.size() <= max);
}

void checkListLength(const QString &field, const QStringList &texts, qsizetype minCount, qsizetype maxCount,
                     qsizetype min, qsizetype max)
{
    INFO(field);
    CHECK(texts.size() >= minCount);
    CHECK(texts.size() <= maxCount);
    for (const QString &text : texts)
        checkLength(field, text, min, max);
}

} // namespace

TEST_CASE("Every bundled bank loads with the program's loader and passes the import checks",
          "[core][bundled]")
{
    const QStringList files = bundledFiles();
    REQUIRE(files.size() == 8);
    const QHash<QString, int> minimum{{QStringLiteral("general-behavioural"), 30},
                                      {QStringLiteral("allgemeine-fragen-de"), 25}};
    QSet<QString> bankIds;
    for (const QString &file : files) {
        INFO(file);
        const QByteArray json = test::readFile(file);
        CHECK(json.contains("\"format_version\": 2"));
        const auto bank = BankFiles::load(file);
        INFO(bank.error());
        REQUIRE(bank.ok());
        CHECK(QFileInfo(file).completeBaseName() == bank->id);
        CHECK(bank->questions.size() >= minimum.value(bank->id, 20));
        CHECK(bank->language ==
              (bank->id.endsWith(QLatin1String("-de")) ? QStringLiteral("de") : QStringLiteral("en")));
        CHECK(std::count_if(bank->questions.cbegin(), bank->questions.cend(),
                            [](const Question &q) { return q.star; }) >= 3);
        // Start-up tells a current bank by its header: it must agree with the full parse.
        const BankLoader::Header header = BankLoader::peekHeader(json);
        CHECK(header.id == bank->id);
        CHECK(header.version == bank->version);
        CHECK_FALSE(bankIds.contains(bank->id));
        bankIds.insert(bank->id);
    }
}

TEST_CASE("No question id is used by two bundled banks", "[core][bundled]")
{
    QHash<QString, QString> bankOf;
    for (const QuestionBank &bank : bundledBanks()) {
        for (const Question &q : bank.questions) {
            INFO(q.id << " in " << bank.id << " and " << bankOf.value(q.id));
            CHECK_FALSE(bankOf.contains(q.id));
            bankOf.insert(q.id, bank.id);
        }
    }
    CHECK(bankOf.size() >= 7 * 20 + 30);
}

TEST_CASE("Every bundled question has every field filled, each of a sensible length", "[core][bundled]")
{
    for (const QuestionBank &bank : bundledBanks()) {
        for (const Question &q : bank.questions) {
            INFO(bank.id << ": " << q.id);
            checkLength(QStringLiteral("text"), q.text, 10, 250);
            CHECK((q.text.endsWith(u'?') || q.text.endsWith(u'.')));
            checkListLength(QStringLiteral("tags"), q.tags, 1, 8, 2, 30);
            checkLength(QStringLiteral("why_asked"), q.whyAsked, 80, 800);
            checkListLength(QStringLiteral("strong_answer_shows"), q.strongAnswerShows, 3, 6, 15, 200);
            checkListLength(QStringLiteral("tips"), q.tips, 2, 6, 20, 300);
            checkLength(QStringLiteral("sample_answer"), q.sampleAnswer, 400, 2500);
            checkLength(QStringLiteral("junior_variant"), q.juniorVariant, 200, 2000);
            checkListLength(QStringLiteral("follow_ups"), q.followUps, 2, 3, 20,
                            BankLoader::kMaxFollowUpLength);
            for (const QString &followUp : q.followUps)
                CHECK(followUp.endsWith(u'?'));
            CHECK(wordsOf(q.sampleAnswer).size() >= 60);
            CHECK(q.targetSeconds >= 30);
            CHECK(q.targetSeconds <= 240);
        }
    }
}

TEST_CASE("The German bank is written in German", "[core][bundled]")
{
    const auto bank = BankFiles::load(QDir(kBanksDir).filePath(QStringLiteral("allgemeine-fragen-de.json")));
    REQUIRE(bank.ok());
    CHECK(bank->language == QStringLiteral("de"));
    // Function words only German has (none of them an English word), so English text scores nothing.
    const QSet<QString> german{
        QStringLiteral("der"),   QStringLiteral("die"),   QStringLiteral("das"),   QStringLiteral("den"),
        QStringLiteral("dem"),   QStringLiteral("des"),   QStringLiteral("ein"),   QStringLiteral("eine"),
        QStringLiteral("einen"), QStringLiteral("einem"), QStringLiteral("einer"), QStringLiteral("und"),
        QStringLiteral("oder"),  QStringLiteral("aber"),  QStringLiteral("nicht"), QStringLiteral("ist"),
        QStringLiteral("sind"),  QStringLiteral("ich"),   QStringLiteral("sie"),   QStringLiteral("ihr"),
        QStringLiteral("ihre"),  QStringLiteral("ihnen"), QStringLiteral("es"),    QStringLiteral("wir"),
        QStringLiteral("mir"),   QStringLiteral("mich"),  QStringLiteral("mein"),  QStringLiteral("meine"),
        QStringLiteral("zu"),    QStringLiteral("zum"),   QStringLiteral("zur"),   QStringLiteral("mit"),
        QStringLiteral("für"),   QStringLiteral("auf"),   QStringLiteral("von"),   QStringLiteral("im"),
        QStringLiteral("bei"),   QStringLiteral("aus"),   QStringLiteral("nach"),  QStringLiteral("über"),
        QStringLiteral("wie"),   QStringLiteral("wer"),   QStringLiteral("warum"), QStringLiteral("welche"),
        QStringLiteral("dass"),  QStringLiteral("wenn"),  QStringLiteral("als"),   QStringLiteral("auch"),
        QStringLiteral("noch"),  QStringLiteral("nur"),   QStringLiteral("schon"), QStringLiteral("sich"),
        QStringLiteral("statt")};
    const auto germanWords = [&](const QString &text) {
        QSet<QString> found;
        for (const QString &word : wordsOf(text)) {
            if (german.contains(word))
                found.insert(word);
        }
        return found.size();
    };
    for (const Question &q : bank->questions) {
        for (const QString &text : QStringList{q.text} + explanations(q)) {
            INFO(q.id << ": " << text);
            const qsizetype words = wordsOf(text).size();
            if (words >= 15)
                CHECK(germanWords(text) >= 2);
            else if (words >= 6)
                CHECK(germanWords(text) >= 1);
        }
    }
    // The check tells the languages apart: an English answer has none of these words.
    const auto english = BankFiles::load(QDir(kBanksDir).filePath(QStringLiteral("backend-engineer.json")));
    REQUIRE(english.ok());
    CHECK(germanWords(english->questions.first().sampleAnswer) == 0);
}

namespace {

// What the German interface calls the STAR steps (Situation, Task, Action, Result), read from the
// translation of the STAR editor's and the STAR checks' strings; the test fails if the two disagree.
QStringList germanStarStepNames()
{
    const QStringList sources{QStringLiteral("Situation"), QStringLiteral("Task"), QStringLiteral("Action"),
                              QStringLiteral("Result")};
    QHash<QString, QStringList> names; // context -> the four translations
    QFile ts(QStringLiteral(COACH_SOURCE_DIR "/translations/interview-coach_de.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            // (Plural forms are child elements.)
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const qsizetype step = sources.indexOf(source);
            if (step >= 0 && (context == u"StarChecks" || context == u"coach::StarEditor")) {
                QStringList &steps = names[context];
                steps.resize(sources.size());
                steps[step] = translation;
            }
        }
    }
    INFO(xml.errorString());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(names.size() == 2);
    CHECK(names.value(QStringLiteral("StarChecks")) == names.value(QStringLiteral("coach::StarEditor")));
    const QStringList steps = names.value(QStringLiteral("StarChecks"));
    REQUIRE_FALSE(steps.contains(QString()));
    return steps;
}

} // namespace

TEST_CASE("Where the German bank spells out the STAR steps, it names them as the interface does",
          "[core][bundled]")
{
    const QStringList steps = germanStarStepNames();
    CHECK(steps == QStringList{QStringLiteral("Situation"), QStringLiteral("Aufgabe"),
                               QStringLiteral("Handlung"), QStringLiteral("Ergebnis")});
    const auto bank = BankFiles::load(QDir(kBanksDir).filePath(QStringLiteral("allgemeine-fragen-de.json")));
    REQUIRE(bank.ok());
    // A list of the steps, as in "nach der STAR-Methode: Situation, Aufgabe, Handlung, Ergebnis".
    const QRegularExpression list(QRegularExpression::escape(steps.first()) +
                                      QStringLiteral(R"(, (\w+), (\w+),? (?:und )?(\w+))"),
                                  QRegularExpression::UseUnicodePropertiesOption);
    // An answer told in steps: each step's name opens the text or a sentence and ends in a colon.
    const QRegularExpression label(QStringLiteral(R"((?:^|[.!?] )(\w+):)"),
                                   QRegularExpression::UseUnicodePropertiesOption);
    int lists = 0;
    int toldInSteps = 0;
    for (const Question &q : bank->questions) {
        for (const QString &text : QStringList{q.text} + explanations(q)) {
            INFO(q.id << ": " << text);
            for (auto match = list.globalMatch(text); match.hasNext();) {
                const QRegularExpressionMatch m = match.next();
                CHECK(QStringList{steps.first(), m.captured(1), m.captured(2), m.captured(3)} == steps);
                ++lists;
            }
            if (text.startsWith(steps.first() + u':')) {
                QStringList labels;
                for (auto match = label.globalMatch(text); match.hasNext();)
                    labels << match.next().captured(1);
                CHECK(labels == steps);
                ++toldInSteps;
            }
        }
    }
    // Every STAR question of the bank explains the steps and answers in them.
    const auto starQuestions = std::count_if(bank->questions.cbegin(), bank->questions.cend(),
                                             [](const Question &q) { return q.star; });
    CHECK(lists >= starQuestions);
    CHECK(toldInSteps >= starQuestions);
}

TEST_CASE("No run of ten words of the reference article appears in any bundled explanation",
          "[core][bundled]")
{
    const QSet<QByteArray> reference = readReferenceRuns(kReferenceRuns);
    REQUIRE(reference.size() > 1000);
    const auto digest = [](const QStringList &words, qsizetype from) {
        return runDigest(words, from, kRun);
    };
    // The digests are of the article: its title, which the backend bank's questions may name, is found.
    const QStringList title = wordsOf(QStringLiteral(
        "Job Interview Questions for Backend Engineers. Published Updated. Here are the most common"));
    CHECK(reference.contains(digest(title, 0)));

    int texts = 0;
    for (const QuestionBank &bank : bundledBanks()) {
        for (const Question &q : bank.questions) {
            for (const QString &text : explanations(q)) {
                const QStringList words = wordsOf(text);
                for (qsizetype i = 0; i + kRun <= words.size(); ++i) {
                    INFO(bank.id << ": " << q.id << ": " << words.mid(i, kRun).join(u' '));
                    CHECK_FALSE(reference.contains(digest(words, i)));
                }
                ++texts;
            }
        }
    }
    CHECK(texts > 1000);
}

TEST_CASE("No run of eight words of the reference article appears in any bundled sample answer",
          "[core][bundled]")
{
    const QSet<QByteArray> reference = readReferenceRuns(kReferenceSampleRuns);
    REQUIRE(reference.size() > 1000);
    // The digests are of the article, split into words as here: its first sample answer's opening is found.
    CHECK(reference.contains(runDigest(
        wordsOf(QStringLiteral("Sample answer: I\u2019m a backend engineer with experience building APIs")),
        0, kSampleRun)));

    int answers = 0;
    for (const QuestionBank &bank : bundledBanks()) {
        for (const Question &q : bank.questions) {
            for (const QString &answer : {q.sampleAnswer, q.juniorVariant}) {
                const QStringList words = wordsOf(answer);
                for (qsizetype i = 0; i + kSampleRun <= words.size(); ++i) {
                    INFO(bank.id << ": " << q.id << ": " << words.mid(i, kSampleRun).join(u' '));
                    CHECK_FALSE(reference.contains(runDigest(words, i, kSampleRun)));
                }
                ++answers;
            }
        }
    }
    CHECK(answers > 300);
}
