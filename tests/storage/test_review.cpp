#include "core/takefiles.h"
#include "fakes/mockclock.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/database.h"
#include "storage/historyquery.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coach;

namespace {

const QString kQuestion = QStringLiteral("be-testing-backend-code");
const QString kOther = QStringLiteral("be-why-this-role");

struct ReviewProfile
{
    QTemporaryDir dir;
    coach::test::MockClock clock;
    Database database;
    std::unique_ptr<AttemptRepository> attempts;
    std::unique_ptr<AttemptTrash> trash;

    ReviewProfile()
    {
        database.setClock(clock);
        coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        attempts = std::make_unique<AttemptRepository>(database);
        attempts->setTimeZone(QTimeZone::utc());
        trash = std::make_unique<AttemptTrash>(*attempts, dir.path());
        QDir(dir.path()).mkpath(QLatin1String(kRecordingsDir));
    }

    // A stored attempt with a real file (its content does not matter here).
    Attempt add(const QString &question, const QDateTime &when, qint64 durationMs = 60000,
                bool withFile = true)
    {
        Attempt a;
        a.questionId = question;
        a.startedAt = when;
        a.durationMs = durationMs;
        a.audioPath = takeRelativePath(question, when);
        if (withFile)
            coach::test::writeFile(path(a), "audio of " + a.audioPath.toUtf8());
        auto stored = attempts->add(a);
        REQUIRE(stored.ok());
        return stored.value();
    }
    QString path(const Attempt &a) const { return QDir(dir.path()).filePath(a.audioPath); }
    QString scalar(const QString &sql) const
    {
        QSqlQuery q(database.connection());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
};

const QDateTime kDay1(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

TEST_CASE("Ratings and notes are stored, changed and cleared", "[storage][review]")
{
    ReviewProfile p;
    const Attempt a = p.add(kQuestion, kDay1);
    CHECK(p.attempts->attempt(a.id)->rating == 0);

    REQUIRE(p.attempts->setRating(a.id, 3).ok());
    REQUIRE(p.attempts->setNotes(a.id, QStringLiteral("Start with the numbers.")).ok());
    auto stored = p.attempts->attempt(a.id);
    CHECK(stored->rating == 3);
    CHECK(stored->notes == QStringLiteral("Start with the numbers."));

    REQUIRE(p.attempts->setRating(a.id, 1).ok());
    CHECK(p.attempts->attempt(a.id)->rating == 1);
    REQUIRE(p.attempts->setRating(a.id, 0).ok());
    CHECK(p.attempts->attempt(a.id)->rating == 0);
    CHECK(p.scalar(QStringLiteral("SELECT rating IS NULL FROM attempts")) == QStringLiteral("1"));
    REQUIRE(p.attempts->setNotes(a.id, QString()).ok());
    CHECK(p.attempts->attempt(a.id)->notes.isEmpty());

    const Status bad = p.attempts->setRating(a.id, 5);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("1 to 4")));
    const Status gone = p.attempts->setRating(9999, 2);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().contains(QStringLiteral("no longer exists")));
}

TEST_CASE("The schedule follows the ratings, one review a day", "[storage][review]")
{
    ReviewProfile p;
    const Attempt first = p.add(kQuestion, kDay1);
    // Practised but not rated: a schedule row with no review yet.
    auto reviews = p.attempts->reviews();
    REQUIRE(reviews.ok());
    REQUIRE(reviews->contains(kQuestion));
    CHECK(reviews->value(kQuestion).practised);
    CHECK_FALSE(reviews->value(kQuestion).state.lastReview.isValid());
    CHECK_FALSE(reviews->contains(kOther));

    REQUIRE(p.attempts->setRating(first.id, 3).ok());
    const Attempt drill = p.add(kQuestion, kDay1.addSecs(600)); // same day: drill, does not count
    REQUIRE(p.attempts->setRating(drill.id, 1).ok());
    const Attempt second = p.add(kQuestion, kDay1.addDays(1));
    REQUIRE(p.attempts->setRating(second.id, 3).ok());
    const Attempt third = p.add(kQuestion, kDay1.addDays(7));
    REQUIRE(p.attempts->setRating(third.id, 3).ok());

    // SM-2 with Good (quality 4) three times: 1, 6, then 6 * 2.5 = 15 days.
    reviews = p.attempts->reviews();
    const ScheduleState state = reviews->value(kQuestion).state;
    CHECK(state.repetitions == 3);
    CHECK(state.intervalDays == 15);
    CHECK(state.ease == Approx(2.5));
    CHECK(state.lastReview == kDay1.date().addDays(7));
    CHECK(state.due == kDay1.date().addDays(22));

    // Deleting the last review takes the schedule back a step; restoring brings it again.
    REQUIRE(p.trash->moveToTrash(third.id).ok());
    CHECK(p.attempts->reviews()->value(kQuestion).state.due == kDay1.date().addDays(1 + 6));
    REQUIRE(p.trash->restore(third.id).ok());
    CHECK(p.attempts->reviews()->value(kQuestion).state.due == kDay1.date().addDays(22));

    // With every attempt gone, the question is "never practised" again.
    for (const Attempt &a : {first, drill, second, third})
        REQUIRE(p.trash->moveToTrash(a.id).ok());
    CHECK_FALSE(p.attempts->reviews()->contains(kQuestion));
}

