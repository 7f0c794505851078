#include "core/starchecks.h"
#include "core/story.h"
#include "support/testsupport.h"

using namespace coach;

namespace {

QList<StarHint::Kind> kinds(const StarDraft &draft, const StarCheckWords &words)
{
    QList<StarHint::Kind> k;
    for (const StarHint &h : StarChecks::check(draft, words))
        k << h.kind;
    return k;
}

const StarDraft kGood{
    QStringLiteral("Our payment worker charged some customers twice after a network timeout."),
    QStringLiteral("I owned the fix and the clean-up."),
    QStringLiteral(
        "I reproduced the timeout in staging, added an idempotency key to every charge, replayed the "
        "failed jobs safely and wrote a test that kills the worker halfway. I also wrote the incident "
        "review and walked the team through it."),
    QStringLiteral("Double charges went from about 40 a week to zero, and refunds dropped by 90%.")};

} // namespace

TEST_CASE("Words, spoken time and shares", "[core][star]")
{
    CHECK(countWords(QString()) == 0);
    CHECK(countWords(QStringLiteral("  I don't  follow-up, 3 times.  ")) == 5);
    CHECK(countWords(QStringLiteral("Größe überprüft")) == 2);
    CHECK(spokenSeconds(140) == Approx(60.0));
    CHECK(spokenSeconds(70, 140) == Approx(30.0));
    CHECK(spokenSeconds(10, 0) == 0.0);

    const StarFigures empty = measureStarDraft({});
    CHECK(empty.totalWords == 0);
    CHECK(empty.shares == std::array<double, 4>{});

    StarDraft draft;
    draft.situation = QStringLiteral("one two");
    draft.action = QStringLiteral("one two three four five six seven eight");
    const StarFigures f = measureStarDraft(draft, 120);
    CHECK(f.words == std::array<int, 4>{2, 0, 8, 0});
    CHECK(f.shares[0] == Approx(0.2));
    CHECK(f.shares[1] == 0.0);
    CHECK(f.shares[2] == Approx(0.8));
    CHECK(f.totalSeconds == Approx(5.0));
}

TEST_CASE("Each hint fires on its case and not on a good answer", "[core][star]")
{
    const StarCheckWords en = StarChecks::currentWords(QStringLiteral("en"));
    CHECK(kinds(kGood, en).isEmpty());
    CHECK(kinds({}, en).isEmpty()); // nothing written yet: the prompts speak, not the hints

    SECTION("an empty part")
    {
        StarDraft d = kGood;
        d.task.clear();
        const auto hints = StarChecks::check(d, en);
        REQUIRE(hints.size() == 1);
        CHECK(hints.first().kind == StarHint::Kind::EmptyPart);
        CHECK(hints.first().part == StarPart::Task);
        CHECK(hints.first().message == QStringLiteral("The Task is still empty."));
    }
    SECTION("a Result with nothing measurable")
    {
        StarDraft d = kGood;
        d.result = QStringLiteral("Everyone was happy with it.");
        CHECK(kinds(d, en) == QList<StarHint::Kind>{StarHint::Kind::ResultWithoutMeasure});
        d.result = QStringLiteral("Support tickets about it stopped completely."); // a measurable word
        CHECK(kinds(d, en).isEmpty());
        d.result = QStringLiteral("Latency halved.");
        CHECK(kinds(d, en).isEmpty());
        d.result = QStringLiteral("Costs fell by a few per cent.");
        CHECK(kinds(d, en).isEmpty());
    }
    SECTION("an Action told as we")
    {
        StarDraft d = kGood;
        d.action =
            QStringLiteral("We reproduced the timeout, we added idempotency keys and our team replayed the "
                           "failed jobs safely over the following week, one batch at a time.");
        CHECK(kinds(d, en) == QList<StarHint::Kind>{StarHint::Kind::ActionWithoutI});
        d.action += QStringLiteral(" I led the replay.");
        CHECK(kinds(d, en).isEmpty());
        d.action = QStringLiteral("I'm the one who wrote the replay tool, and we shipped it.");
        CHECK_FALSE(kinds(d, en).contains(StarHint::Kind::ActionWithoutI));
    }
    SECTION("a Situation longer than the Action")
    {
        StarDraft d = kGood;
        d.situation = kGood.action + QStringLiteral(" And there was more background still to tell.");
        const auto hints = StarChecks::check(d, en);
        REQUIRE(hints.size() == 1);
        CHECK(hints.first().kind == StarHint::Kind::SituationLongerThanAction);
        CHECK(hints.first().message.contains(QStringLiteral("words")));
    }
}

