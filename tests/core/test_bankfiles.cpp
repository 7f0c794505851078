#include "core/bankfiles.h"
#include "core/bankloader.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace coach;

namespace {

const QString kBundled = QStringLiteral(COACH_SOURCE_DIR "/resources/banks/backend-engineer.json");

void requireSameQuestions(const QuestionBank &a, const QuestionBank &b)
{
    CHECK(a.id == b.id);
    CHECK(a.title == b.title);
    CHECK(a.language == b.language);
    CHECK(a.version == b.version);
    REQUIRE(a.categories.size() == b.categories.size());
    for (qsizetype i = 0; i < a.categories.size(); ++i) {
        CHECK(a.categories[i].id == b.categories[i].id);
        CHECK(a.categories[i].title == b.categories[i].title);
    }
    REQUIRE(a.questions.size() == b.questions.size());
    for (qsizetype i = 0; i < a.questions.size(); ++i) {
        const Question &x = a.questions[i];
        const Question &y = b.questions[i];
        INFO(x.id.toStdString());
        CHECK(x.id == y.id);
        CHECK(x.text == y.text);
        CHECK(x.categoryId == y.categoryId);
        CHECK(x.tags == y.tags);
        CHECK(x.whyAsked == y.whyAsked);
        CHECK(x.strongAnswerShows == y.strongAnswerShows);
        CHECK(x.tips == y.tips);
        CHECK(x.sampleAnswer == y.sampleAnswer);
        CHECK(x.juniorVariant == y.juniorVariant);
        CHECK(x.followUps == y.followUps);
        CHECK(x.star == y.star);
        CHECK(x.targetSeconds == y.targetSeconds);
    }
}

} // namespace