TEST_CASE("Deleting moves row and file to the trash together; undo brings both back", "[storage][trash]")
{
    ReviewProfile p;
    const Attempt a = p.add(kQuestion, kDay1);
    const Attempt b = p.add(kQuestion, kDay1.addDays(1));
    const QString file = p.path(a);
    const QByteArray content = coach::test::readFile(file);

    p.clock.set(kDay1.addDays(2));
    auto moved = p.trash->moveToTrash(a.id);
    REQUIRE(moved.ok());
    CHECK_FALSE(QFile::exists(file));
    CHECK(QFile::exists(p.trash->trashPath(a)));
    CHECK(p.attempts->forQuestion(kQuestion)->size() == 1);
    CHECK(p.attempts->count() == 1);
    CHECK(p.attempts->attempt(a.id).ok()); // still there, in the trash

    REQUIRE(p.trash->restore(a.id).ok());
    CHECK(coach::test::readFile(file) == content);
    CHECK_FALSE(QFile::exists(p.trash->trashPath(a)));
    CHECK(p.attempts->forQuestion(kQuestion)->size() == 2);

    SECTION("after 30 days the trash forgets both, file first")
    {
        REQUIRE(p.trash->moveToTrash(a.id).ok());
        p.clock.set(kDay1.addDays(31));
        const PurgeReport early = p.trash->purge();
        CHECK(early.purged == 0);
        CHECK(QFile::exists(p.trash->trashPath(a)));
        p.clock.set(kDay1.addDays(33));
        const PurgeReport late = p.trash->purge();
        CHECK(late.purged == 1);
        CHECK(late.problems.isEmpty());
        CHECK_FALSE(QFile::exists(p.trash->trashPath(a)));
        CHECK_FALSE(p.attempts->attempt(a.id).ok());
        CHECK(p.attempts->attempt(b.id).ok());
    }
    SECTION("an attempt whose file is already missing can still be deleted and restored")
    {
        REQUIRE(QFile::remove(p.path(b)));
        REQUIRE(p.trash->moveToTrash(b.id).ok());
        CHECK(p.attempts->forQuestion(kQuestion)->size() == 1);
        REQUIRE(p.trash->restore(b.id).ok());
        CHECK(p.attempts->forQuestion(kQuestion)->size() == 2);
    }
}

TEST_CASE("A file that cannot be moved leaves its row, and says so", "[storage][trash]")
{
    ReviewProfile p;
    const Attempt a = p.add(kQuestion, kDay1);
    // A plain file where the trash folder should be: the move fails (even for root).
    coach::test::writeFile(QDir(p.dir.path()).filePath(QLatin1String(kTrashDir)), "in the way");
    const auto moved = p.trash->moveToTrash(a.id);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().contains(QStringLiteral("was not deleted")));
    CHECK(QFile::exists(p.path(a)));
    CHECK(p.attempts->forQuestion(kQuestion)->size() == 1);
    CHECK(p.scalar(QStringLiteral("SELECT deleted_at IS NULL FROM attempts")) == QStringLiteral("1"));
}

TEST_CASE("A file that cannot leave the trash keeps its row there", "[storage][trash]")
{
    ReviewProfile p;
    const Attempt a = p.add(kQuestion, kDay1);
    p.clock.set(kDay1);
    REQUIRE(p.trash->moveToTrash(a.id).ok());
    // A folder in place of the file's set-aside name: the rename fails, the row stays.
    REQUIRE(QDir().mkpath(p.trash->trashPath(a) + QStringLiteral(".purging/x")));
    p.clock.set(kDay1.addDays(40));
    const PurgeReport report = p.trash->purge();
    CHECK(report.purged == 0);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().contains(QStringLiteral("cannot be removed")));
    CHECK(p.attempts->attempt(a.id).ok());
    CHECK(QFile::exists(p.trash->trashPath(a)));
}

