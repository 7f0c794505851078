// Owns the one SQLite connection: opens the file, refuses what it cannot understand, applies migrations.
#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace coach {

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating if needed) the database at path and brings its schema up to date.
    // ":memory:" gives a private in-memory database.
    Status open(const QString &path);
    // The same, with a given list of migrations instead of the bundled ones (for tests).
    Status open(const QString &path, const QList<Migration> &migrations);
    // For a data folder that cannot be written to: opens an existing database for reading only (refused
    // when its schema is not this version's, since updating it means writing). A missing file gives an empty
    // database in memory with the schema, for the bundled questions. Either way isReadOnly() holds and every
    // write fails; nothing reaches the folder.
    Status openReadOnly(const QString &path);
    bool isReadOnly() const { return m_readOnly; }
    void close();
    // Called before the first migration that changes an existing database (from, to: schema versions);
    // a failure stops the update with nothing changed. For the automatic backup.
    void setBeforeMigration(std::function<Status(int from, int to)> hook)
    {
        m_beforeMigration = std::move(hook);
    }
    // The last open() failed because PRAGMA quick_check (run before a schema update) found damage; nothing
    // was written to the file.
    bool isDamaged() const { return m_damaged; }
    // The last open() created the file or ran PRAGMA quick_check on it (before a schema update). A database
    // opened without the check is checked by an IntegrityCheck, with the connection held read-only meanwhile.
    bool isCheckedOnOpen() const { return m_checkedOnOpen; }
    // PRAGMA query_only: while on, every write on this connection fails and nothing reaches the file.
    Status setQueryOnly(bool on);
    // PRAGMA quick_check on an open connection: the first problems it names, in a message about path.
    // damaged: set when the failure is damage SQLite found, not a check that could not run (busy, no access).
    static Status quickCheck(const QSqlDatabase &connection, const QString &path, bool *damaged = nullptr);
    // Closes without folding the write-ahead log into the file, which SQLite otherwise does on the last
    // close: a damaged file stays exactly as it was found, its log beside it.
    void closeKeepingFile();

    // What stamps rows and compares dates for every repository over this connection: the system's clock
    // unless another is set (tests set one, so days and the 30-day trash do not depend on today).
    void setClock(const Clock &clock) { m_clock = &clock; }
    const Clock &clock() const { return *m_clock; }

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    static QList<Migration> bundledMigrations();
    static int latestSchemaVersion();

private:
    Status checkFileIsSqlite(const QString &path) const;
    static QString newerMessage(const QString &path, int found, int latest);
    Status applyPragmas();
    Status checkIntegrity();
    Status migrate(const QList<Migration> &migrations);
    Status fail(const QString &message);
    // Closed, with what the last open() found forgotten, before another open.
    void reset(bool readOnly);

    QString m_connectionName;
    QString m_path;
    int m_latestForCheck = 0;
    bool m_damaged = false;
    bool m_checkedOnOpen = false;
    bool m_readOnly = false;
    std::function<Status(int, int)> m_beforeMigration;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
};

} // namespace coach
