#include "core/bankloader.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using coach::BankLoader;

namespace {

const QString kBundledBank = QStringLiteral(COACH_SOURCE_DIR "/resources/banks/backend-engineer.json");

QJsonObject validQuestion(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("text"), QStringLiteral("How do you test backend code?")},
        {QStringLiteral("category"), QStringLiteral("technical")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("testing")}},
        {QStringLiteral("why_asked"), QStringLiteral("To see how you keep changes safe.")},
        {QStringLiteral("strong_answer_shows"),
         QJsonArray{QStringLiteral("a test pyramid"), QStringLiteral("CI")}},
        {QStringLiteral("tips"), QJsonArray{QStringLiteral("Name a real bug a test caught.")}},
        {QStringLiteral("sample_answer"), QStringLiteral("I start with fast unit tests...")},
        {QStringLiteral("star"), false},
        {QStringLiteral("target_seconds"), 90},
    };
}

QJsonObject validBank()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("interview-coach-bank")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("id"), QStringLiteral("test-bank")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), QStringLiteral("Test bank")},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("categories"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("technical")},
                                {QStringLiteral("title"), QStringLiteral("Technical depth")}}}},
        {QStringLiteral("questions"),
         QJsonArray{validQuestion(QStringLiteral("q-one")), validQuestion(QStringLiteral("q-two"))}},
    };
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QJsonObject withSecondQuestion(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject bank = validBank();
    QJsonArray questions = bank.value(QStringLiteral("questions")).toArray();
    QJsonObject second = questions.at(1).toObject();
    change(second);
    questions.replace(1, second);
    bank.insert(QStringLiteral("questions"), questions);
    return bank;
}

} // namespace

TEST_CASE("The bundled bank is valid and covers the backend-engineer interview", "[core][bank]")
{
    const auto bank = BankLoader::loadFile(kBundledBank);
    INFO(bank.error());
    REQUIRE(bank.ok());
    CHECK(bank->id == QStringLiteral("backend-engineer"));
    CHECK(bank->questions.size() == 20);

    QSet<QString> usedCategories;
    QSet<QString> ids;
    int juniorVariants = 0;
    for (const coach::Question &q : bank->questions) {
        INFO(q.id);
        usedCategories.insert(q.categoryId);
        ids.insert(q.id);
        CHECK((q.text.endsWith(u'?') || q.text.endsWith(u'.')));
        CHECK(q.strongAnswerShows.size() >= 3);
        CHECK(q.strongAnswerShows.size() <= 5);
        CHECK(!q.tips.isEmpty());
        CHECK(!q.tags.isEmpty());
        CHECK(q.sampleAnswer.split(u' ', Qt::SkipEmptyParts).size() >= 40);
        if (q.star) {
            CHECK(q.targetSeconds >= 60);
            CHECK(q.targetSeconds <= 120);
        }
        juniorVariants += q.juniorVariant.isEmpty() ? 0 : 1;
    }
    CHECK(ids.size() == 20);
    CHECK(usedCategories.size() >= 6);
    CHECK(juniorVariants >= 5);
    CHECK(std::count_if(bank->questions.begin(), bank->questions.end(),
                        [](const auto &q) { return q.star; }) >= 3);
}

TEST_CASE("A valid bank loads with every field", "[core][bank]")
{
    const auto bank = BankLoader::parse(toJson(validBank()), QStringLiteral("test.json"));
    INFO(bank.error());
    REQUIRE(bank.ok());
    REQUIRE(bank->questions.size() == 2);
    const coach::Question &q = bank->questions.at(1);
    CHECK(q.id == QStringLiteral("q-two"));
    CHECK(q.bankId == QStringLiteral("test-bank"));
    CHECK(q.position == 1);
    CHECK(q.tags == QStringList{QStringLiteral("testing")});
    CHECK(q.strongAnswerShows.size() == 2);
    CHECK(q.targetSeconds == 90);
    CHECK_FALSE(q.star);
    CHECK(q.juniorVariant.isEmpty());
}

TEST_CASE("Broken JSON names the file and the position", "[core][bank]")
{
    QByteArray json = toJson(validBank());
    json.insert(json.indexOf("\"questions\""), "oops ");
    const auto bank = BankLoader::parse(json, QStringLiteral("broken.json"));
    REQUIRE_FALSE(bank.ok());
    CHECK(bank.error().startsWith(QStringLiteral("broken.json: not valid JSON at line ")));
}