TEST_CASE("The history is counted, filtered, sorted and paged", "[storage][history]")
{
    ReviewProfile p;
    HistoryQuery history(p.database);
    // Six attempts: two questions (different categories), lengths 10..60 s, ratings none,1,2,3,4,none.
    QList<Attempt> all;
    for (int i = 0; i < 6; ++i) {
        Attempt a = p.add(i % 2 ? kOther : kQuestion, kDay1.addDays(i), (i + 1) * 10000, false);
        if (i > 0 && i < 5)
            REQUIRE(p.attempts->setRating(a.id, i).ok());
        all.append(a);
    }
    DeliveryFigures f;
    f.speakingRateWpm = 150; // History shows and sorts by the overall pace
    f.articulationWpm = 190;
    f.pauseCount2s = 2;
    f.longestPauseMs = 3400;
    REQUIRE(p.attempts->saveFigures(all[2].id, f).ok());

    CHECK(history.count({}).value() == 6);
    const auto newest = history.page({}, HistorySort::Date, Qt::DescendingOrder, 0, 4);
    REQUIRE(newest.ok());
    REQUIRE(newest->size() == 4);
    CHECK(newest->at(0).attempt.id == all[5].id);
    CHECK(newest->at(0).questionText == QStringLiteral("Why do you want this backend engineer role?"));
    CHECK(newest->at(0).categoryId == QStringLiteral("introduction"));
    const auto rest = history.page({}, HistorySort::Date, Qt::DescendingOrder, 4, 4);
    REQUIRE(rest->size() == 2);
    CHECK(rest->at(1).attempt.id == all[0].id);

    const auto byLength = history.page({}, HistorySort::Length, Qt::AscendingOrder, 0, 10);
    CHECK(byLength->first().attempt.durationMs == 10000);
    CHECK(byLength->last().attempt.durationMs == 60000);
    const auto byRating = history.page({}, HistorySort::Rating, Qt::DescendingOrder, 0, 1);
    CHECK(byRating->first().attempt.rating == 4);
    const auto byPace = history.page({}, HistorySort::Pace, Qt::DescendingOrder, 0, 1);
    CHECK(byPace->first().analysed);
    CHECK(byPace->first().paceWpm == Approx(150));
    CHECK(byPace->first().longestPauseMs == 3400);

    HistoryFilter filter;
    filter.questionId = kQuestion;
    CHECK(history.count(filter).value() == 3);
    filter = {};
    filter.categoryId = QStringLiteral("introduction");
    CHECK(history.count(filter).value() == 3); // kOther is in "introduction", kQuestion in "technical"
    filter.categoryId = QStringLiteral("technical");
    CHECK(history.count(filter).value() == 3);
    filter = {};
    filter.rating = 0;
    CHECK(history.count(filter).value() == 2);
    filter.rating = 3;
    const auto three = history.page(filter, HistorySort::Date, Qt::DescendingOrder, 0, 10);
    REQUIRE(three->size() == 1);
    CHECK(three->first().attempt.id == all[3].id);
    filter = {};
    filter.from = kDay1.addDays(2);
    filter.until = kDay1.addDays(4);
    CHECK(history.count(filter).value() == 2);

    // Attempts in the trash leave the history.
    REQUIRE(p.trash->moveToTrash(all[0].id).ok());
    CHECK(history.count({}).value() == 5);
    const auto remaining = history.page({}, HistorySort::Date, Qt::AscendingOrder, 0, 10);
    REQUIRE(remaining->size() == 5);
    CHECK(remaining->first().attempt.id == all[1].id);
}

TEST_CASE("Progress samples carry ratings and figures", "[storage][progress]")
{
    ReviewProfile p;
    const Attempt a = p.add(kQuestion, kDay1, 61000, false);
    const Attempt b = p.add(kOther, kDay1.addDays(1), 30000, false);
    REQUIRE(p.attempts->setRating(b.id, 4).ok());
    DeliveryFigures f;
    f.speakingRateWpm = 141; // Progress charts the overall pace
    f.articulationWpm = 190;
    f.pauseCount2s = 1;
    REQUIRE(p.attempts->saveFigures(a.id, f).ok());
    const auto stored = p.attempts->progressSamples();
    REQUIRE(stored.ok());
    std::vector<ProgressSample> samples = stored.value();
    REQUIRE(samples.size() == 2);
    std::sort(samples.begin(), samples.end(),
              [](const ProgressSample &x, const ProgressSample &y) { return x.startedAtMs < y.startedAtMs; });
    const ProgressSample &first = samples.at(0);
    CHECK(first.startedAtMs == kDay1.toMSecsSinceEpoch());
    CHECK(first.questionId == kQuestion);
    CHECK(first.rating == 0);
    CHECK(first.durationMs == 61000);
    CHECK(first.paceWpm == Approx(141));
    CHECK(first.longPauses == 1);
    CHECK(samples.at(1).rating == 4);
    CHECK(samples.at(1).longPauses == -1);
}

