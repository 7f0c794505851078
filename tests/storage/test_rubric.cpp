// The self-review rubric: the points ticked for each take, stored, counted, and gone with the take.
#include "core/takefiles.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/historyquery.h"
#include "support/profile.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coach;

namespace {

const QString kRubricQuestion = QStringLiteral("be-tell-me-about-yourself");

struct RubricProfile
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<AttemptRepository> attempts;

    RubricProfile()
    {
        coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        attempts = std::make_unique<AttemptRepository>(database);
    }

    Attempt add(const QDateTime &when)
    {
        Attempt a;
        a.questionId = kRubricQuestion;
        a.startedAt = when;
        a.durationMs = 60000;
        a.audioPath = takeRelativePath(kRubricQuestion, when);
        auto stored = attempts->add(a);
        REQUIRE(stored.ok());
        return stored.value();
    }

    int rubricRows() const
    {
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM attempt_rubric")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

const QDateTime kRubricWhen(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

} // namespace

TEST_CASE("Ticked points are stored per take and counted", "[storage][rubric]")
{
    RubricProfile p;
    const Attempt first = p.add(kRubricWhen);
    const Attempt second = p.add(kRubricWhen.addSecs(600));

    // A take nobody reviewed has no points and no ticks.
    CHECK(p.attempts->attempt(first.id)->rubricPoints == 0);
    CHECK(p.attempts->attempt(first.id)->rubricCovered == 0);
    CHECK(p.attempts->rubricTicks(first.id).value().isEmpty());

    REQUIRE(p.attempts->setRubricTick(first.id, 2, true, 4).ok());
    REQUIRE(p.attempts->setRubricTick(first.id, 0, true, 4).ok());
    REQUIRE(p.attempts->setRubricTick(first.id, 2, true, 4).ok()); // ticking twice keeps one tick
    CHECK(p.attempts->rubricTicks(first.id).value() == QList<int>{0, 2});
    const Attempt read = p.attempts->attempt(first.id).value();
    CHECK(read.rubricPoints == 4);
    CHECK(read.rubricCovered == 2);
    // The other take is untouched, and lists carry the counts too.
    CHECK(p.attempts->attempt(second.id)->rubricPoints == 0);
    const auto listed = p.attempts->forQuestion(kRubricQuestion).value();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(1).id == first.id);
    CHECK(listed.at(1).rubricCovered == 2);

    SECTION("unticking removes the tick, and the take stays reviewed")
    {
        REQUIRE(p.attempts->setRubricTick(first.id, 0, false, 4).ok());
        REQUIRE(p.attempts->setRubricTick(first.id, 2, false, 4).ok());
        CHECK(p.attempts->rubricTicks(first.id).value().isEmpty());
        CHECK(p.attempts->attempt(first.id)->rubricPoints == 4);
        CHECK(p.attempts->attempt(first.id)->rubricCovered == 0);
    }
    SECTION("a shorter list drops the ticks beyond it, so the coverage never passes the points")
    {
        REQUIRE(p.attempts->setRubricTick(first.id, 1, true, 2).ok());
        CHECK(p.attempts->rubricTicks(first.id).value() == QList<int>{0, 1});
        CHECK(p.attempts->attempt(first.id)->rubricPoints == 2);
        CHECK(p.attempts->attempt(first.id)->rubricCovered == 2);
    }
    SECTION("a point outside the list, or an unknown take, is refused and changes nothing")
    {
        CHECK_FALSE(p.attempts->setRubricTick(first.id, 4, true, 4).ok());
        CHECK_FALSE(p.attempts->setRubricTick(first.id, -1, true, 4).ok());
        CHECK_FALSE(p.attempts->setRubricTick(first.id, 0, true, 0).ok());
        CHECK_FALSE(p.attempts->setRubricTick(first.id + 100, 0, true, 4).ok());
        CHECK(p.attempts->rubricTicks(first.id).value() == QList<int>{0, 2});
        CHECK(p.rubricRows() == 2);
    }
    SECTION("the history rows and the progress samples carry the coverage")
    {
        HistoryQuery history(p.database);
        const HistoryRow row = history.row(first.id).value();
        CHECK(row.attempt.rubricPoints == 4);
        CHECK(row.attempt.rubricCovered == 2);
        const auto byCoverage = history.page({}, HistorySort::Coverage, Qt::DescendingOrder, 0, 10).value();
        REQUIRE(byCoverage.size() == 2);
        CHECK(byCoverage.first().attempt.id == first.id);

        const auto samples = p.attempts->progressSamples().value();
        REQUIRE(samples.size() == 2);
        int reviewed = 0;
        for (const ProgressSample &s : samples) {
            if (s.rubricPoints > 0) {
                ++reviewed;
                CHECK(s.rubricPoints == 4);
                CHECK(s.rubricCovered == 2);
            }
        }
        CHECK(reviewed == 1);
    }
}

TEST_CASE("A take deleted for good takes its ticks with it", "[storage][rubric]")
{
    RubricProfile p;
    const Attempt kept = p.add(kRubricWhen);
    const Attempt gone = p.add(kRubricWhen.addDays(1));
    REQUIRE(p.attempts->setRubricTick(kept.id, 0, true, 5).ok());
    REQUIRE(p.attempts->setRubricTick(gone.id, 1, true, 5).ok());
    REQUIRE(p.attempts->setRubricTick(gone.id, 3, true, 5).ok());
    CHECK(p.rubricRows() == 3);

    // In the trash the ticks stay, for an undo.
    REQUIRE(p.attempts->markDeleted(gone.id, kRubricWhen.addDays(2)).ok());
    CHECK(p.rubricRows() == 3);
    REQUIRE(p.attempts->remove(gone.id).ok());
    CHECK(p.rubricRows() == 1);
    CHECK(p.attempts->rubricTicks(gone.id).value().isEmpty());
    CHECK(p.attempts->rubricTicks(kept.id).value() == QList<int>{0});
}

TEST_CASE("A database of schema 7 gains the rubric, its takes not reviewed", "[storage][rubric]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    QList<Database::Migration> upTo7 = Database::bundledMigrations();
    upTo7.removeIf([](const Database::Migration &m) { return m.version > 7; });
    {
        Database old;
        REQUIRE(old.open(path, upTo7).ok());
        REQUIRE(old.schemaVersion() == 7);
        QSqlQuery query(old.connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO banks VALUES ('b', 'B', 'en', 1, 'bundled', '')")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO categories VALUES ('b', 'c', 'C', 0)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO questions (id, bank_id, category_id, position, text, "
                                          "why_asked, sample_answer, is_star, target_seconds) VALUES ('q', "
                                          "'b', 'c', 0, 'Q?', '', '', 0, 60)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO attempts (question_id, started_at, duration_ms, "
                                          "audio_path, status) VALUES ('q', '2026-11-01T10:00:00.000Z', "
                                          "1000, 'recordings/q.opus', 'complete')")));
    }
    Database current;
    REQUIRE(current.open(path).ok());
    CHECK(current.schemaVersion() == Database::latestSchemaVersion());
    AttemptRepository attempts(current);
    const auto listed = attempts.forQuestion(QStringLiteral("q")).value();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().rubricPoints == 0);
    CHECK(listed.first().rubricCovered == 0);
    REQUIRE(attempts.setRubricTick(listed.first().id, 0, true, 3).ok());
    CHECK(attempts.attempt(listed.first().id)->rubricCovered == 1);
}
