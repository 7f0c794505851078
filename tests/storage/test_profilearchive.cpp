// Hostile backups: archives built here with libarchive, entry by entry, exactly as an attacker would.
#include "core/takefiles.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/profilearchive.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace coach;

namespace {

struct Entry
{
    QByteArray name;
    QByteArray content;
    unsigned type = AE_IFREG;
    QByteArray link;     // symbolic link target
    QByteArray hardlink; // hard link target
};

Entry file(const QByteArray &name, const QByteArray &content)
{
    return Entry{name, content, AE_IFREG, {}, {}};
}
Entry special(const QByteArray &name, unsigned type)
{
    return Entry{name, {}, type, {}, {}};
}
Entry symlink(const QByteArray &name, const QByteArray &target)
{
    return Entry{name, {}, AE_IFLNK, target, {}};
}
Entry hardlink(const QByteArray &name, const QByteArray &target)
{
    return Entry{name, {}, AE_IFREG, {}, target};
}

// A valid database file's bytes, made once.
QByteArray profileDatabase(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("made.sqlite"));
    {
        Database database;
        coach::test::openWithBundledBank(database, path);
        database.close();
    }
    return coach::test::readFile(path);
}

QByteArray tarOf(const QList<Entry> &entries, bool gzip = false)
{
    archive *writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    if (gzip)
        archive_write_add_filter_gzip(writer);
    std::vector<char> buffer(64 * 1024 * 1024);
    size_t used = 0;
    REQUIRE(archive_write_open_memory(writer, buffer.data(), buffer.size(), &used) == ARCHIVE_OK);
    for (const Entry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_filetype(entry, e.type);
        archive_entry_set_perm(entry, 0644);
        if (!e.link.isEmpty())
            archive_entry_set_symlink(entry, e.link.constData());
        if (!e.hardlink.isEmpty())
            archive_entry_set_hardlink(entry, e.hardlink.constData());
        archive_entry_set_size(entry, e.type == AE_IFREG && e.hardlink.isEmpty() ? e.content.size() : 0);
        REQUIRE(archive_write_header(writer, entry) == ARCHIVE_OK);
        if (e.type == AE_IFREG && !e.content.isEmpty())
            archive_write_data(writer, e.content.constData(), static_cast<size_t>(e.content.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    return QByteArray(buffer.data(), static_cast<qsizetype>(used));
}

struct Scene
{
    QTemporaryDir root;
    QString profile = root.filePath(QStringLiteral("profile"));
    QString outside = root.filePath(QStringLiteral("outside.txt"));
    QByteArray database;

    Scene()
    {
        QDir().mkpath(profile);
        database = profileDatabase(root.path());
        coach::test::writeFile(QDir(profile).filePath(QStringLiteral("coach.sqlite")), database);
        coach::test::writeFile(outside, "outside, never to change");
    }
    QString write(const char *name, const QByteArray &bytes) const
    {
        const QString path = root.filePath(QString::fromLatin1(name));
        coach::test::writeFile(path, bytes);
        return path;
    }
    // Nothing changed: the outside file, the profile's folder, and no folder left beside it.
    void checkUntouched() const
    {
        CHECK(coach::test::readFile(outside) == "outside, never to change");
        CHECK(coach::test::readFile(QDir(profile).filePath(QStringLiteral("coach.sqlite"))) == database);
        CHECK(QDir(root.path())
                  .entryList({QStringLiteral("profile.*")}, QDir::AllEntries | QDir::System | QDir::Hidden)
                  .isEmpty());
    }
};

} // namespace

TEST_CASE("A hostile backup is refused with a message and changes nothing", "[storage][archive]")
{
    Scene s;
    const QByteArray take = "take";
    struct Case
    {
        const char *what;
        QList<Entry> entries;
        const char *message;
    };
    const QByteArray outsidePath = s.outside.toUtf8();
    const Entry database = file("coach.sqlite", s.database);
    const QList<Case> cases{
        {"symlinked database", {symlink("coach.sqlite", outsidePath)}, "as a symbolic link"},
        {"symlinked recordings",
         {database, symlink("recordings", s.root.path().toUtf8())},
         "as a symbolic link"},
        {"FIFO take", {database, special("recordings/take.opus", AE_IFIFO)}, "as a FIFO"},
        {"device", {database, special("recordings/take.opus", AE_IFCHR)}, "a device"},
        {"hard link", {database, hardlink("recordings/take.opus", "coach.sqlite")}, "as a hard link"},
        {"recordings.sh", {database, file("recordings.sh", take)}, "not part of a profile"},
        {"recordingsX", {database, file("recordingsX/a.opus", take)}, "not part of a profile"},
        {"not a take", {database, file("recordings/a.sh", take)}, "not part of a profile"},
        {"subfolder", {database, file("recordings/x/a.opus", take)}, "not part of a profile"},
        {"absolute", {database, file(outsidePath, take)}, "points outside the profile"},
        {"dot-dot", {database, file("recordings/../../outside.txt", take)}, "points outside the profile"},
        {"twice", {database, file("./coach.sqlite", s.database)}, "twice"},
        {"no database", {file("recordings/a.opus", take)}, "holds no database"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QByteArray bytes = tarOf(c.entries);
        const Status inMemory = ProfileArchive::checkEntries(bytes, QStringLiteral("hostile.tar"));
        INFO(inMemory.error());
        CHECK(inMemory.error().contains(QString::fromLatin1(c.message)));
        const QString path = s.write("hostile.tar", bytes);
        const Status checked = ProfileArchive::check(path);
        CHECK(checked.error().contains(QString::fromLatin1(c.message)));
        const auto restored = ProfileArchive::restore(path, s.profile);
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().contains(QString::fromLatin1(c.message)));
        s.checkUntouched();
    }

    SECTION("compressed input is refused")
    {
        const QByteArray bytes = tarOf({file("coach.sqlite", s.database)}, true);
        CHECK(ProfileArchive::checkEntries(bytes, QStringLiteral("z.tar.gz"))
                  .error()
                  .contains(QStringLiteral("is compressed (gzip)")));
        CHECK_FALSE(ProfileArchive::restore(s.write("z.tar.gz", bytes), s.profile).ok());
        s.checkUntouched();
    }
    SECTION("a FIFO given as the archive answers at once")
    {
        const QString fifo = s.root.filePath(QStringLiteral("fifo.tar"));
        REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
        CHECK(ProfileArchive::check(fifo).error().contains(QStringLiteral("is not a file")));
        CHECK_FALSE(ProfileArchive::restore(fifo, s.profile).ok());
    }
    SECTION("sizes beyond the free space are refused before anything is written")
    {
        // A GNU size field in base 256 claiming 2^60 bytes, with the header's checksum made right again.
        QByteArray bytes = tarOf({file("coach.sqlite", s.database), file("recordings/big.opus", take)});
        const qsizetype header = bytes.indexOf("recordings/big.opus");
        REQUIRE(header >= 0);
        bytes[header + 124] = char(0x80);
        for (int i = 125; i < 136; ++i)
            bytes[header + i] = i == 128 ? char(0x10) : char(0);
        for (int i = 148; i < 156; ++i)
            bytes[header + i] = ' ';
        unsigned sum = 0;
        for (int i = 0; i < 512; ++i)
            sum += static_cast<unsigned char>(bytes[header + i]);
        const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ';
        bytes.replace(header + 148, 8, checksum);
        const auto restored = ProfileArchive::restore(s.write("huge.tar", bytes), s.profile);
        REQUIRE_FALSE(restored.ok());
        INFO(restored.error());
        CHECK(restored.error().contains(QStringLiteral("There is not enough room")));
        s.checkUntouched();
    }
}

TEST_CASE("A sound backup restores: './' names, the new writer's format and the old tar program's",
          "[storage][archive]")
{
    Scene s;
    const QByteArray take = "the take's audio";
    const QString takeName = takeRelativePath(QStringLiteral("be-q"), QDateTime::currentDateTimeUtc());

    SECTION("'./coach.sqlite' is the database")
    {
        const QString path =
            s.write("dot.tar", tarOf({file("./coach.sqlite", s.database), special("./recordings/", AE_IFDIR),
                                      file("./" + takeName.toUtf8(), take)}));
        REQUIRE(ProfileArchive::check(path).ok());
        REQUIRE(ProfileArchive::restore(path, s.profile).ok());
        CHECK(coach::test::readFile(QDir(s.profile).filePath(takeName)) == take);
    }
    SECTION("what create writes, restore reads")
    {
        QDir().mkpath(QDir(s.profile).filePath(QLatin1String(kRecordingsDir)));
        coach::test::writeFile(QDir(s.profile).filePath(takeName), take);
        // Not part of the backup: a link out of the profile and a FIFO among the takes.
        QFile::link(s.outside, QDir(s.profile).filePath(QStringLiteral("recordings/link.opus")));
        QProcess::execute(QStringLiteral("mkfifo"),
                          {QDir(s.profile).filePath(QStringLiteral("recordings/f.opus"))});
        const QString archive = s.root.filePath(QStringLiteral("made.tar"));
        {
            Database database;
            REQUIRE(database.open(QDir(s.profile).filePath(QStringLiteral("coach.sqlite"))).ok());
            REQUIRE(ProfileArchive::create(database, s.profile, archive).ok());
        }
        REQUIRE(
            ProfileArchive::checkEntries(coach::test::readFile(archive), QStringLiteral("made.tar")).ok());
        const auto previous = ProfileArchive::restore(archive, s.profile);
        REQUIRE(previous.ok());
        CHECK(coach::test::readFile(QDir(s.profile).filePath(takeName)) == take);
        CHECK_FALSE(QFileInfo::exists(QDir(s.profile).filePath(QStringLiteral("recordings/link.opus"))));
        CHECK_FALSE(QFileInfo::exists(QDir(s.profile).filePath(QStringLiteral("recordings/f.opus"))));
        CHECK(coach::test::readFile(s.outside) == "outside, never to change");
    }
    SECTION("an archive made by the tar program, as the earlier versions did")
    {
        if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty()) {
            WARN("tar is not installed: the old archive format is not tried");
            return;
        }
        QTemporaryDir work;
        coach::test::writeFile(work.filePath(QStringLiteral("coach.sqlite")), s.database);
        QDir().mkpath(QDir(s.profile).filePath(QLatin1String(kRecordingsDir)));
        coach::test::writeFile(QDir(s.profile).filePath(takeName), take);
        const QString path = s.root.filePath(QStringLiteral("old.tar"));
        REQUIRE(QProcess::execute(QStringLiteral("tar"),
                                  {QStringLiteral("-cf"), path, QStringLiteral("-C"), work.path(),
                                   QStringLiteral("coach.sqlite"), QStringLiteral("-C"), s.profile,
                                   QStringLiteral("recordings")}) == 0);
        QFile::remove(QDir(s.profile).filePath(takeName));
        REQUIRE(ProfileArchive::restore(path, s.profile).ok());
        CHECK(coach::test::readFile(QDir(s.profile).filePath(takeName)) == take);
    }
    CHECK(QDir(s.root.path()).entryList({QStringLiteral("profile.restoring-*")}, QDir::AllEntries).isEmpty());
}

TEST_CASE("A folder without a profile is not backed up, and leftovers of a killed restore go",
          "[storage][archive]")
{
    QTemporaryDir root;
    const QString empty = root.filePath(QStringLiteral("empty"));
    const QString archive = root.filePath(QStringLiteral("b.tar"));
    {
        // A database opened in memory for a folder that holds none: nothing is written.
        Database database;
        REQUIRE(database.open(QStringLiteral(":memory:")).ok());
        const Status made = ProfileArchive::create(database, empty, archive);
        CHECK(made.error().contains(QStringLiteral("holds no profile to back up")));
    }
    CHECK_FALSE(QFileInfo::exists(empty));
    CHECK_FALSE(QFileInfo::exists(archive));
    CHECK_FALSE(QFileInfo::exists(archive + QStringLiteral(".partial")));
    CHECK_FALSE(ProfileArchive::holdsProfile(root.filePath(QStringLiteral("nothing"))).ok());

    const QString profile = root.filePath(QStringLiteral("p"));
    QDir().mkpath(profile + QStringLiteral(".restoring-20261101-100000/recordings"));
    coach::test::writeFile(profile + QStringLiteral(".restoring-20261101-100000/coach.sqlite"), "half");
    const QString outside = root.filePath(QStringLiteral("keep"));
    QDir().mkpath(outside);
    coach::test::writeFile(QDir(outside).filePath(QStringLiteral("a")), "kept");
    QFile::link(outside, profile + QStringLiteral(".restoring-20261102-100000"));
    // Neighbours that only look alike stay: another profile's leftover, the profile's own name with more
    // after it, a restore's folder put aside on purpose.
    for (const char *name :
         {"pp.restoring-20261101-100000", "p.restoring", "p.before-restore-20261101-100000"})
        QDir().mkpath(root.filePath(QString::fromLatin1(name)));
    const QStringList removed = ProfileArchive::removeLeftoverRestores(profile);
    CHECK(removed == QStringList{profile + QStringLiteral(".restoring-20261101-100000"),
                                 profile + QStringLiteral(".restoring-20261102-100000")});
    CHECK(
        QDir(root.path()).entryList({QStringLiteral("p*.*")}, QDir::AllEntries | QDir::System, QDir::Name) ==
        QStringList{QStringLiteral("p.before-restore-20261101-100000"), QStringLiteral("p.restoring"),
                    QStringLiteral("pp.restoring-20261101-100000")});
    CHECK(coach::test::readFile(QDir(outside).filePath(QStringLiteral("a"))) == "kept");
}
