#include "storage/profilearchive.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

namespace coach {

namespace {

const char kDatabaseName[] = "coach.sqlite";
const char kSettingsName[] = "settings.ini";

struct Tar
{
    bool ok = false;
    QByteArray out;
    QString error;
};

Tar tar(const QStringList &arguments)
{
    Tar result;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (program.isEmpty()) {
        result.error = ProfileArchive::tr("the program \"tar\" is not installed");
        return result;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(600000)) {
        result.error = process.errorString();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return result;
}

QString normalised(QString entry)
{
    while (entry.startsWith(QLatin1String("./")))
        entry.remove(0, 2);
    return entry;
}

} // namespace

Status ProfileArchive::create(Database &database, const QString &dataDir, const QString &archivePath)
{
    QTemporaryDir work;
    if (!work.isValid())
        return Status::failure(tr("A temporary folder cannot be created."));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(work.filePath(QLatin1String(kDatabaseName)));
    if (!query.exec())
        return Status::failure(tr("The database cannot be copied: %1").arg(query.lastError().text()));
    const QString partial = archivePath + QStringLiteral(".partial");
    QStringList arguments{QStringLiteral("-cf"), partial, QStringLiteral("-C"), work.path(),
                          QLatin1String(kDatabaseName)};
    if (QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("recordings"))))
        arguments << QStringLiteral("-C") << dataDir << QStringLiteral("recordings");
    const Tar made = tar(arguments);
    if (!made.ok) {
        QFile::remove(partial);
        return Status::failure(tr("The backup cannot be written to %1: %2")
                                   .arg(QDir::toNativeSeparators(archivePath), made.error));
    }
    QFile::remove(archivePath);
    if (!QFile::rename(partial, archivePath)) {
        QFile::remove(partial);
        return Status::failure(
            tr("The backup cannot be written to %1.").arg(QDir::toNativeSeparators(archivePath)));
    }
    return Status::success();
}

Status ProfileArchive::check(const QString &archivePath)
{
    const QString name = QFileInfo(archivePath).fileName();
    if (!QFileInfo(archivePath).isFile())
        return Status::failure(tr("%1 is not a file.").arg(name));
    const Tar listed = tar({QStringLiteral("-tf"), archivePath});
    if (!listed.ok)
        return Status::failure(tr("%1 is not a profile backup (%2).").arg(name, listed.error));
    bool hasDatabase = false;
    for (const QByteArray &line : listed.out.split('\n')) {
        const QString entry = normalised(QString::fromUtf8(line));
        if (entry.isEmpty())
            continue;
        if (entry.startsWith(u'/') || entry.split(u'/').contains(QStringLiteral("..")))
            return Status::failure(
                tr("%1 holds the path \"%2\", which points outside the profile.").arg(name, entry));
        if (entry == QLatin1String(kDatabaseName))
            hasDatabase = true;
        else if (!entry.startsWith(QLatin1String("recordings")))
            return Status::failure(tr("%1 holds \"%2\", which is not part of a profile.").arg(name, entry));
    }
    if (!hasDatabase)
        return Status::failure(tr("%1 holds no database (%2).").arg(name, QLatin1String(kDatabaseName)));

    QTemporaryDir work;
    const Tar unpacked = tar({QStringLiteral("-xf"), archivePath, QStringLiteral("-C"), work.path(),
                              QLatin1String(kDatabaseName)});
    if (!unpacked.ok)
        return Status::failure(tr("%1 cannot be read: %2").arg(name, unpacked.error));
    const QString connection = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(work.filePath(QLatin1String(kDatabaseName)));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
            problem = tr("its database cannot be read");
        else if (query.value(0).toString() != QLatin1String("ok"))
            problem = tr("its database is damaged (%1)").arg(query.value(0).toString());
        else if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next() &&
                 query.value(0).toInt() > Database::latestSchemaVersion())
            problem = tr("it was made by a newer version of Interview Coach");
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!problem.isEmpty())
        return Status::failure(tr("%1 cannot be restored: %2.").arg(name, problem));
    return Status::success();
}

Result<QString> ProfileArchive::restore(const QString &archivePath, const QString &dataDir,
                                        const QDateTime &now)
{
    using R = Result<QString>;
    if (Status s = check(archivePath); !s)
        return R::failure(s.error());
    const QString profile = QDir(dataDir).absolutePath();
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString incoming = profile + QStringLiteral(".restoring-") + stamp;
    const QString previous = profile + QStringLiteral(".before-restore-") + stamp;
    QDir(incoming).removeRecursively();
    if (!QDir().mkpath(incoming))
        return R::failure(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(incoming)));
    const Tar unpacked = tar({QStringLiteral("-xf"), archivePath, QStringLiteral("-C"), incoming});
    if (!unpacked.ok) {
        QDir(incoming).removeRecursively();
        return R::failure(tr("The backup cannot be unpacked: %1").arg(unpacked.error));
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
