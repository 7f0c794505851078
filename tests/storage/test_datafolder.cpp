#include "storage/database.h"
#include "storage/datafolder.h"
#include "support/mounts.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace coach;

using coach::test::canUpdate;
using coach::test::countQuestions;

TEST_CASE("A data folder that can take files passes, and the check leaves nothing behind",
          "[storage][folder]")
{
    QTemporaryDir dir;
    const QString nested = dir.filePath(QStringLiteral("a/b/profile"));
    CHECK(DataFolder::checkWritable(nested).ok());
    CHECK(QDir(nested).exists());
    CHECK(QDir(nested).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    coach::test::writeFile(dir.filePath(QStringLiteral("file")), "in the way");
    const Status blocked = DataFolder::checkWritable(dir.filePath(QStringLiteral("file/profile")));
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().contains(QStringLiteral("cannot be created")));
}

TEST_CASE("A read-only folder and a full disk are named by the check", "[storage][folder][.mount]")
{
    QTemporaryDir dir;
    SECTION("read-only")
    {
        coach::test::Mount mount = coach::test::Mount::readOnly(dir.path());
        coach::test::requireMounted(mount);
        const Status refused = DataFolder::checkWritable(dir.path());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("cannot be written to")));
        CHECK(refused.error().contains(QStringLiteral("Read-only file system")));
    }
    SECTION("full")
    {
        coach::test::Mount mount = coach::test::Mount::smallDisk(dir.path(), 64);
        coach::test::requireMounted(mount);
        CHECK(DataFolder::checkWritable(dir.path()).ok());
        const QString filler = coach::test::fillDisk(dir.path());
        const Status refused = DataFolder::checkWritable(dir.path());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("No space left on device")));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QStringLiteral("filler.bin")});
        QFile::remove(filler);
        CHECK(DataFolder::checkWritable(dir.path()).ok()); // room again
    }
}

TEST_CASE("A database in a read-only folder is read as it is and never written", "[storage][folder][.mount]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    {
        Database created;
        coach::test::openWithBundledBank(created, path);
    } // closed: the write-ahead log is folded in and removed, as after a normal end of the program
    const QByteArray before = coach::test::readFile(path);
    const int questions = [&] {
        Database reader;
        REQUIRE(reader.open(path).ok());
        return countQuestions(reader);
    }();
    REQUIRE(questions > 0);

    coach::test::Mount mount = coach::test::Mount::readOnly(dir.path());
    coach::test::requireMounted(mount);
    Database database;
    CHECK_FALSE(database.open(path).ok()); // writing (the log) is what fails in a read-only folder
    REQUIRE(database.openReadOnly(path).ok());
    CHECK(database.isReadOnly());
    CHECK(countQuestions(database) == questions);
    CHECK_FALSE(canUpdate(database));
    database.close();
    mount.unmount();
    CHECK(coach::test::readFile(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("coach.sqlite")});
}

TEST_CASE("Read-only: an older schema is refused untouched, a missing file gives an empty stand-in",
          "[storage][folder]")
{
    QTemporaryDir dir;
    SECTION("older schema")
    {
        const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
        {
            QList<Database::Migration> first = Database::bundledMigrations();
            first.removeLast();
            Database old;
            REQUIRE(old.open(path, first).ok());
        }
        const QByteArray before = coach::test::readFile(path);
        Database database;
        const Status refused = database.openReadOnly(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("needs an update")));
        CHECK(coach::test::readFile(path) == before);
    }
    SECTION("no file")
    {
        const QString path = dir.filePath(QStringLiteral("none.sqlite"));
        Database database;
        REQUIRE(database.openReadOnly(path).ok());
        CHECK(database.isReadOnly());
        CHECK(database.path() == QStringLiteral(":memory:"));
        CHECK(database.schemaVersion() == Database::latestSchemaVersion());
        CHECK_FALSE(QFile::exists(path));
    }
}
