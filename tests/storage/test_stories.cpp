#include "core/bankloader.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QSqlQuery>

using namespace coach;

TEST_CASE("Stories round trip: create, edit, revise, restore, link to two questions, delete",
          "[storage][stories]")
{
    Database db;
    test::openWithBundledBank(db, QStringLiteral(":memory:"));
    QuestionRepository questions(db);
    StoryRepository stories(db);
    const QString q1 = QStringLiteral("be-improved-backend-performance");
    const QString q2 = QStringLiteral("be-difficult-bug-or-outage");

    auto created = stories.create(QStringLiteral("Slow checkout"), q1);
    REQUIRE(created.ok());
    Story s = created.value();
    CHECK(s.id > 0);
    s.draft.situation = QStringLiteral("Checkout slowed down every evening.");
    s.draft.action = QStringLiteral("I added the missing index.");
    s.tags = {QStringLiteral("ownership"), QStringLiteral("performance")};
    REQUIRE(stories.save(s).ok());
    REQUIRE(stories.addRevision(s).ok());

    Story edited = s;
    edited.draft.action = QStringLiteral("I rewrote everything.");
    REQUIRE(stories.save(edited).ok());
    REQUIRE(stories.addRevision(edited).ok());
    auto revisions = stories.revisions(s.id);
    REQUIRE(revisions.ok());
    REQUIRE(revisions->size() == 2);
    CHECK(revisions->first().draft.action == QStringLiteral("I rewrote everything."));

    // Restoring is saving an older revision's text again.
    Story restored = edited;
    restored.draft = revisions->last().draft;
    REQUIRE(stories.save(restored).ok());
    auto reread = stories.story(s.id);
    REQUIRE(reread.ok());
    CHECK(reread->draft.action == QStringLiteral("I added the missing index."));
    CHECK(reread->tags == QStringList{QStringLiteral("ownership"), QStringLiteral("performance")});

    REQUIRE(stories.link(s.id, q2).ok());
    REQUIRE(stories.link(s.id, q2).ok()); // linking twice is harmless
    CHECK(stories.linkedQuestions(s.id).value() == QStringList{q1, q2});
    CHECK(stories.forQuestion(q2)->size() == 1);
    CHECK(stories.all()->size() == 1);
    CHECK_FALSE(stories.link(s.id, QStringLiteral("no-such-question")).ok());

    SECTION("a question with a story cannot be deleted")
    {
        QSqlQuery del(db.connection());
        CHECK_FALSE(del.exec(QStringLiteral("DELETE FROM questions WHERE id = '") + q1 + u'\''));
        CHECK(questions.questions()->size() == 20);
    }
    SECTION("deleting the story removes its revisions, tags and links, never a question")
    {
        REQUIRE(stories.remove(s.id).ok());
        CHECK_FALSE(stories.story(s.id).ok());
        CHECK(stories.revisions(s.id)->isEmpty());
        CHECK(stories.forQuestion(q1)->isEmpty());
        CHECK(questions.questions()->size() == 20);
        QSqlQuery left(db.connection());
        REQUIRE(left.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM story_tags) + (SELECT count(*) FROM story_questions)")));
        REQUIRE(left.next());
        CHECK(left.value(0).toInt() == 0);
        const Status saved = stories.save(s);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().contains(QStringLiteral("no longer exists")));
    }
}
