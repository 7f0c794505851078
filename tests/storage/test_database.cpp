#include "storage/database.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using coach::Database;

namespace {

QString scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

QStringList tables(const Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

TEST_CASE("An empty file gets every migration, WAL and foreign keys", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile/coach.sqlite"));
    Database db;
    const auto opened = db.open(path);
    INFO(opened.error());
    REQUIRE(opened.ok());
    CHECK(QFile::exists(path));
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == QStringLiteral("1"));
    CHECK(tables(db).contains(QStringLiteral("questions")));
}

TEST_CASE("Re-opening a current database changes nothing", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO banks (id, title, language, version, source, "
                                          "imported_at) VALUES ('b', 'B', 'en', 1, 'bundled', 'now')")));
    }
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM banks")) == QStringLiteral("1"));
}

TEST_CASE("A database from a newer program is refused and left byte for byte", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        QSqlQuery query(db.connection());
        REQUIRE(
            query.exec(QStringLiteral("PRAGMA user_version = 999"))); // in WAL mode, as the program leaves it
    }
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
    const QByteArray before = coach::test::readFile(path);
    Database db;
    const auto opened = db.open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("newer version of Interview Coach")));
    CHECK(opened.error().contains(QStringLiteral("schema 999")));
    CHECK(opened.error().contains(QStringLiteral("left unchanged")));
    CHECK_FALSE(db.isOpen());
    CHECK(coach::test::readFile(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("A file that is not a database is refused and left alone", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    coach::test::writeFile(path, "my shopping list\n");
    Database db;
    const auto opened = db.open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("is not an SQLite database")));
    CHECK(coach::test::readFile(path) == "my shopping list\n");
}

TEST_CASE("A failing migration changes nothing and names itself", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    const QList<Database::Migration> good{
        {1, QStringLiteral("first"), QStringLiteral("CREATE TABLE a (x INTEGER);")}};
    {
        Database db;
        REQUIRE(db.open(path, good).ok());
        CHECK(db.schemaVersion() == 1);
    }
    QList<Database::Migration> bad = good;
    bad.append(
        {2, QStringLiteral("second"),
         QStringLiteral(
             "CREATE TABLE b (y INTEGER); INSERT INTO a VALUES (1); INSERT INTO missing VALUES (2);")});
    Database db;
    const auto opened = db.open(path, bad);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("schema 2 (second)")));
    CHECK(opened.error().contains(QStringLiteral("missing")));

    Database check;
    REQUIRE(check.open(path, good).ok());
    CHECK(check.schemaVersion() == 1);
    CHECK(scalar(check, QStringLiteral("SELECT count(*) FROM a")) == QStringLiteral("0"));
    CHECK_FALSE(tables(check).contains(QStringLiteral("b")));
}

TEST_CASE("Migrations may skip a number but must increase", "[storage][database]")
{
    SECTION("a gap is taken in its stride")
    {
        Database db;
        REQUIRE(db.open(QStringLiteral(":memory:"),
                        {{1, QStringLiteral("a"), QStringLiteral("CREATE TABLE a (x);")},
                         {3, QStringLiteral("c"), QStringLiteral("CREATE TABLE c (x);")}})
                    .ok());
        CHECK(db.schemaVersion() == 3);
        CHECK(tables(db).contains(QStringLiteral("c")));
    }
    SECTION("a repeated or falling number is refused")
    {
        const QList<Database::Migration> lists[] = {
            {{2, QStringLiteral("b"), QStringLiteral("CREATE TABLE b (x);")},
             {1, QStringLiteral("a"), QStringLiteral("CREATE TABLE a (x);")}},
            {{1, QStringLiteral("a"), QStringLiteral("CREATE TABLE a (x);")},
             {1, QStringLiteral("b"), QStringLiteral("CREATE TABLE b (x);")}}};
        for (const auto &migrations : lists) {
            Database db;
            const auto opened = db.open(QStringLiteral(":memory:"), migrations);
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().contains(QStringLiteral("out of order")));
        }
    }
}

TEST_CASE("The bundled migrations increase, and the latest schema is the last one's", "[storage][database]")
{
    const QList<Database::Migration> bundled = Database::bundledMigrations();
    REQUIRE(bundled.size() >= 8);
    for (qsizetype i = 1; i < bundled.size(); ++i)
        CHECK(bundled[i - 1].version < bundled[i].version);
    CHECK(Database::latestSchemaVersion() == bundled.constLast().version);
    CHECK(Database::latestSchemaVersion() >= 9);  // the self-review rubric
    CHECK(Database::latestSchemaVersion() >= 11); // the key points
}

TEST_CASE("Two databases can be open at once", "[storage][database]")
{
    Database a;
    Database b;
    REQUIRE(a.open(QStringLiteral(":memory:")).ok());
    REQUIRE(b.open(QStringLiteral(":memory:")).ok());
    QSqlQuery query(a.connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO banks (id, title, language, version, source, imported_at) "
                                      "VALUES ('b', 'B', 'en', 1, 'bundled', 'now')")));
    CHECK(scalar(a, QStringLiteral("SELECT count(*) FROM banks")) == QStringLiteral("1"));
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM banks")) == QStringLiteral("0"));
}