TEST_CASE("Each bad field names the file, the question and the field", "[core][bank]")
{
    struct Case
    {
        const char *name;
        QJsonObject bank;
        QString expected;
    };
    const Case cases[] = {
        {"missing field", withSecondQuestion([](QJsonObject &q) { q.remove(QStringLiteral("why_asked")); }),
         QStringLiteral("bank.json: question 2 (\"q-two\"): the field \"why_asked\" is missing")},
        {"wrong type", withSecondQuestion([](QJsonObject &q) { q.insert(QStringLiteral("tips"), 3); }),
         QStringLiteral(
             "bank.json: question 2 (\"q-two\"): the field \"tips\" must be a list of texts, not a number")},
        {"wrong item type", withSecondQuestion([](QJsonObject &q) {
             q.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), 5});
         }),
         QStringLiteral("bank.json: question 2 (\"q-two\"): entry 2 of the field \"tags\" must be a "
                        "non-empty text, not a number")},
        {"string for bool",
         withSecondQuestion([](QJsonObject &q) { q.insert(QStringLiteral("star"), QStringLiteral("yes")); }),
         QStringLiteral(
             "bank.json: question 2 (\"q-two\"): the field \"star\" must be true or false, not a text")},
        {"fraction for integer",
         withSecondQuestion([](QJsonObject &q) { q.insert(QStringLiteral("target_seconds"), 90.5); }),
         QStringLiteral("bank.json: question 2 (\"q-two\"): the field \"target_seconds\" must be a whole "
                        "number, not a number")},
        {"out of range",
         withSecondQuestion([](QJsonObject &q) { q.insert(QStringLiteral("target_seconds"), 0); }),
         QStringLiteral("bank.json: question 2 (\"q-two\"): the field \"target_seconds\" must be between 10 "
                        "and 1800, not 0")},
        {"empty text",
         withSecondQuestion([](QJsonObject &q) { q.insert(QStringLiteral("text"), QStringLiteral("  ")); }),
         QStringLiteral("bank.json: question 2 (\"q-two\"): the field \"text\" is empty")},
        {"duplicate id",
         withSecondQuestion([](QJsonObject &q) { q.insert(QStringLiteral("id"), QStringLiteral("q-one")); }),
         QStringLiteral(
             "bank.json: question 2 (\"q-one\"): the id \"q-one\" is used by an earlier question")},
        {"unknown category", withSecondQuestion([](QJsonObject &q) {
             q.insert(QStringLiteral("category"), QStringLiteral("cooking"));
         }),
         QStringLiteral("bank.json: question 2 (\"q-two\"): the field \"category\" names \"cooking\", which "
                        "is not among "
                        "the bank's categories")},
        {"missing id", withSecondQuestion([](QJsonObject &q) { q.remove(QStringLiteral("id")); }),
         QStringLiteral("bank.json: question 2: the field \"id\" is missing")},
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const auto bank = BankLoader::parse(toJson(c.bank), QStringLiteral("bank.json"));
            REQUIRE_FALSE(bank.ok());
            CHECK(bank.error() == c.expected);
        }
    }
}

TEST_CASE("Bank-level problems are named", "[core][bank]")
{
    SECTION("not an object")
    {
        const auto bank = BankLoader::parse("[1, 2]", QStringLiteral("list.json"));
        REQUIRE_FALSE(bank.ok());
        CHECK(bank.error() == QStringLiteral("list.json: the bank must be a JSON object"));
    }
    SECTION("a newer format")
    {
        QJsonObject object = validBank();
        object.insert(QStringLiteral("format_version"), 7);
        const auto bank = BankLoader::parse(toJson(object), QStringLiteral("new.json"));
        REQUIRE_FALSE(bank.ok());
        CHECK(bank.error() ==
              QStringLiteral(
                  "new.json: the bank uses format version 7; this version of the program reads up to 2"));
    }
    SECTION("no questions")
    {
        QJsonObject object = validBank();
        object.insert(QStringLiteral("questions"), QJsonArray());
        const auto bank = BankLoader::parse(toJson(object), QStringLiteral("empty.json"));
        REQUIRE_FALSE(bank.ok());
        CHECK(bank.error() == QStringLiteral("empty.json: the bank has no questions"));
    }
    SECTION("questions not a list")
    {
        QJsonObject object = validBank();
        object.insert(QStringLiteral("questions"), QStringLiteral("many"));
        const auto bank = BankLoader::parse(toJson(object), QStringLiteral("odd.json"));
        REQUIRE_FALSE(bank.ok());
        CHECK(bank.error() == QStringLiteral("odd.json: the field \"questions\" must be a list, not a text"));
    }
    SECTION("duplicate category")
    {
        QJsonObject object = validBank();
        QJsonArray categories = object.value(QStringLiteral("categories")).toArray();
        categories.append(categories.at(0));
        object.insert(QStringLiteral("categories"), categories);
        const auto bank = BankLoader::parse(toJson(object), QStringLiteral("dup.json"));
        REQUIRE_FALSE(bank.ok());
        CHECK(bank.error() == QStringLiteral("dup.json: category 2: the id \"technical\" is used twice"));
    }
    SECTION("a file that does not exist")
    {
        const auto bank = BankLoader::loadFile(QStringLiteral("/nonexistent/folder/missing.json"));
        REQUIRE_FALSE(bank.ok());
        CHECK(bank.error().startsWith(QStringLiteral("missing.json: cannot be read: ")));
    }
}

