#include "storage/archiveentries.h"

#include "core/takefiles.h"
#include "storage/libarchive.h"
#include "storage/profilearchive.h"

#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace coach {

namespace {

const char kDatabaseName[] = "coach.sqlite";

QString typeName(archive_entry *entry)
{
    if (libarchive().entry_hardlink(entry))
        return ProfileArchive::tr("a hard link");
    switch (libarchive().entry_filetype(entry)) {
    case AE_IFREG:
    case AE_IFDIR:
        return {};
    case AE_IFLNK:
        return ProfileArchive::tr("a symbolic link");
    case AE_IFCHR:
    case AE_IFBLK:
        return ProfileArchive::tr("a device");
    case AE_IFIFO:
        return ProfileArchive::tr("a FIFO");
    case AE_IFSOCK:
        return ProfileArchive::tr("a socket");
    default:
        return ProfileArchive::tr("a special file");
    }
}

// "./a/b/" -> "a/b"; empty when a component is empty, ".", ".." or the name is absolute.
QString normalisedName(QString name, bool *escapes)
{
    *escapes = name.startsWith(u'/');
    while (name.startsWith(QLatin1String("./")))
        name.remove(0, 2);
    if (name.endsWith(u'/'))
        name.chop(1);
    const QStringList parts = name.split(u'/');
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            *escapes = true;
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return {};
    }
    return name;
}

Status checkOneEntry(archive_entry *entry, const QString &name, QSet<QString> &seen, QString *normalised)
{
    const char *raw = libarchive().entry_pathname(entry);
    const QString shown = raw ? QString::fromUtf8(raw) : QString();
    bool escapes = false;
    const QString entryName = normalisedName(shown, &escapes);
    if (escapes)
        return Status::failure(
            ProfileArchive::tr("%1 holds the path \"%2\", which points outside the profile.")
                .arg(name, shown));
    if (const QString type = typeName(entry); !type.isEmpty())
        return Status::failure(
            ProfileArchive::tr("%1 holds \"%2\" as %3; only files and folders are restored.")
                .arg(name, shown, type));
    const bool isDir = libarchive().entry_filetype(entry) == AE_IFDIR;
    const bool known =
        isDir ? entryName == QLatin1String(kRecordingsDir)
              : entryName == QLatin1String(kDatabaseName) || ArchiveEntries::isRecordingName(entryName);
    if (!known)
        return Status::failure(
            ProfileArchive::tr("%1 holds \"%2\", which is not part of a profile.").arg(name, shown));
    if (seen.contains(entryName))
        return Status::failure(ProfileArchive::tr("%1 holds \"%2\" twice.").arg(name, entryName));
    seen.insert(entryName);
    *normalised = entryName;
    return Status::success();
}

} // namespace

void ArchiveEntries::ReaderFree::operator()(archive *a) const
{
    libarchive().read_free(a);
}

QString ArchiveEntries::errorOf(archive *a)
{
    const char *text = libarchive().error_string(a);
    return text ? QString::fromLocal8Bit(text) : ProfileArchive::tr("unknown error");
}

ArchiveEntries::Reader ArchiveEntries::newReader()
{
    Reader reader(libarchive().read_new());
    libarchive().read_support_format_tar(reader.get());
    return reader;
}

QString ArchiveEntries::compressionOf(const QByteArray &start)
{
    if (start.startsWith("\x1f\x8b"))
        return QStringLiteral("gzip");
    if (start.startsWith("BZh"))
        return QStringLiteral("bzip2");
    if (start.startsWith(QByteArray::fromHex("fd377a585a00")))
        return QStringLiteral("xz");
    if (start.startsWith(QByteArray::fromHex("28b52ffd")))
        return QStringLiteral("zstd");
    return {};
}

bool ArchiveEntries::isRecordingName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^recordings/[^/\x00-\x1f]+\.opus$)"));
    return pattern.match(name).hasMatch();
}

Result<ArchiveEntries::Listing> ArchiveEntries::scan(archive *reader, const QString &name,
                                                     const FileVisitor &onFile)
{
    using R = Result<Listing>;
    Listing listing;
    QSet<QString> seen;
    for (;;) {
        archive_entry *entry = nullptr;
        const int read = libarchive().read_next_header(reader, &entry);
        if (read == ARCHIVE_EOF)
            break;
        if (read < ARCHIVE_WARN)
            return R::failure(
                ProfileArchive::tr("%1 is not a profile backup (%2).").arg(name, errorOf(reader)));
        QString entryName;
        if (Status s = checkOneEntry(entry, name, seen, &entryName); !s)
            return R::failure(s.error());
        if (libarchive().entry_filetype(entry) != AE_IFREG)
            continue;
        const qint64 size = libarchive().entry_size_is_set(entry) ? libarchive().entry_size(entry) : -1;
        if (size < 0 || size > std::numeric_limits<qint64>::max() / 4 - listing.totalBytes)
            return R::failure(ProfileArchive::tr("%1 gives \"%2\" an impossible size.").arg(name, entryName));
        listing.totalBytes += size;
        if (entryName == QLatin1String(kDatabaseName)) {
            listing.hasDatabase = true;
            listing.databaseBytes = size;
        }
        if (onFile) {
            if (Status s = onFile(reader, entryName, size); !s)
                return R::failure(s.error());
        }
    }
    if (listing.totalBytes == 0 && seen.isEmpty())
        return R::failure(ProfileArchive::tr("%1 is not a profile backup (%2).")
                              .arg(name, ProfileArchive::tr("it is empty")));
    return listing;
}

Result<ArchiveEntries::Listing> ArchiveEntries::scanMemory(const QByteArray &bytes, const QString &name)
{
    using R = Result<Listing>;
    if (const auto library = LibArchive::load(); !library)
        return R::failure(library.error());
    if (const QString compression = compressionOf(bytes.left(8)); !compression.isEmpty())
        return R::failure(
            ProfileArchive::tr("%1 is compressed (%2); only an uncompressed backup (.tar) is restored.")
                .arg(name, compression));
    Reader reader = newReader();
    if (libarchive().read_open_memory(reader.get(), bytes.constData(), static_cast<size_t>(bytes.size())) !=
        ARCHIVE_OK)
        return R::failure(
            ProfileArchive::tr("%1 is not a profile backup (%2).").arg(name, errorOf(reader.get())));
    return scan(reader.get(), name, {});
}

} // namespace coach
