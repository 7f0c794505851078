#include "storage/database.h"
#include "storage/integritycheck.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coach;

TEST_CASE("Every start checks the file beside it, and nothing is written until the check passes",
          "[storage][integrity]")
{
    QTemporaryDir dir;
    const QString path = coach::test::createProfile(dir.path());
    Database database;
    REQUIRE(database.open(path).ok());
    CHECK_FALSE(database.isCheckedOnOpen()); // the schema is current: open() left the check to IntegrityCheck

    REQUIRE(database.setQueryOnly(true).ok());
    IntegrityCheck check;
    QSignalSpy finished(&check, &IntegrityCheck::finished);
    check.start(path);
    {
        QSqlQuery q(database.connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE questions SET position = position")));
        CHECK(q.lastError().text().contains(QStringLiteral("readonly")));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM questions"))); // reading goes on
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() > 0);
    }
    REQUIRE(coach::test::waitFor([&] { return finished.count() == 1; }, 20000));
    CHECK(check.wait().ok());
    CHECK_FALSE(check.foundDamage());
    REQUIRE(database.setQueryOnly(false).ok());
    CHECK(coach::test::canUpdate(database));
}

TEST_CASE("A damaged page is found by the check on start, and the file is left as it was",
          "[storage][integrity]")
{
    QTemporaryDir dir;
    const QString path = coach::test::createProfile(dir.path());
    coach::test::damagePage(path, static_cast<int>(QFileInfo(path).size() / 4096 / 2));
    const QByteArray damaged = coach::test::readFile(path);

    Database database;
    REQUIRE(database.open(path).ok()); // the schema is readable; the damage is further in
    REQUIRE(database.setQueryOnly(true).ok());
    IntegrityCheck check;
    check.start(path);
    const Status result = check.wait();
    REQUIRE_FALSE(result.ok());
    CHECK(check.foundDamage());
    CHECK(result.error().contains(QStringLiteral("is damaged")));
    CHECK(result.error().contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(coach::test::canUpdate(database));
    database.close();
    CHECK(coach::test::readFile(path) == damaged);
}

TEST_CASE("A check that cannot open its file says so, and does not call the file damaged",
          "[storage][integrity]")
{
    QTemporaryDir dir;
    IntegrityCheck check;
    check.start(dir.filePath(QStringLiteral("missing/coach.sqlite")));
    const Status result = check.wait();
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(check.foundDamage());
    CHECK(result.error().contains(QStringLiteral("cannot be opened")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));

    IntegrityCheck never;
    CHECK(never.wait().ok()); // nothing started, nothing to report
}

TEST_CASE("A check that cannot read for a lock is not called damage", "[storage][integrity]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    // A database without a write-ahead log, held exclusively by another connection: readers get SQLITE_BUSY.
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
    {
        holder.setDatabaseName(path);
        REQUIRE(holder.open());
        QSqlQuery q(holder);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        reader.setDatabaseName(path);
        REQUIRE(reader.open());
        bool damaged = true;
        const Status result = Database::quickCheck(reader, path, &damaged);
        REQUIRE_FALSE(result.ok());
        CHECK_FALSE(damaged);
        CHECK(result.error().contains(QStringLiteral("could not be checked")));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
    }
    reader.close();
    holder.close();
    reader = {};
    holder = {};
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

TEST_CASE("A damaged file keeps the log a crash left beside it, unfolded, when it is closed",
          "[storage][integrity]")
{
    QTemporaryDir dir;
    QTemporaryDir crashed;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    const QString copy = crashed.filePath(QStringLiteral("coach.sqlite"));
    {
        Database running;
        coach::test::openWithBundledBank(running, path);
        QSqlQuery q(running.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE(q.exec(QStringLiteral("UPDATE questions SET position = position + 1")));
        // The files as a power cut would leave them: the last writes only in the log.
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
    coach::test::damagePage(copy, static_cast<int>(QFileInfo(copy).size() / 4096 / 2));
    const QByteArray damaged = coach::test::readFile(copy);
    const QByteArray log = coach::test::readFile(copy + QStringLiteral("-wal"));

    Database database;
    REQUIRE(database.open(copy).ok());
    REQUIRE(database.setQueryOnly(true).ok());
    IntegrityCheck check;
    check.start(copy);
    REQUIRE_FALSE(check.wait().ok());
    REQUIRE(check.foundDamage());
    database.closeKeepingFile();
    CHECK(coach::test::readFile(copy) == damaged);
    CHECK(coach::test::readFile(copy + QStringLiteral("-wal")) == log);
}
