#include "storage/backups.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace coach {

namespace {

const char kPrefix[] = "coach-";
const char kSuffix[] = ".sqlite";

} // namespace

Backups::Backups(QString directory)
    : m_directory(std::move(directory))
{}

QStringList Backups::list() const
{
    QStringList files;
    const QDir dir(m_directory);
    // The names start with the time, so the name order is the time order.
    const QStringList names = dir.entryList({QLatin1String(kPrefix) + u'*' + QLatin1String(kSuffix)},
                                            QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

Result<QString> Backups::take(Database &database, const QString &label)
{
    const QDateTime now = database.clock().now();
    if (!QDir().mkpath(m_directory))
        return Result<QString>::failure(
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_directory)));
    const QString path =
        QDir(m_directory)
            .filePath(QLatin1String(kPrefix) + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' +
                      label + QLatin1String(kSuffix));
    QFile::remove(path);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec()) {
        QFile::remove(path);
        return Result<QString>::failure(tr("The database cannot be backed up to %1: %2")
                                            .arg(QDir::toNativeSeparators(path), query.lastError().text()));
    }
    prune();
    return path;
}

Result<QString> Backups::takeDaily(Database &database)
{
    const QString today =
        QLatin1String(kPrefix) + database.clock().today().toString(QStringLiteral("yyyyMMdd"));
    for (const QString &file : list()) {
        if (QFileInfo(file).fileName().startsWith(today))
            return file;
    }
    return take(database, QStringLiteral("daily"));
}

void Backups::prune()
{
    const QStringList files = list();
    for (qsizetype i = kKept; i < files.size(); ++i)
        QFile::remove(files.at(i));
}

Result<QString> Backups::restore(const QString &backup, const QString &databasePath, const QDateTime &now)
{
    if (!QFileInfo::exists(backup))
        return Result<QString>::failure(
            tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backup)));
    // The copy goes in under a temporary name first, so a failure leaves everything where it was.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming))
        return Result<QString>::failure(
            tr("The backup %1 cannot be copied into place.").arg(QDir::toNativeSeparators(backup)));
    const QString aside =
        databasePath + QStringLiteral(".damaged-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, aside)) {
        QFile::remove(incoming);
        return Result<QString>::failure(
            tr("The damaged database %1 cannot be put aside.").arg(QDir::toNativeSeparators(databasePath)));
    }
    for (const char *companion : {"-wal", "-shm"}) {
        const QString file = databasePath + QLatin1String(companion);
        if (QFileInfo::exists(file))
            QFile::rename(file, aside + QLatin1String(companion));
    }
    if (!QFile::rename(incoming, databasePath)) {
        QFile::rename(aside, databasePath);
        return Result<QString>::failure(
            tr("The backup cannot replace %1.").arg(QDir::toNativeSeparators(databasePath)));
    }
    return aside;
}

} // namespace coach
