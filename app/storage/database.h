// Owns the one SQLite connection: opens the file, refuses what it cannot understand, applies migrations.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    Status migrate(const QList<Migration> &migrations);
    Status fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    int m_latestForCheck = 0;
};

} // namespace coach
