// Owns the one SQLite connection: opens the file, refuses what it cannot understand, applies migrations.
#pragma once

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

    QString m_connectionName;
    QString m_path;
    int m_latestForCheck = 0;
    bool m_damaged = false;
    std::function<Status(int, int)> m_beforeMigration;
};

} // namespace coach
