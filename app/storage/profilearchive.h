// The whole profile (database and recordings) as one tar archive, and back. A restore checks the archive
// first (its entries, and the database inside with SQLite's integrity check), unpacks it beside the profile,
// and swaps the folders only then; the previous profile is kept, renamed, until the swap succeeded.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace coach {

class Database;

class ProfileArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileArchive)

public:
    // Writes the archive (uncompressed POSIX tar, through libarchive): a consistent copy of the open
    // database and the regular *.opus files of the recordings folder. A data folder that holds no profile
    // (no coach.sqlite before this start, or a database created by this very open) is refused and no
    // archive is written.
    static Status create(Database &database, const QString &dataDir, const QString &archivePath);
    // Reads the archive without changing anything (see checkEntries), then unpacks the database to a
    // temporary folder: it must pass PRAGMA integrity_check and not be newer than this program.
    static Status check(const QString &archivePath);
    // The entry checks alone, on an archive held in memory (also what the fuzzer drives). Only an
    // uncompressed tar is read: compressed input is refused, so that what the headers declare is what the
    // file holds and a small file cannot expand without bound. Accepted: regular files and directories
    // only (no symbolic or hard links, devices or FIFOs), named exactly "coach.sqlite", "recordings" or
    // "recordings/<name>.opus" after a leading "./" is dropped; absolute names, "..", "." and empty
    // components are refused, as is a name seen twice. name is the file shown in messages.
    static Status checkEntries(const QByteArray &bytes, const QString &name);
    // Replaces the profile in dataDir (the program must not have it open). Returns where the previous
    // profile now is. The settings file of the current profile stays. The archive's files are written by
    // this program itself (O_EXCL | O_NOFOLLOW into a fresh folder) after their total size was checked
    // against the free space; a failed restore removes its "<profile>.restoring-<time>" folder.
    static Result<QString> restore(const QString &archivePath, const QString &dataDir,
                                   const QDateTime &now = QDateTime::currentDateTime());
    // Removes "<profile>.restoring-*" folders beside dataDir that a restore killed midway left behind
    // (for the start-up; a symbolic link of that name is removed, never followed). Returns what was
    // removed.
    static QStringList removeLeftoverRestores(const QString &dataDir);
    // Deletes the profile's data (database, recordings, trash, backups): the folder is emptied but for its
    // settings file.
    static Status deleteAll(const QString &dataDir);
    // The data folder holds a profile: coach.sqlite is there as a regular file.
    static Status holdsProfile(const QString &dataDir);
};

} // namespace coach
