#include "core/bankloader.h"
#include "core/takefiles.h"
#include "fakes/mockclock.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "storage/takerecovery.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coach;

namespace {

struct Profile
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<AttemptRepository> attempts;

    Profile()
    {
        coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        attempts = std::make_unique<AttemptRepository>(database);
        QDir(dir.path()).mkpath(QLatin1String(kRecordingsDir));
    }
};

Attempt makeAttempt(const QString &question, const QDateTime &when)
{
    Attempt a;
    a.questionId = question;
    a.startedAt = when;
    a.durationMs = 61234;
    a.audioPath = takeRelativePath(question, when);
    return a;
}

} // namespace

TEST_CASE("One take of a question is its best: marking another moves the mark", "[storage][attempts][best]")
{
    Profile profile;
    const QString q = QStringLiteral("be-testing-backend-code");
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const qint64 first = profile.attempts->add(makeAttempt(q, t0)).value().id;
    const qint64 second = profile.attempts->add(makeAttempt(q, t0.addDays(1))).value().id;
    const qint64 other =
        profile.attempts->add(makeAttempt(QStringLiteral("be-why-this-role"), t0.addDays(2))).value().id;
    const auto best = [&](qint64 id) {
        return profile.attempts->attempt(id).value().best;
    };
    CHECK_FALSE(best(first));

    REQUIRE(profile.attempts->setBest(first, true).ok());
    REQUIRE(profile.attempts->setBest(other, true).ok()); // another question keeps its own
    CHECK(best(first));
    CHECK(best(other));
    REQUIRE(profile.attempts->setBest(second, true).ok());
    CHECK_FALSE(best(first));
    CHECK(best(second));
    CHECK(best(other));
    REQUIRE(profile.attempts->setBest(second, true).ok()); // marking it again changes nothing
    CHECK(best(second));
    const auto listed = profile.attempts->forQuestion(q);
    REQUIRE(listed.ok());
    CHECK(listed->at(0).best);
    CHECK_FALSE(listed->at(1).best);

    // A take in the trash loses the mark when another takes it, and comes back without it.
    REQUIRE(profile.attempts->markDeleted(second, t0.addDays(3)).ok());
    REQUIRE(profile.attempts->setBest(first, true).ok());
    REQUIRE(profile.attempts->unmarkDeleted(second).ok());
    CHECK(best(first));
    CHECK_FALSE(best(second));

    REQUIRE(profile.attempts->setBest(first, false).ok());
    CHECK_FALSE(best(first));
    CHECK_FALSE(profile.attempts->setBest(987654, true).ok());

    // The database itself refuses a second best take of a question.
    REQUIRE(profile.attempts->setBest(first, true).ok());
    QSqlQuery sql(profile.database.connection());
    CHECK_FALSE(sql.exec(QStringLiteral("UPDATE attempts SET best = 1 WHERE id = %1").arg(second)));
}

TEST_CASE("Attempts are stored and listed newest first", "[storage][attempts]")
{
    Profile profile;
    const QString q = QStringLiteral("be-testing-backend-code");
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    REQUIRE(profile.attempts->add(makeAttempt(q, t0)).ok());
    const auto second = profile.attempts->add(makeAttempt(q, t0.addDays(1)));
    REQUIRE(second.ok());
    CHECK(second->id > 0);
    REQUIRE(profile.attempts->add(makeAttempt(QStringLiteral("be-why-this-role"), t0.addDays(2))).ok());

    const auto list = profile.attempts->forQuestion(q);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).startedAt == t0.addDays(1));
    CHECK(list->at(0).durationMs == 61234);
    CHECK(list->at(0).status == Attempt::Status::Complete);
    CHECK(list->at(1).startedAt == t0);
    CHECK(profile.attempts->count() == 3);
    CHECK(profile.attempts->hasAudioPath(makeAttempt(q, t0).audioPath));

    SECTION("the same file is never listed twice")
    {
        CHECK_FALSE(profile.attempts->add(makeAttempt(q, t0)).ok());
    }
    SECTION("an attempt must belong to a known question")
    {
        const auto orphan = profile.attempts->add(makeAttempt(QStringLiteral("no-such-question"), t0));
        REQUIRE_FALSE(orphan.ok());
        CHECK(orphan.error().contains(QStringLiteral("cannot be saved")));
    }
}

