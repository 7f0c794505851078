// The entry checks of a profile backup over libarchive: which names, types and sizes a backup may hold.
// Apart from ProfileArchive (QtCore and libarchive only), so that the fuzzer drives exactly this code.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

struct archive;

namespace coach {

class ArchiveEntries final
{
public:
    // What the checks found: the files' sizes, for the free-space checks.
    struct Listing
    {
        bool hasDatabase = false;
        qint64 databaseBytes = 0;
        qint64 totalBytes = 0;
    };
    struct ReaderFree
    {
        void operator()(archive *a) const;
    };
    using Reader = std::unique_ptr<archive, ReaderFree>;
    // Called for each accepted regular file with its normalised name; the reader stands at its data.
    using FileVisitor = std::function<Status(archive *reader, const QString &entryName, qint64 size)>;

    // Only the tar formats, and no decompression filter: a compressed file is not recognised at all.
    static Reader newReader();
    static QString errorOf(archive *a);
    // "gzip", "bzip2", "xz", "zstd" by the first bytes; empty for anything else.
    static QString compressionOf(const QByteArray &start);
    // "recordings/<name>.opus", one level deep.
    static bool isRecordingName(const QString &name);
    // Every entry checked, in order (see ProfileArchive::checkEntries for the rules); onFile sees each
    // accepted regular file before the next header is read. name is the archive as shown in messages.
    static Result<Listing> scan(archive *reader, const QString &name, const FileVisitor &onFile);
    // The same over an archive held in memory.
    static Result<Listing> scanMemory(const QByteArray &bytes, const QString &name);
};

} // namespace coach