TEST_CASE("Format version 2 reads follow-ups; a version 1 file still reads, with none", "[core][bank]")
{
    const QJsonArray followUps{QStringLiteral("How did you measure it?"),
                               QStringLiteral("What would you change?")};
    QJsonObject bank =
        withSecondQuestion([&](QJsonObject &q) { q.insert(QStringLiteral("follow_ups"), followUps); });
    bank.insert(QStringLiteral("format_version"), 2);
    auto loaded = BankLoader::parse(toJson(bank), QStringLiteral("v2.json"));
    INFO(loaded.error());
    REQUIRE(loaded.ok());
    CHECK(loaded->questions.at(0).followUps.isEmpty()); // optional
    CHECK(loaded->questions.at(1).followUps ==
          QStringList{QStringLiteral("How did you measure it?"), QStringLiteral("What would you change?")});

    // Version 1 knew no follow-ups: such a file reads as before, whatever it holds besides.
    bank.insert(QStringLiteral("format_version"), 1);
    loaded = BankLoader::parse(toJson(bank), QStringLiteral("v1.json"));
    REQUIRE(loaded.ok());
    CHECK(loaded->questions.at(1).followUps.isEmpty());

    bank.insert(QStringLiteral("format_version"), 3);
    loaded = BankLoader::parse(toJson(bank), QStringLiteral("v3.json"));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().contains(QStringLiteral("reads up to 2")));
}

TEST_CASE("Bad follow-ups are named: not texts, empty, too many, too long", "[core][bank]")
{
    const auto refusal = [](const QJsonValue &followUps) {
        QJsonObject bank =
            withSecondQuestion([&](QJsonObject &q) { q.insert(QStringLiteral("follow_ups"), followUps); });
        bank.insert(QStringLiteral("format_version"), 2);
        const auto loaded = BankLoader::parse(toJson(bank), QStringLiteral("bad.json"));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().contains(QStringLiteral("question 2 (\"q-two\")")));
        CHECK(loaded.error().contains(QStringLiteral("\"follow_ups\"")));
        return loaded.error();
    };
    CHECK(refusal(QStringLiteral("What next?")).contains(QStringLiteral("must be a list of texts")));
    CHECK(refusal(QJsonArray{QStringLiteral("ok"), 3}).contains(QStringLiteral("entry 2")));
    CHECK(refusal(QJsonArray{QStringLiteral("  ")}).contains(QStringLiteral("an empty text")));
    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(QStringLiteral("Follow-up %1?").arg(i));
    CHECK(refusal(six).contains(QStringLiteral("at most 5")));
    CHECK(refusal(QJsonArray{QStringLiteral("ok"), QString(301, u'x')})
              .contains(QStringLiteral("at most 300")));
    // 300 characters is still fine.
    QJsonObject bank = withSecondQuestion(
        [](QJsonObject &q) { q.insert(QStringLiteral("follow_ups"), QJsonArray{QString(300, u'x')}); });
    bank.insert(QStringLiteral("format_version"), 2);
    CHECK(BankLoader::parse(toJson(bank), QStringLiteral("long.json")).ok());
}

TEST_CASE("A bank's id and version are told from its top level without parsing it", "[core][bank]")
{
    const auto header = BankLoader::peekHeader(coach::test::readFile(kBundledBank));
    CHECK(header.id == QStringLiteral("backend-engineer"));
    CHECK(header.version == BankLoader::loadFile(kBundledBank)->version);

    // QJsonDocument sorts the keys: the categories' and questions' ids come before the bank's own.
    QJsonObject bank = validBank();
    bank.insert(QStringLiteral("version"), 7);
    const auto sorted = BankLoader::peekHeader(toJson(bank));
    CHECK(sorted.id == QStringLiteral("test-bank"));
    CHECK(sorted.version == 7);
    CHECK(BankLoader::peekHeader(QJsonDocument(bank).toJson(QJsonDocument::Compact)).id ==
          QStringLiteral("test-bank"));

    // Braces and quotes inside texts do not count.
    const auto tricky = BankLoader::peekHeader(
        R"({"title": "a \"}{\" [x", "categories": [{"id": "no", "version": 9}], "id": "yes", "version": 3})");
    CHECK(tricky.id == QStringLiteral("yes"));
    CHECK(tricky.version == 3);

    for (const QByteArray &unknown :
         {QByteArray(), QByteArray("not json"), QByteArray(R"({"id": "x"})"),
          QByteArray(R"({"id": ["x"], "version": 1})"), QByteArray(R"({"version": "two", "id": "x"})")}) {
        INFO(unknown.toStdString());
        CHECK(BankLoader::peekHeader(unknown).id.isEmpty());
    }
}