TEST_CASE("Progress samples of a period start at its first instant; the start instants are all there",
          "[storage][progress]")
{
    ReviewProfile p;
    const Attempt before = p.add(kQuestion, kDay1.addMSecs(-1), 40000, false);
    const Attempt atStart = p.add(kQuestion, kDay1, 50000, false);
    const Attempt later = p.add(kOther, kDay1.addDays(20), 60000, false);
    const Attempt trashed = p.add(kOther, kDay1.addDays(21), 70000, false);
    REQUIRE(p.attempts->markDeleted(trashed.id, kDay1.addDays(22)).ok());

    const auto durationsSince = [&](const QDateTime &since) {
        const auto samples = p.attempts->progressSamples(since);
        REQUIRE(samples.ok());
        QList<qint64> durations;
        for (const ProgressSample &s : samples.value())
            durations << s.durationMs;
        std::sort(durations.begin(), durations.end());
        return durations;
    };
    CHECK(durationsSince({}) == QList<qint64>{40000, 50000, 60000});
    CHECK(durationsSince(kDay1) == QList<qint64>{50000, 60000});
    // A start given in another zone is the same instant.
    CHECK(durationsSince(kDay1.toTimeZone(QTimeZone("Asia/Kolkata"))) == QList<qint64>{50000, 60000});
    CHECK(durationsSince(kDay1.addDays(20).addMSecs(1)).isEmpty());

    const auto instants = p.attempts->startInstants();
    REQUIRE(instants.ok());
    std::vector<qint64> sorted = instants.value();
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<qint64>{before.startedAt.toMSecsSinceEpoch(),
                                        atStart.startedAt.toMSecsSinceEpoch(),
                                        later.startedAt.toMSecsSinceEpoch()});
}

TEST_CASE("Attempts recorded before ratings existed get their schedule rows on upgrade", "[storage][review]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    {
        Database old;
        QList<Database::Migration> migrations = Database::bundledMigrations();
        while (migrations.size() > 4)
            migrations.removeLast();
        REQUIRE(old.open(path, migrations).ok());
        QSqlQuery q(old.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO banks VALUES ('b', 'B', 'en', 1, 'bundled', '')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO categories VALUES ('b', 'c', 'C', 0)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO questions (id, bank_id, category_id, position, text, why_asked, "
            "sample_answer, is_star, target_seconds) VALUES ('q', 'b', 'c', 0, 'Q?', '', '', 0, 90)")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO attempts (question_id, started_at, duration_ms, audio_path, status) "
                           "VALUES ('q', '2026-01-01T10:00:00.000Z', 1000, 'a.opus', 'complete'), "
                           "('q', '2026-01-02T10:00:00.000Z', 1000, 'b.opus', 'complete')")));
    }
    Database current;
    REQUIRE(current.open(path).ok());
    CHECK(current.schemaVersion() == Database::latestSchemaVersion());
    AttemptRepository attempts(current);
    const auto reviews = attempts.reviews();
    REQUIRE(reviews.ok());
    REQUIRE(reviews->contains(QStringLiteral("q")));
    CHECK_FALSE(reviews->value(QStringLiteral("q")).state.lastReview.isValid());
    CHECK(attempts.forQuestion(QStringLiteral("q"))->size() == 2);
    CHECK(attempts.forQuestion(QStringLiteral("q"))->first().rating == 0);
}

TEST_CASE("Stamps and the trash's 30 days follow the database's clock, not today's date", "[storage][clock]")
{
    ReviewProfile p;
    const Attempt a = p.add(kQuestion, kDay1);
    p.clock.set(QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC));
    REQUIRE(p.attempts->saveFigures(a.id, DeliveryFigures{}).ok());
    CHECK(p.scalar(QStringLiteral("SELECT analysed_at FROM attempt_figures"))
              .startsWith(QStringLiteral("2031-05-06T07:08:09")));

    REQUIRE(p.trash->moveToTrash(a.id).ok());
    CHECK(
        p.scalar(QStringLiteral("SELECT deleted_at FROM attempts")).startsWith(QStringLiteral("2031-05-06")));
    p.clock.advanceDays(kTrashDays - 1);
    CHECK(p.trash->purge().purged == 0);
    p.clock.advanceDays(2);
    CHECK(p.trash->purge().purged == 1);
}
