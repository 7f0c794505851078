#include "storage/database.h"

#include "storage/sqlscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

#include <sqlite3.h>

// Resources of a static library must be registered by name, outside any namespace.
static void initStorageResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace coach {

namespace {

const char kMigrationsDir[] = ":/migrations";

// The schema version a list of migrations brings a database to.
int lastVersion(const QList<Database::Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("coach-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    initStorageResources();
}

Database::~Database()
{
    close();
}

QList<Database::Migration> Database::bundledMigrations()
{
    initStorageResources();
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+)_([a-z0-9_]+)\.sql$)"));
    QList<Migration> migrations;
    const QStringList files = QDir(QLatin1String(kMigrationsDir)).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(QLatin1String(kMigrationsDir) + u'/' + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Database::latestSchemaVersion()
{
    return lastVersion(bundledMigrations());
}

Status Database::open(const QString &path)
{
    return open(path, bundledMigrations());
}

Status Database::open(const QString &path, const QList<Migration> &migrations)
{
    reset(false);
    const bool inMemory = path == QLatin1String(":memory:");
    const int latest = lastVersion(migrations);
    m_latestForCheck = latest;
    if (!inMemory) {
        if (Status s = checkFileIsSqlite(path); !s)
            return s;
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(
                tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    m_path = path;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("The database %1 cannot be opened: %2")
                        .arg(QDir::toNativeSeparators(path), db.lastError().text()));

    // Checked before anything is written, so a newer program's database stays exactly as it was.
    const int current = schemaVersion();
    if (current < 0)
        return fail(tr("The file %1 is not a database Interview Coach can read. It was left unchanged.")
                        .arg(QDir::toNativeSeparators(path)));
    if (current > latest)
        return fail(newerMessage(path, current, latest));
    // Before a schema update (and its backup), the file is checked, before anything is written: a damaged
    // file is kept exactly as found. Otherwise the check would hold up the start of a large history (about
    // 140 ms for 100,000 attempts): IntegrityCheck runs it beside the start-up instead.
    if (current > 0 && current < latest) {
        if (Status s = checkIntegrity(); !s)
            return s;
    }
    m_checkedOnOpen = current < latest;
    if (Status s = applyPragmas(); !s)
        return s;
    return migrate(migrations);
}

Status Database::openReadOnly(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        Status opened = open(QStringLiteral(":memory:"));
        m_readOnly = true;
        return opened;
    }
    reset(true);
    const int latest = latestSchemaVersion();
    m_latestForCheck = latest;
    if (Status s = checkFileIsSqlite(path); !s)
        return s;
    m_path = path;
    // The file is read as it is on disk (immutable: no lock or shared-memory file is made beside it, which a
    // folder nobody can write to needs). Only a log left with content by a crash is read through SQLite's
    // log, which needs those files.
    QStringList names{QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                      QStringLiteral("?immutable=1")};
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        names.prepend(path);
    for (const QString &name : names) {
        close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(name);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open() && schemaVersion() >= 0)
            break;
    }
    const int current = schemaVersion();
    if (current < 0)
        return fail(tr("The database %1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(path), connection().lastError().text()));
    if (current > latest)
        return fail(newerMessage(path, current, latest));
    if (current < latest)
        return fail(tr("The database %1 needs an update for this version of Interview Coach, and the folder "
                       "it is in cannot be written to. It was left unchanged.")
                        .arg(QDir::toNativeSeparators(path)));
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return setQueryOnly(true);
}

QString Database::newerMessage(const QString &path, int found, int latest)
{
    return tr("The database %1 was written by a newer version of Interview Coach (schema %2; this version "
              "understands up to %3). It was left unchanged: please use the newer version.")
        .arg(QDir::toNativeSeparators(path))
        .arg(found)
        .arg(latest);
}

Status Database::checkFileIsSqlite(const QString &path) const
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return Status::success();
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("The database %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    static const QByteArray header("SQLite format 3\0", 16);
    const QByteArray start = file.read(64);
    if (!start.startsWith(header))
        return Status::failure(tr("The file %1 is not an SQLite database. It was left unchanged.")
                                   .arg(QDir::toNativeSeparators(path)));
    // user_version sits at offset 60 of the header (big-endian): a newer program's file is refused before
    // SQLite opens it, so not even a -wal or -shm file appears beside it.
    if (start.size() == 64) {
        const auto *b = reinterpret_cast<const uchar *>(start.constData() + 60);
        const int version = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
        if (version > m_latestForCheck)
            return Status::failure(newerMessage(path, version, m_latestForCheck));
    }
    return Status::success();
}

Status Database::applyPragmas()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(tr("The database cannot enforce its links: %1").arg(query.lastError().text()));
    if (m_path != QLatin1String(":memory:")) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
            query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(tr("The database %1 cannot switch to write-ahead logging: %2")
                            .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return Status::success();
}

Status Database::checkIntegrity()
{
    bool damaged = false;
    const Status checked = quickCheck(connection(), m_path, &damaged);
    if (checked)
        return checked;
    closeKeepingFile();
    m_damaged = damaged;
    return checked;
}

Status Database::quickCheck(const QSqlDatabase &connection, const QString &path, bool *damaged)
{
    if (damaged)
        *damaged = false;
    QSqlQuery query(connection);
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (query.next() && problems.size() < 5) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    // A step can fail as well as the statement: damage SQLite reports as an error rather than a line.
    if (const QSqlError error = query.lastError(); error.type() != QSqlError::NoError) {
        const int code = error.nativeErrorCode().toInt() & 0xff; // the primary result code
        constexpr int kCorrupt = 11, kNotADatabase = 26;         // SQLITE_CORRUPT, SQLITE_NOTADB
        if (code != kCorrupt && code != kNotADatabase)
            return Status::failure(tr("The database %1 could not be checked: %2")
                                       .arg(QDir::toNativeSeparators(path), error.text()));
        problems << error.text();
    }
    if (problems.isEmpty())
        return Status::success();
    if (damaged)
        *damaged = true;
    return Status::failure(tr("The database %1 is damaged and was left as it is (SQLite's check says: %2).")
                               .arg(QDir::toNativeSeparators(path), problems.join(QStringLiteral("; "))));
}

Status Database::setQueryOnly(bool on)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA query_only = %1").arg(on ? 1 : 0)))
        return Status::failure(
            tr("The database cannot be switched to read-only: %1").arg(query.lastError().text()));
    return Status::success();
}

Status Database::migrate(const QList<Migration> &migrations)
{
    QSqlDatabase db = connection();
    const int before = schemaVersion();
    const int latest = lastVersion(migrations);
    if (before > 0 && before < latest && m_beforeMigration) {
        if (Status s = m_beforeMigration(before, latest); !s)
            return fail(tr("The database was not updated, because it could not be backed up first: %1")
                            .arg(s.error()));
    }
    // Numbers may skip (a migration of a branch not taken keeps its number), but never repeat or go back.
    int previous = 0;
    for (const Migration &migration : migrations) {
        if (migration.version <= previous)
            return fail(tr("The migrations are not numbered in increasing order: %1 comes out of order.")
                            .arg(migration.version));
        previous = migration.version;
        if (migration.version <= schemaVersion())
            continue;
        if (!db.transaction())
            return fail(tr("The database cannot start a transaction: %1").arg(db.lastError().text()));
        QSqlQuery query(db);
        const QStringList statements = splitSqlStatements(migration.sql);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                query.finish();
                db.rollback();
                return fail(tr("Updating the database to schema %1 (%2) failed, and nothing was changed: %3")
                                .arg(migration.version)
                                .arg(migration.name, error));
            }
        }
        // user_version lives in the file header, which SQLite changes inside the same transaction.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) || !db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return fail(tr("Updating the database to schema %1 (%2) failed, and nothing was changed: %3")
                            .arg(migration.version)
                            .arg(migration.name, error));
        }
    }
    return Status::success();
}

Status Database::fail(const QString &message)
{
    close();
    return Status::failure(message);
}

void Database::reset(bool readOnly)
{
    close();
    m_damaged = false;
    m_checkedOnOpen = false;
    m_readOnly = readOnly;
}

void Database::closeKeepingFile()
{
    if (isOpen()) {
        const QVariant handle = connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData()))
                sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    }
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace coach
