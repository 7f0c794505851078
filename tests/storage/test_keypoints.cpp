// The person's key points: stored per question in their order, checked before they are stored, and what
// listening to each take found, kept per take and gone with it.
#include "core/takefiles.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/keypointrepository.h"
#include "support/profile.h"

#include <QSqlQuery>

#include <algorithm>
#include <QTemporaryDir>

using namespace coach;

namespace {

const QString kKeyPointQuestion = QStringLiteral("be-tell-me-about-yourself");
const QDateTime kKeyPointWhen(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

struct KeyPointProfile
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<AttemptRepository> attempts;
    std::unique_ptr<KeyPointRepository> keyPoints;

    KeyPointProfile()
    {
        coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        attempts = std::make_unique<AttemptRepository>(database);
        keyPoints = std::make_unique<KeyPointRepository>(database);
    }

    Attempt add(const QDateTime &when)
    {
        Attempt a;
        a.questionId = kKeyPointQuestion;
        a.startedAt = when;
        a.durationMs = 60000;
        a.audioPath = takeRelativePath(kKeyPointQuestion, when);
        auto stored = attempts->add(a);
        REQUIRE(stored.ok());
        return stored.value();
    }

    int rows(const QString &table) const
    {
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

QList<KeyPoint> somePoints()
{
    return {{QStringLiteral("composite index"), {}},
            {QStringLiteral("Kubectl rollout"), QStringLiteral("cube control rollout")},
            {QStringLiteral("on-call rotation"), {}}};
}

} // namespace

TEST_CASE("Key points are stored per question in their order, with how a word sounds", "[storage][keypoints]")
{
    KeyPointProfile p;
    CHECK(p.keyPoints->forQuestion(kKeyPointQuestion).value().isEmpty());

    REQUIRE(p.keyPoints->setForQuestion(kKeyPointQuestion, somePoints()).ok());
    CHECK(p.keyPoints->forQuestion(kKeyPointQuestion).value() == somePoints());
    CHECK(p.keyPoints->forQuestion(kKeyPointQuestion).value().at(1).listenedFor() ==
          QStringLiteral("cube control rollout"));
    CHECK(p.keyPoints->forQuestion(QStringLiteral("be-why-this-role")).value().isEmpty());
    const auto all = p.keyPoints->all().value();
    REQUIRE(all.size() == 1);
    CHECK(all.value(kKeyPointQuestion) == somePoints());

    // Replaced as a whole: reordered and shortened.
    REQUIRE(p.keyPoints->setForQuestion(kKeyPointQuestion, {somePoints().at(2), somePoints().at(0)}).ok());
    CHECK(p.keyPoints->forQuestion(kKeyPointQuestion).value() ==
          QList<KeyPoint>{somePoints().at(2), somePoints().at(0)});
    CHECK(p.rows(QStringLiteral("question_key_points")) == 2);

    // An empty "sounds like" is stored as none.
    REQUIRE(
        p.keyPoints
            ->setForQuestion(kKeyPointQuestion, {{QStringLiteral("composite index"), QStringLiteral(" ")}})
            .ok());
    CHECK(p.keyPoints->forQuestion(kKeyPointQuestion).value().at(0).soundsLike.isEmpty());
}

TEST_CASE("A list of key points with a problem is refused and nothing is stored", "[storage][keypoints]")
{
    KeyPointProfile p;
    REQUIRE(p.keyPoints->setForQuestion(kKeyPointQuestion, somePoints()).ok());
    QList<KeyPoint> nine;
    for (int i = 0; i < 9; ++i)
        nine.append({QStringLiteral("phrase number %1").arg(i), {}});
    const QList<QList<KeyPoint>> bad = {
        {{QString(), {}}},
        {{QStringLiteral("   "), {}}},
        nine,
        {{QStringLiteral("one two three four five six seven eight nine"), {}}},
        {{QStringLiteral("and the"), {}}},
        {{QStringLiteral("composite index"), {}}, {QStringLiteral("composite  index"), {}}}};
    for (const auto &points : bad) {
        const Status saved = p.keyPoints->setForQuestion(kKeyPointQuestion, points);
        CHECK_FALSE(saved.ok());
        CHECK_FALSE(saved.error().isEmpty());
        CHECK(p.keyPoints->forQuestion(kKeyPointQuestion).value() == somePoints());
    }
}

TEST_CASE("What listening found is kept per take, replaced by a later listen, and gone with the take",
          "[storage][keypoints]")
{
    KeyPointProfile p;
    const Attempt first = p.add(kKeyPointWhen);
    const Attempt second = p.add(kKeyPointWhen.addSecs(600));
    REQUIRE(p.keyPoints->setForQuestion(kKeyPointQuestion, somePoints()).ok());
    const QString signature = keyPointSignature(somePoints());

    // Neither take was listened to: both wait, oldest first, and neither has counts.
    auto waiting = p.keyPoints->notListenedFor(kKeyPointQuestion, signature).value();
    REQUIRE(waiting.size() == 2);
    CHECK(waiting.at(0).id == first.id);
    CHECK(p.keyPoints->results(first.id).value().isEmpty());
    CHECK(p.keyPoints->counts({first.id, second.id}).value().isEmpty());

    const QList<KeyPointResult> found = {{QStringLiteral("composite index"), true, 12340, 13110, 2},
                                         {QStringLiteral("Kubectl rollout"), false, -1, -1, 0},
                                         {QStringLiteral("on-call rotation"), true, 500, 900, 1}};
    REQUIRE(p.keyPoints->saveResults(first.id, signature, found).ok());
    CHECK(p.keyPoints->results(first.id).value() == found);
    const auto counts = p.keyPoints->counts({first.id, second.id}).value();
    REQUIRE(counts.size() == 1);
    CHECK(counts.value(first.id).heard == 2);
    CHECK(counts.value(first.id).total == 3);
    waiting = p.keyPoints->notListenedFor(kKeyPointQuestion, signature).value();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.at(0).id == second.id);
    // Another list: the first take waits again.
    CHECK(p.keyPoints->notListenedFor(kKeyPointQuestion, keyPointSignature({somePoints().at(0)}))
              .value()
              .size() == 2);

    // A later listen replaces the earlier one.
    const QList<KeyPointResult> again = {{QStringLiteral("composite index"), false, -1, -1, 0}};
    REQUIRE(p.keyPoints->saveResults(first.id, keyPointSignature({somePoints().at(0)}), again).ok());
    CHECK(p.keyPoints->results(first.id).value() == again);
    CHECK(p.keyPoints->counts({first.id}).value().value(first.id).heard == 0);

    // A take in the trash is not listened to; removed for good, its results go with it.
    REQUIRE(p.attempts->markDeleted(second.id, kKeyPointWhen.addDays(1)).ok());
    CHECK(p.keyPoints->notListenedFor(kKeyPointQuestion, signature).value().size() == 1);
    REQUIRE(p.attempts->remove(first.id).ok());
    CHECK(p.rows(QStringLiteral("attempt_key_points")) == 0);
    CHECK(p.rows(QStringLiteral("attempt_key_point_runs")) == 0);
}

TEST_CASE("A database of schema 9 gains the key points, empty", "[storage][keypoints]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    QList<Database::Migration> upTo9 = Database::bundledMigrations();
    upTo9.removeIf([](const Database::Migration &m) { return m.version > 9; });
    {
        Database old;
        REQUIRE(old.open(path, upTo9).ok());
        REQUIRE(old.schemaVersion() == 9);
        QSqlQuery query(old.connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO banks VALUES ('b', 'B', 'en', 1, 'bundled', '', 0)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO categories VALUES ('b', 'c', 'C', 0)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO questions (id, bank_id, category_id, position, text, "
                                          "why_asked, sample_answer, is_star, target_seconds) VALUES ('q', "
                                          "'b', 'c', 0, 'Q?', '', '', 0, 60)")));
    }
    Database current;
    REQUIRE(current.open(path).ok());
    CHECK(current.schemaVersion() == Database::latestSchemaVersion());
    KeyPointRepository keyPoints(current);
    CHECK(keyPoints.forQuestion(QStringLiteral("q")).value().isEmpty());
    REQUIRE(keyPoints.setForQuestion(QStringLiteral("q"), somePoints()).ok());
    CHECK(keyPoints.forQuestion(QStringLiteral("q")).value().size() == 3);
}