TEST_CASE("Interrupted takes are recovered, never dropped", "[storage][recovery]")
{
    Profile profile;
    const QDir root(profile.dir.path());
    const QDateTime t0(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    const QString q = QStringLiteral("be-debug-production-issue");
    const QString partial = takeRelativePath(q, t0) + QLatin1String(kPartialSuffix);
    const QString orphan = takeRelativePath(q, t0.addSecs(60)); // finished, but its row was never written
    const QString listed = takeRelativePath(q, t0.addSecs(120));
    coach::test::writeFile(root.filePath(partial), "audio");
    coach::test::writeFile(root.filePath(orphan), "audio");
    coach::test::writeFile(root.filePath(listed), "audio");
    coach::test::writeFile(root.filePath(QStringLiteral("recordings/stray.opus")), "audio");
    Attempt known = makeAttempt(q, t0.addSecs(120));
    REQUIRE(profile.attempts->add(known).ok());

    QStringList probed;
    const RecoveryReport report =
        TakeRecovery::run(profile.dir.path(), *profile.attempts, [&](const QString &path) {
            probed << QFileInfo(path).fileName();
            return TakeProbe{true, 9500};
        });
    REQUIRE(report.recovered.size() == 2);
    CHECK(probed.size() == 2);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().contains(QStringLiteral("stray.opus")));
    CHECK(QFile::exists(root.filePath(QStringLiteral("recordings/stray.opus"))));

    const auto list = profile.attempts->forQuestion(q);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    const Attempt &fromPartial = list->at(2);
    CHECK(fromPartial.status == Attempt::Status::Recovered);
    CHECK(fromPartial.durationMs == 9500);
    CHECK(fromPartial.startedAt == t0);
    CHECK(fromPartial.audioPath == takeRelativePath(q, t0));
    CHECK(QFile::exists(root.filePath(fromPartial.audioPath)));
    CHECK_FALSE(QFile::exists(root.filePath(partial)));
    CHECK(list->at(1).audioPath == orphan);

    // A take that does not decode at all is still kept, with no length, rather than dropped.
    const QString garbage = takeRelativePath(q, t0.addSecs(300)) + QLatin1String(kPartialSuffix);
    coach::test::writeFile(root.filePath(garbage), "not audio");
    const RecoveryReport unreadable =
        TakeRecovery::run(profile.dir.path(), *profile.attempts, [](const QString &) { return TakeProbe{}; });
    REQUIRE(unreadable.recovered.size() == 1);
    CHECK(unreadable.recovered.first().durationMs == 0);
    CHECK(QFile::exists(root.filePath(unreadable.recovered.first().audioPath)));

    // Running it again finds nothing new.
    const RecoveryReport again =
        TakeRecovery::run(profile.dir.path(), *profile.attempts, [](const QString &) { return TakeProbe{}; });
    CHECK(again.recovered.isEmpty());
}

