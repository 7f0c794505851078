#include "storage/profilearchive.h"

#include "storage/libarchive.h"

#include "core/takefiles.h"
#include "storage/archiveentries.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <functional>
#include <limits>
#include <memory>

namespace coach {

namespace {

using Listing = ArchiveEntries::Listing;
using FileVisitor = ArchiveEntries::FileVisitor;
using Reader = ArchiveEntries::Reader;

struct WriterFree
{
    void operator()(archive *a) const { libarchive().write_free(a); }
};
struct EntryFree
{
    void operator()(archive_entry *e) const { libarchive().entry_free(e); }
};
using Writer = std::unique_ptr<archive, WriterFree>;

QString archiveError(archive *a)
{
    return ArchiveEntries::errorOf(a);
}

const char kDatabaseName[] = "coach.sqlite";
const char kSettingsName[] = "settings.ini";
constexpr size_t kBlockSize = 64 * 1024;
// Kept free beyond what the archive's files take, so a restore does not fill the disk to the last byte.
constexpr qint64 kSpareBytes = 16 * 1024 * 1024;

Result<Listing> scanFile(const QString &archivePath, const FileVisitor &onFile)
{
    using R = Result<Listing>;
    if (const auto library = LibArchive::load(); !library)
        return R::failure(library.error());
    const QString name = QFileInfo(archivePath).fileName();
    // Opened here, not by libarchive, so that a FIFO or device in its place is refused, never waited on.
    const int fd = ::open(QFile::encodeName(archivePath).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return R::failure(
            ProfileArchive::tr("%1 cannot be read: %2").arg(name, QString::fromLocal8Bit(strerror(errno))));
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return R::failure(ProfileArchive::tr("%1 is not a file.").arg(name));
    }
    char start[8] = {};
    const ssize_t got = ::pread(fd, start, sizeof start, 0);
    if (const QString compression =
            ArchiveEntries::compressionOf(QByteArray(start, std::max<ssize_t>(got, 0)));
        !compression.isEmpty()) {
        ::close(fd);
        return R::failure(
            ProfileArchive::tr("%1 is compressed (%2); only an uncompressed backup (.tar) is restored.")
                .arg(name, compression));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    Reader reader = ArchiveEntries::newReader();
    if (libarchive().read_open_fd(reader.get(), fd, kBlockSize) != ARCHIVE_OK) {
        ::close(fd);
        return R::failure(
            ProfileArchive::tr("%1 is not a profile backup (%2).").arg(name, archiveError(reader.get())));
    }
    Result<Listing> listing = ArchiveEntries::scan(reader.get(), name, onFile);
    reader.reset();
    ::close(fd);
    return listing;
}

// The entry's data into a new file at target, which must not exist (nor be a link).
Status writeData(archive *reader, const QString &target)
{
    const int fd = ::open(QFile::encodeName(target).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return Status::failure(
            ProfileArchive::tr("%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(strerror(errno))));
    std::vector<char> block(kBlockSize);
    QString problem;
    for (;;) {
        const la_ssize_t got = libarchive().read_data(reader, block.data(), block.size());
        if (got == 0)
            break;
        if (got < 0) {
            problem = archiveError(reader);
            break;
        }
        for (la_ssize_t done = 0; done < got && problem.isEmpty();) {
            const ssize_t written = ::write(fd, block.data() + done, static_cast<size_t>(got - done));
            if (written < 0 && errno != EINTR)
                problem = QString::fromLocal8Bit(strerror(errno));
            done += std::max<ssize_t>(written, 0);
        }
        if (!problem.isEmpty())
            break;
    }
    if (::close(fd) != 0 && problem.isEmpty())
        problem = QString::fromLocal8Bit(strerror(errno));
    if (!problem.isEmpty())
        return Status::failure(
            ProfileArchive::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), problem));
    return Status::success();
}

qint64 roomIn(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

Status checkRoom(const QString &folder, qint64 bytes, qint64 available)
{
    if (available >= 0 && bytes + kSpareBytes > available)
        return Status::failure(
            ProfileArchive::tr("There is not enough room in %1: the backup needs %2 MB, %3 MB are free.")
                .arg(QDir::toNativeSeparators(folder))
                .arg((bytes + kSpareBytes) / (1024 * 1024))
                .arg(available / (1024 * 1024)));
    return Status::success();
}

Status checkRoom(const QString &folder, qint64 bytes)
{
    return checkRoom(folder, bytes, roomIn(folder));
}

QString checkDatabase(const QString &path)
{
    const QString connection = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
            problem = ProfileArchive::tr("its database cannot be read");
        else if (query.value(0).toString() != QLatin1String("ok"))
            problem = ProfileArchive::tr("its database is damaged (%1)").arg(query.value(0).toString());
        else if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next() &&
                 query.value(0).toInt() > Database::latestSchemaVersion())
            problem = ProfileArchive::tr("it was made by a newer version of Interview Coach");
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

Status addFile(archive *writer, const QString &path, const QString &entryName)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Status::failure(QString::fromLocal8Bit(strerror(errno)));
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return Status::success(); // only regular files belong in a backup
    }
    std::unique_ptr<archive_entry, EntryFree> entry(libarchive().entry_new());
    libarchive().entry_set_pathname_utf8(entry.get(), entryName.toUtf8().constData());
    libarchive().entry_set_filetype(entry.get(), AE_IFREG);
    libarchive().entry_set_perm(entry.get(), 0644);
    libarchive().entry_set_size(entry.get(), info.st_size);
    libarchive().entry_set_mtime(entry.get(), info.st_mtime, 0);
    QString problem;
    if (libarchive().write_header(writer, entry.get()) != ARCHIVE_OK)
        problem = archiveError(writer);
    std::vector<char> block(kBlockSize);
    for (qint64 left = info.st_size; problem.isEmpty() && left > 0;) {
        const ssize_t got = ::read(fd, block.data(), static_cast<size_t>(std::min<qint64>(left, kBlockSize)));
        if (got <= 0) {
            problem =
                got < 0 ? QString::fromLocal8Bit(strerror(errno)) : ProfileArchive::tr("the file shrank");
            break;
        }
        if (libarchive().write_data(writer, block.data(), static_cast<size_t>(got)) != got)
            problem = archiveError(writer);
        left -= got;
    }
    ::close(fd);
    return problem.isEmpty() ? Status::success() : Status::failure(problem);
}

Status writeArchive(const QString &partial, const QString &databaseCopy, const QString &dataDir)
{
    Writer writer(libarchive().write_new());
    libarchive().write_set_format_pax_restricted(writer.get());
    if (libarchive().write_open_filename(writer.get(), QFile::encodeName(partial).constData()) != ARCHIVE_OK)
        return Status::failure(archiveError(writer.get()));
    if (Status s = addFile(writer.get(), databaseCopy, QLatin1String(kDatabaseName)); !s)
        return s;
    const QFileInfo recordings(QDir(dataDir).filePath(QLatin1String(kRecordingsDir)));
    if (recordings.isDir() && !recordings.isSymLink()) {
        std::unique_ptr<archive_entry, EntryFree> folder(libarchive().entry_new());
        libarchive().entry_set_pathname_utf8(folder.get(), kRecordingsDir);
        libarchive().entry_set_filetype(folder.get(), AE_IFDIR);
        libarchive().entry_set_perm(folder.get(), 0755);
        if (libarchive().write_header(writer.get(), folder.get()) != ARCHIVE_OK)
            return Status::failure(archiveError(writer.get()));
        const QDir dir(recordings.filePath());
        for (const QString &file :
             dir.entryList({QStringLiteral("*.opus")}, QDir::Files | QDir::NoSymLinks, QDir::Name)) {
            const QString entryName = QLatin1String(kRecordingsDir) + u'/' + file;
            if (!ArchiveEntries::isRecordingName(entryName))
                continue;
            if (Status s = addFile(writer.get(), dir.filePath(file), entryName); !s)
                return s;
        }
    }
    if (libarchive().write_close(writer.get()) != ARCHIVE_OK)
        return Status::failure(archiveError(writer.get()));
    return Status::success();
}

} // namespace

Status ProfileArchive::holdsProfile(const QString &dataDir)
{
    const QFileInfo database(QDir(dataDir).filePath(QLatin1String(kDatabaseName)));
    if (database.isFile() && !database.isSymLink())
        return Status::success();
    return Status::failure(tr("%1 holds no profile to back up.").arg(QDir::toNativeSeparators(dataDir)));
}

Status ProfileArchive::create(Database &database, const QString &dataDir, const QString &archivePath)
{
    if (const auto library = LibArchive::load(); !library)
        return Status::failure(library.error());
    if (Status held = holdsProfile(dataDir); !held)
        return held;
    QTemporaryDir work;
    if (!work.isValid())
        return Status::failure(tr("A temporary folder cannot be created."));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(work.filePath(QLatin1String(kDatabaseName)));
    if (!query.exec())
        return Status::failure(tr("The database cannot be copied: %1").arg(query.lastError().text()));
    const QString partial = archivePath + QStringLiteral(".partial");
    if (Status made = writeArchive(partial, work.filePath(QLatin1String(kDatabaseName)), dataDir); !made) {
        QFile::remove(partial);
        return Status::failure(tr("The backup cannot be written to %1: %2")
                                   .arg(QDir::toNativeSeparators(archivePath), made.error()));
    }
    QFile::remove(archivePath);
    if (!QFile::rename(partial, archivePath)) {
        QFile::remove(partial);
        return Status::failure(
            tr("The backup cannot be written to %1.").arg(QDir::toNativeSeparators(archivePath)));
    }
    return Status::success();
}

Status ProfileArchive::checkEntries(const QByteArray &bytes, const QString &name)
{
    const auto listing = ArchiveEntries::scanMemory(bytes, name);
    if (!listing)
        return Status::failure(listing.error());
    if (!listing->hasDatabase)
        return Status::failure(tr("%1 holds no database (%2).").arg(name, QLatin1String(kDatabaseName)));
    return Status::success();
}

Status ProfileArchive::check(const QString &archivePath)
{
    const QString name = QFileInfo(archivePath).fileName();
    QTemporaryDir work;
    if (!work.isValid())
        return Status::failure(tr("A temporary folder cannot be created."));
    const QString databaseCopy = work.filePath(QLatin1String(kDatabaseName));
    const auto listing = scanFile(archivePath, [&](archive *reader, const QString &entryName, qint64 size) {
        if (entryName != QLatin1String(kDatabaseName))
            return Status::success();
        if (Status room = checkRoom(work.path(), size); !room)
            return room;
        return writeData(reader, databaseCopy);
    });
    if (!listing)
        return Status::failure(listing.error());
    if (!listing->hasDatabase)
        return Status::failure(tr("%1 holds no database (%2).").arg(name, QLatin1String(kDatabaseName)));
    if (const QString problem = checkDatabase(databaseCopy); !problem.isEmpty())
        return Status::failure(tr("%1 cannot be restored: %2.").arg(name, problem));
    return Status::success();
}

Result<QString> ProfileArchive::restore(const QString &archivePath, const QString &dataDir,
                                        const QDateTime &now)
{
    using R = Result<QString>;
    const QString profile = QDir(dataDir).absolutePath();
    const QString parent = QFileInfo(profile).absolutePath();
    // The sizes the headers declare, against the free space, before anything is written (and as each
    // header is read, so that a claim of more than the disk holds stops the reading at once).
    const qint64 available = roomIn(parent);
    qint64 total = 0;
    const auto listing = scanFile(archivePath, [&](archive *, const QString &, qint64 size) {
        total += size;
        return checkRoom(parent, total, available);
    });
    if (!listing)
        return R::failure(listing.error());
    if (Status room = checkRoom(QDir::tempPath(), listing->databaseBytes); !room)
        return R::failure(room.error());
    if (Status s = check(archivePath); !s)
        return R::failure(s.error());
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString incoming = profile + QStringLiteral(".restoring-") + stamp;
    const QString previous = profile + QStringLiteral(".before-restore-") + stamp;
    removeLeftoverRestores(profile);
    if (!QDir().mkdir(incoming))
        return R::failure(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(incoming)));
    const auto unpacked = scanFile(archivePath, [&](archive *reader, const QString &entryName, qint64) {
        if (entryName.startsWith(QLatin1String(kRecordingsDir) + u'/'))
            QDir(incoming).mkdir(QLatin1String(kRecordingsDir));
        return writeData(reader, QDir(incoming).filePath(entryName));
    });
    if (!unpacked) {
        QDir(incoming).removeRecursively();
        return R::failure(tr("The backup cannot be unpacked: %1").arg(unpacked.error()));
    }
    const QString settings = QDir(profile).filePath(QLatin1String(kSettingsName));
    if (QFileInfo::exists(settings))
        QFile::copy(settings, QDir(incoming).filePath(QLatin1String(kSettingsName)));
    if (QFileInfo::exists(profile) && !QDir().rename(profile, previous)) {
        QDir(incoming).removeRecursively();
        return R::failure(tr("The current profile %1 cannot be put aside; nothing was changed.")
                              .arg(QDir::toNativeSeparators(profile)));
    }
    if (!QDir().rename(incoming, profile)) {
        QDir().rename(previous, profile);
        QDir(incoming).removeRecursively();
        return R::failure(tr("The restored profile cannot be moved into place; the current one was kept."));
    }
    return previous;
}

QStringList ProfileArchive::removeLeftoverRestores(const QString &dataDir)
{
    const QFileInfo profile(QDir(dataDir).absolutePath());
    const QDir parent(profile.absolutePath());
    QStringList removed;
    // Every start looks, and the parent can be a crowded folder (a profile in /tmp): the names are compared
    // as the system lists them, and only a match is looked at further.
    const QByteArray prefix = QFile::encodeName(profile.fileName() + QStringLiteral(".restoring-"));
    const std::unique_ptr<DIR, int (*)(DIR *)> listing(
        ::opendir(QFile::encodeName(parent.path()).constData()), &::closedir);
    QStringList found;
    while (const dirent *entry = listing ? ::readdir(listing.get()) : nullptr) {
        if (std::strncmp(entry->d_name, prefix.constData(), static_cast<size_t>(prefix.size())) == 0)
            found << parent.filePath(QFile::decodeName(entry->d_name));
    }
    found.sort();
    for (const QString &path : std::as_const(found)) {
        const QFileInfo entry(path);
        const bool gone =
            entry.isDir() && !entry.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (gone)
            removed << path;
    }
    return removed;
}

Status ProfileArchive::deleteAll(const QString &dataDir)
{
    QDir dir(dataDir);
    QStringList problems;
    for (const QFileInfo &entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (entry.fileName() == QLatin1String(kSettingsName))
            continue;
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                                 : QFile::remove(entry.filePath());
        if (!removed)
            problems << QDir::toNativeSeparators(entry.filePath());
    }
    if (!problems.isEmpty())
        return Status::failure(tr("These could not be deleted: %1").arg(problems.join(QStringLiteral(", "))));
    return Status::success();
}

} // namespace coach