TEST_CASE("The checks read German text with German words", "[core][star]")
{
    // The lists a German translation provides (translations/interview-coach_de.ts has the same ones).
    StarCheckWords de;
    de.language = QStringLiteral("de");
    de.firstPersonSingular = {QStringLiteral("ich"), QStringLiteral("mich"), QStringLiteral("mir"),
                              QStringLiteral("mein"), QStringLiteral("meine")};
    de.firstPersonPlural = {QStringLiteral("wir"), QStringLiteral("uns"), QStringLiteral("unser"),
                            QStringLiteral("unsere")};
    de.measureWords = {QStringLiteral("prozent"), QStringLiteral("halbiert"), QStringLiteral("sekunden")};
    StarDraft d;
    d.situation = QStringLiteral("Der Bezahldienst war abends langsam.");
    d.task = QStringLiteral("Ich sollte die Ursache finden.");
    d.action = QStringLiteral("Wir haben Indizes ergänzt und unsere Abfragen verbessert.");
    d.result = QStringLiteral("Alle waren zufrieden.");
    const auto found = kinds(d, de);
    CHECK(found.contains(StarHint::Kind::ActionWithoutI));
    CHECK(found.contains(StarHint::Kind::ResultWithoutMeasure));
    d.action = QStringLiteral("Ich habe die Abfragepläne gelesen und wir haben Indizes ergänzt.");
    d.result = QStringLiteral("Die Antwortzeit hat sich halbiert.");
    CHECK(kinds(d, de).isEmpty());

    CHECK(StarChecks::supports(QStringLiteral("de")));
    CHECK(StarChecks::supports(QStringLiteral("en")));
    CHECK_FALSE(StarChecks::supports(QStringLiteral("fr")));
}

TEST_CASE("A story as Markdown", "[core][star]")
{
    Story s;
    s.title = QStringLiteral("Double charges");
    s.tags = {QStringLiteral("ownership")};
    s.draft = kGood;
    const QString md = StoryText::toMarkdown(s, {QStringLiteral("Tell me about a difficult bug.")});
    CHECK(md.startsWith(
        QStringLiteral("# Double charges\n\nCompetencies: ownership\n\nAnswers:\n- Tell me about a "
                       "difficult bug.\n\n## Situation\n\n")));
    CHECK(md.contains(QStringLiteral("## Result\n\nDouble charges went from about 40")));
    Story untitled;
    CHECK(StoryText::toMarkdown(untitled, {}).contains(QStringLiteral("(empty)")));
}

TEST_CASE("The known competencies: the usual ones and those the stories use, each once", "[core][star]")
{
    const QStringList known =
        StoryText::knownCompetencies({QStringLiteral("incident review"), QStringLiteral("Ownership"),
                                      QStringLiteral(" "), QStringLiteral("api design")});
    CHECK(known.contains(QStringLiteral("debugging under pressure")));
    CHECK(known.contains(QStringLiteral("incident review")));
    CHECK(known.count(QStringLiteral("ownership")) == 1); // the usual spelling first
    CHECK_FALSE(known.contains(QStringLiteral("Ownership")));
    CHECK_FALSE(known.contains(QStringLiteral(" ")));
    CHECK(known.size() == StoryText::competencies().size() + 2);
    CHECK(known.first() == QStringLiteral("api design")); // by name
    CHECK(StoryText::knownCompetencies({}).size() == StoryText::competencies().size());
}