TEST_CASE("Progress reads each take's key points listened for and heard", "[storage][keypoints][progress]")
{
    KeyPointProfile p;
    const Attempt listened = p.add(kKeyPointWhen);
    const Attempt never = p.add(kKeyPointWhen.addSecs(600));
    REQUIRE(p.keyPoints->setForQuestion(kKeyPointQuestion, somePoints()).ok());
    REQUIRE(p.keyPoints
                ->saveResults(listened.id, keyPointSignature(somePoints()),
                              {{QStringLiteral("composite index"), true, 12340, 13110, 2},
                               {QStringLiteral("Kubectl rollout"), false, -1, -1, 0},
                               {QStringLiteral("on-call rotation"), true, 500, 900, 1}})
                .ok());
    const auto samples = p.attempts->progressSamples(QDateTime());
    REQUIRE(samples.ok());
    REQUIRE(samples->size() == 2);
    const auto of = [&](const Attempt &a) {
        const auto at = std::find_if(samples->cbegin(), samples->cend(), [&](const ProgressSample &s) {
            return s.startedAtMs == a.startedAt.toMSecsSinceEpoch();
        });
        REQUIRE(at != samples->cend());
        return *at;
    };
    CHECK(of(listened).keyPoints == 3);
    CHECK(of(listened).keyPointsHeard == 2);
    CHECK(of(never).keyPoints == 0);
    CHECK(of(never).keyPointsHeard == 0);
}