TEST_CASE("Rows whose audio is outside the profile are deleted, restored and purged without touching it",
          "[storage][trash][outside]")
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("profile"));
    QDir().mkpath(dir + QStringLiteral("/recordings"));
    coach::test::MockClock clock;
    Database database;
    database.setClock(clock);
    coach::test::openWithBundledBank(database, QDir(dir).filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(database);
    const QString absolute = root.filePath(QStringLiteral("absolute.opus"));
    const QString climbing = root.filePath(QStringLiteral("climbing.opus"));
    const QString old = root.filePath(QStringLiteral("old.opus"));
    for (const QString &file : {absolute, climbing, old})
        coach::test::writeFile(file, "outside: " + file.toUtf8());
    // Files of the same names in the trash belong to other takes and stay too.
    QDir().mkpath(dir + QStringLiteral("/trash"));
    coach::test::writeFile(dir + QStringLiteral("/trash/old.opus"), "another take");

    const QDateTime now = clock.nowUtc();
    const QString q = QStringLiteral("be-debug-production-issue");
    Attempt a = makeAttempt(q, now.addSecs(-60));
    a.audioPath = absolute;
    const qint64 absoluteId = attempts.add(a).value().id;
    a = makeAttempt(q, now.addSecs(-120));
    a.audioPath = QStringLiteral("../climbing.opus");
    const qint64 climbingId = attempts.add(a).value().id;
    a = makeAttempt(q, now.addDays(-41));
    a.audioPath = QStringLiteral("recordings/../../old.opus");
    const qint64 oldId = attempts.add(a).value().id;
    REQUIRE(attempts.markDeleted(oldId, now.addDays(-40)).ok());

    AttemptTrash trash(attempts, dir);
    CHECK(trash.audioPath(attempts.attempt(absoluteId).value()).isEmpty());
    CHECK(trash.trashPath(attempts.attempt(oldId).value()).isEmpty());
    REQUIRE(trash.moveToTrash(absoluteId).ok());
    REQUIRE(trash.moveToTrash(climbingId).ok());
    REQUIRE(trash.restore(climbingId).ok());
    const PurgeReport purged = trash.purge();
    CHECK(purged.problems.isEmpty());
    CHECK(purged.purged == 1);
    CHECK_FALSE(attempts.attempt(oldId).ok());
    for (const QString &file : {absolute, climbing, old})
        CHECK(coach::test::readFile(file) == "outside: " + file.toUtf8());
    CHECK(coach::test::readFile(dir + QStringLiteral("/trash/old.opus")) == "another take");
    CHECK(QDir(dir + QStringLiteral("/trash")).entryList(QDir::Files) ==
          QStringList{QStringLiteral("old.opus")});
}

TEST_CASE("Recovery keeps no take through a link out of the profile", "[storage][recovery][outside]")
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("profile"));
    QDir().mkpath(dir);
    Database database;
    coach::test::openWithBundledBank(database, QDir(dir).filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(database);
    const QString q = QStringLiteral("be-debug-production-issue");
    const QString outside = root.filePath(QStringLiteral("outside"));
    QDir().mkpath(outside);
    const QDateTime t0(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    const QString name = QFileInfo(takeRelativePath(q, t0)).fileName();
    coach::test::writeFile(QDir(outside).filePath(name + QLatin1String(kPartialSuffix)), "outside take");
    int probed = 0;
    const auto probe = [&](const QString &) {
        ++probed;
        return TakeProbe{true, 1200};
    };

    SECTION("the recordings folder is a link")
    {
        QFile::link(outside, QDir(dir).filePath(QLatin1String(kRecordingsDir)));
        const RecoveryReport report = TakeRecovery::run(dir, attempts, probe);
        CHECK(report.recovered.isEmpty());
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().contains(QStringLiteral("audio outside the profile")));
    }
    SECTION("a take in it is a link")
    {
        QDir(dir).mkpath(QLatin1String(kRecordingsDir));
        QFile::link(
            QDir(outside).filePath(name + QLatin1String(kPartialSuffix)),
            QDir(dir).filePath(QLatin1String(kRecordingsDir) + u'/' + name + QLatin1String(kPartialSuffix)));
        const RecoveryReport report = TakeRecovery::run(dir, attempts, probe);
        CHECK(report.recovered.isEmpty());
    }
    CHECK(probed == 0);
    CHECK(attempts.count() == 0);
    CHECK(coach::test::readFile(QDir(outside).filePath(name + QLatin1String(kPartialSuffix))) ==
          "outside take");
}

TEST_CASE("The recovery message names at most 10 files, then how many more", "[storage][recovery]")
{
    QStringList problems;
    for (int i = 1; i <= 25; ++i)
        problems << QStringLiteral("recording %1 was left as it is").arg(i);
    const QStringList lines = TakeRecovery::problemsText(problems).split(u'\n');
    REQUIRE(lines.size() == 11);
    CHECK(lines.at(9) == QStringLiteral("recording 10 was left as it is"));
    CHECK(lines.at(10) == QStringLiteral("and 15 more"));
    CHECK(TakeRecovery::problemsText(problems.mid(0, 10)).split(u'\n').size() == 10);
    CHECK(TakeRecovery::problemsText({}).isEmpty());
}
