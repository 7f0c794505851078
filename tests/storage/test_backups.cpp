#include "fakes/mockclock.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coach;

namespace {

QList<Database::Migration> firstMigrations(int count)
{
    QList<Database::Migration> migrations = Database::bundledMigrations();
    while (migrations.size() > count)
        migrations.removeLast();
    return migrations;
}

} // namespace

TEST_CASE("Backups are consistent copies, one a day, the newest seven kept", "[storage][backups]")
{
    QTemporaryDir dir;
    Database database;
    coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
    Backups backups(dir.filePath(QStringLiteral("backups")));
    CHECK(backups.list().isEmpty());

    const QDateTime day(QDate(2026, 11, 1), QTime(9, 0));
    coach::test::MockClock clock(day);
    database.setClock(clock);
    const auto first = backups.takeDaily(database);
    REQUIRE(first.ok());
    CHECK(QFileInfo(first.value()).fileName() == QStringLiteral("coach-20261101-090000-daily.sqlite"));
    // The same day again: no second copy.
    clock.advanceSecs(3600);
    CHECK(backups.takeDaily(database).value() == first.value());
    CHECK(backups.list().size() == 1);

    // The copy is a database of its own with the same content.
    {
        Database copy;
        REQUIRE(copy.open(first.value()).ok());
        QSqlQuery q(copy.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM questions")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 20);
    }

    for (int d = 1; d <= 9; ++d) {
        clock.set(day.addDays(d));
        REQUIRE(backups.takeDaily(database).ok());
    }
    const QStringList kept = backups.list();
    REQUIRE(kept.size() == Backups::kKept);
    CHECK(QFileInfo(kept.first()).fileName().startsWith(QStringLiteral("coach-20261110")));
    CHECK(QFileInfo(kept.last()).fileName().startsWith(QStringLiteral("coach-20261104")));
}

TEST_CASE("A schema update is preceded by a backup of the database as it was", "[storage][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    {
        Database old;
        REQUIRE(old.open(path, firstMigrations(5)).ok());
    }
    Backups backups(dir.filePath(QStringLiteral("backups")));
    Database database;
    QList<std::pair<int, int>> calls;
    database.setBeforeMigration([&](int from, int to) {
        calls.append({from, to});
        const auto taken = backups.take(database, QStringLiteral("before-schema-%1").arg(to));
        return taken ? Status::success() : Status::failure(taken.error());
    });
    REQUIRE(database.open(path).ok());
    REQUIRE(calls.size() == 1);
    CHECK(calls.first() == std::make_pair(5, Database::latestSchemaVersion()));
    REQUIRE(backups.list().size() == 1);
    Database copy;
    REQUIRE(copy.open(backups.list().first(), firstMigrations(5)).ok());
    CHECK(copy.schemaVersion() == 5);

    SECTION("a current database is opened without a backup")
    {
        database.close();
        calls.clear();
        REQUIRE(database.open(path).ok());
        CHECK(calls.isEmpty());
    }
    SECTION("a failing backup stops the update, nothing changed")
    {
        database.close();
        {
            Database again;
            REQUIRE(again.open(dir.filePath(QStringLiteral("second.sqlite")), firstMigrations(5)).ok());
        }
        Database other;
        other.setBeforeMigration(
            [](int, int) { return Status::failure(QStringLiteral("the disk is full")); });
        const Status refused = other.open(dir.filePath(QStringLiteral("second.sqlite")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("the disk is full")));
        Database check;
        REQUIRE(check.open(dir.filePath(QStringLiteral("second.sqlite")), firstMigrations(5)).ok());
        CHECK(check.schemaVersion() == 5);
    }
}

TEST_CASE("A damaged database is refused untouched, and a backup takes its place", "[storage][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    Backups backups(dir.filePath(QStringLiteral("backups")));
    {
        Database old;
        REQUIRE(old.open(path, firstMigrations(5)).ok());
        QSqlQuery q(old.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO banks VALUES ('b', 'B', 'en', 1, 'bundled', '')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO categories VALUES ('b', 'c', 'C', 0)")));
        for (int i = 0; i < 200; ++i) {
            q.prepare(QStringLiteral(
                "INSERT INTO questions (id, bank_id, category_id, position, text, why_asked, "
                "sample_answer, is_star, target_seconds) VALUES (?, 'b', 'c', ?, ?, '', '', 0, 90)"));
            q.addBindValue(QStringLiteral("q%1").arg(i));
            q.addBindValue(i);
            q.addBindValue(QString(200, QLatin1Char('x')));
            REQUIRE(q.exec());
        }
        REQUIRE(backups.take(old, QStringLiteral("daily")).ok());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    coach::test::damagePage(path, 4);
    const QByteArray damaged = coach::test::readFile(path);

    Database database;
    const Status refused = database.open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(database.isDamaged());
    CHECK(refused.error().contains(QStringLiteral("damaged")));
    CHECK(coach::test::readFile(path) == damaged); // not written to

    const auto aside =
        Backups::restore(backups.list().first(), path, QDateTime(QDate(2026, 11, 2), QTime(8, 0)));
    REQUIRE(aside.ok());
    CHECK(aside.value().endsWith(QStringLiteral("coach.sqlite.damaged-20261102-080000")));
    CHECK(coach::test::readFile(aside.value()) == damaged); // kept, never deleted
    REQUIRE(database.open(path).ok());
    CHECK_FALSE(database.isDamaged());
    QSqlQuery q(database.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM questions")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 200);
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));

    CHECK_FALSE(Backups::restore(dir.filePath(QStringLiteral("none.sqlite")), path).ok());
}
