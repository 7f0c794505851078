// Automatic copies of the database: one before each schema update and one a day, the last 7 kept, in
// backups/ of the data folder. A damaged database is put aside (never deleted) when a copy replaces it.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace coach {

class Database;

class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int kKept = 7;

    explicit Backups(QString directory);

    // A consistent copy of the open database (VACUUM INTO), named after the time and the label; then only
    // the newest kKept stay. The time is the database's clock's.
    Result<QString> take(Database &database, const QString &label);
    // A copy unless one was taken on this day already.
    Result<QString> takeDaily(Database &database);
    // The copies, newest first (absolute paths).
    QStringList list() const;
    QString directory() const { return m_directory; }

    // Replaces the (closed) database at databasePath by the backup: the damaged file and its -wal and -shm
    // move aside to "<name>.damaged-<time>" first. Returns where the damaged file now is.
    static Result<QString> restore(const QString &backup, const QString &databasePath,
                                   const QDateTime &now = QDateTime::currentDateTime());

private:
    void prune();
    QString m_directory;
};

} // namespace coach
