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
    // Writes the archive: a consistent copy of the open database and the recordings folder.
    static Status create(Database &database, const QString &dataDir, const QString &archivePath);
    // Reads the archive without changing anything: only "coach.sqlite" and files under "recordings/", no
    // absolute paths or "..", and a database that passes PRAGMA integrity_check and is not newer than this
    // program.
    static Status check(const QString &archivePath);
    // Replaces the profile in dataDir (the program must not have it open). Returns where the previous
    // profile now is. The settings file of the current profile stays.
    static Result<QString> restore(const QString &archivePath, const QString &dataDir,
                                   const QDateTime &now = QDateTime::currentDateTime());
    // Deletes the profile's data (database, recordings, trash, backups): the folder is emptied but for its
    // settings file.
    static Status deleteAll(const QString &dataDir);
};

} // namespace coach