TEST_CASE("A bank written to JSON reads back the same, and writes the same again", "[core][bankfiles]")
{
    const auto bundled = BankLoader::loadFile(kBundled);
    REQUIRE(bundled.ok());
    const QByteArray json = BankFiles::toJson(bundled.value());
    const auto again = BankLoader::parse(json, QStringLiteral("export.json"));
    REQUIRE(again.ok());
    requireSameQuestions(bundled.value(), again.value());
    CHECK(BankFiles::toJson(again.value()) == json);
    CHECK(json.contains("\"format_version\": 2"));
    CHECK(json.contains("\"follow_ups\""));
    REQUIRE(again->questions.first().followUps.size() >= 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(BankFiles::save(bundled.value(), path).ok());
    CHECK(coach::test::readFile(path) == json);
    CHECK_FALSE(
        BankFiles::save(bundled.value(), dir.filePath(QStringLiteral("no/such/folder/out.json"))).ok());
}

TEST_CASE("A Markdown list becomes a bank: categories from headings, one question per bullet",
          "[core][bankfiles]")
{
    const QByteArray md = "# Data engineer\n"
                          "\n"
                          "## Pipelines\n"
                          "- How do you make a batch job safe to run twice?\n"
                          "- Tell me about a pipeline you rebuilt,\n"
                          "  and why it needed rebuilding.\n"
                          "\n"
                          "## Behavioural stories\n"
                          "* Describe a disagreement with a stakeholder.\n";
    const auto bank = BankFiles::parseMarkdown(md, QStringLiteral("data.md"));
    REQUIRE(bank.ok());
    CHECK(bank->title == QStringLiteral("Data engineer"));
    CHECK(bank->id == QStringLiteral("md-data-engineer"));
    REQUIRE(bank->categories.size() == 2);
    CHECK(bank->categories[0].id == QStringLiteral("pipelines"));
    CHECK(bank->categories[1].title == QStringLiteral("Behavioural stories"));
    REQUIRE(bank->questions.size() == 3);
    CHECK(bank->questions[1].text ==
          QStringLiteral("Tell me about a pipeline you rebuilt, and why it needed rebuilding."));
    CHECK(bank->questions[2].categoryId == QStringLiteral("behavioural-stories"));
    CHECK(bank->questions[2].star);
    CHECK_FALSE(bank->questions[0].star);
    CHECK(bank->questions[0].targetSeconds == BankFiles::kMarkdownTargetSeconds);
    // The same text gives the same id, so a second import adds nothing.
    CHECK(BankFiles::parseMarkdown(md, QStringLiteral("data.md"))->questions[0].id == bank->questions[0].id);
    // And the bank survives the JSON format.
    const auto viaJson = BankLoader::parse(BankFiles::toJson(bank.value()), QStringLiteral("data.json"));
    REQUIRE(viaJson.ok());
    requireSameQuestions(bank.value(), viaJson.value());

    const struct
    {
        const char *markdown;
        const char *message;
    } bad[] = {
        {"- A question with no heading\n", "list.md: line 1: a question must come under a category heading"},
        {"## Topic\nJust a sentence.\n", "list.md: line 2: expected a heading"},
        {"# Title only\n", "list.md: no questions"},
        {"## A\n- Same?\n## B\n- Same?\n", "list.md: the question \"Same?\" appears twice"},
    };
    for (const auto &b : bad) {
        const auto refused = BankFiles::parseMarkdown(b.markdown, QStringLiteral("list.md"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().startsWith(QString::fromUtf8(b.message)));
    }
}

TEST_CASE("Imported banks with markup, broken JSON, wrong types or huge files are refused by name",
          "[core][bankfiles]")
{
    auto bank = BankLoader::loadFile(kBundled).value();
    REQUIRE(BankFiles::check(bank, QStringLiteral("ok.json")).ok());
    bank.questions[2].tips << QStringLiteral(
        "Compare: latency < 100 ms beats > 1 s"); // plain comparisons pass
    CHECK(BankFiles::check(bank, QStringLiteral("ok.json")).ok());
    bank.questions[2].tips << QStringLiteral("Click <a href=\"x\">here</a>");
    const Status html = BankFiles::check(bank, QStringLiteral("bank.json"));
    REQUIRE_FALSE(html.ok());
    CHECK(html.error().startsWith(
        QStringLiteral("bank.json: question 3 (\"") + bank.questions[2].id +
        QStringLiteral("\"): the field \"tips\" contains markup (\"<a href=\"x\">\")")));
    bank.questions[2].tips.removeLast();
    bank.questions[0].sampleAnswer = QStringLiteral("Fine <SCRIPT src=x>");
    CHECK(BankFiles::check(bank, QStringLiteral("b.json"))
              .error()
              .contains(QStringLiteral("\"sample_answer\"")));
    bank.questions[0].sampleAnswer = QStringLiteral("see javascript:alert(1)");
    CHECK_FALSE(BankFiles::check(bank, QStringLiteral("b.json")).ok());

    QTemporaryDir dir;
    const auto write = [&](const char *name, const QByteArray &content) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        coach::test::writeFile(path, content);
        return path;
    };
    CHECK(BankFiles::load(write("broken.json", "{\"format\": "))
              .error()
              .startsWith(QStringLiteral("broken.json: not valid JSON at line 1")));
    CHECK(BankFiles::load(write("types.json", "{\"format\": 3}"))
              .error()
              .startsWith(QStringLiteral("types.json: the field \"format\" must be a text")));
    CHECK(BankFiles::load(write("html.md", "## Topic\n- Why <b>this</b>?\n"))
              .error()
              .contains(QStringLiteral("contains markup")));
    CHECK(BankFiles::load(dir.path()).error().contains(QStringLiteral("is a folder")));
    CHECK(BankFiles::load(dir.filePath(QStringLiteral("missing.json")))
              .error()
              .startsWith(QStringLiteral("missing.json: cannot be read")));
    {
        QFile huge(dir.filePath(QStringLiteral("huge.json")));
        REQUIRE(huge.open(QIODevice::WriteOnly));
        REQUIRE(huge.resize(BankFiles::kMaxFileBytes + 1)); // sparse: nothing is read or written
    }
    CHECK(BankFiles::load(dir.filePath(QStringLiteral("huge.json")))
              .error()
              .contains(QStringLiteral("larger than 50 MB")));
    CHECK(BankFiles::load(write("good.md", "## Topic\n- A fair question?\n")).ok());
}

TEST_CASE("Follow-ups are plain text like the other fields; a Markdown list gives none", "[core][bankfiles]")
{
    auto bundled = BankLoader::loadFile(kBundled);
    REQUIRE(bundled.ok());
    QuestionBank bank = bundled.value();
    CHECK(BankFiles::check(bank, QStringLiteral("bank.json")).ok());
    bank.questions[2].followUps.append(QStringLiteral("And then? <b>Really</b>?"));
    const Status refused = BankFiles::check(bank, QStringLiteral("bank.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("question 3")));
    CHECK(refused.error().contains(QStringLiteral("\"follow_ups\"")));

    const auto md =
        BankFiles::parseMarkdown("## Pipelines\n- How do you backfill a table?\n", QStringLiteral("data.md"));
    REQUIRE(md.ok());
    CHECK(md->questions.first().followUps.isEmpty());
    CHECK_FALSE(BankFiles::toJson(md.value()).contains("follow_ups"));
}
