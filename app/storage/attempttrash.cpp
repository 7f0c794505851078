#include "storage/attempttrash.h"

#include "core/clock.h"
#include "storage/attemptrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace coach {

AttemptTrash::AttemptTrash(AttemptRepository &attempts, QString dataDir)
    : m_attempts(attempts)
    , m_dataDir(std::move(dataDir))
{}

QString AttemptTrash::trashPath(const Attempt &attempt) const
{
    // Only the file of a row whose audio is inside the profile has a place in the trash.
    if (!profileAudioFile(m_dataDir, attempt.audioPath))
        return {};
    const auto path = profileAudioFile(m_dataDir, QLatin1String(kTrashDir) + u'/' +
                                                      QFileInfo(attempt.audioPath).fileName());
    return path ? path.value() : QString();
}

QString AttemptTrash::audioPath(const Attempt &attempt) const
{
    const auto path = profileAudioFile(m_dataDir, attempt.audioPath);
    return path ? path.value() : QString();
}

namespace {

// A regular file (not a link, FIFO or folder) at path, which may be empty for "no place in the profile".
bool isRegularFile(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && !info.isSymLink();
}

} // namespace

Result<Attempt> AttemptTrash::moveToTrash(qint64 attemptId)
{
    const QDateTime now = m_attempts.clock().nowUtc();
    auto found = m_attempts.attempt(attemptId);
    if (!found)
        return found;
    const Attempt attempt = found.value();
    const QString from = audioPath(attempt);
    const QString to = trashPath(attempt);
    // A row whose audio is outside the profile goes to the trash alone: that file is never touched.
    const bool hasFile = isRegularFile(from);
    if (hasFile && to.isEmpty())
        return Result<Attempt>::failure(
            tr("The attempt was not deleted: its audio file %1 cannot be moved to the trash (%2).")
                .arg(QDir::toNativeSeparators(from), audioOutsideProfileText()));
    if (hasFile) {
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            return Result<Attempt>::failure(
                tr("The attempt was not deleted: the trash folder %1 cannot be created.")
                    .arg(QDir::toNativeSeparators(QFileInfo(to).absolutePath())));
        QFile::remove(to); // an older copy of the same take, restored and deleted again
        if (QFile file(from); !file.rename(to))
            return Result<Attempt>::failure(
                tr("The attempt was not deleted: its audio file %1 cannot be moved "
                   "to the trash (%2).")
                    .arg(QDir::toNativeSeparators(from), file.errorString()));
    }
    if (Status marked = m_attempts.markDeleted(attemptId, now); !marked) {
        if (hasFile)
            QFile::rename(to, from);
        return Result<Attempt>::failure(marked.error());
    }
    return attempt;
}

Status AttemptTrash::restore(qint64 attemptId)
{
    auto found = m_attempts.attempt(attemptId);
    if (!found)
        return Status::failure(found.error());
    const QString from = trashPath(found.value());
    const QString to = audioPath(found.value());
    const bool hasFile = !to.isEmpty() && isRegularFile(from);
    if (hasFile) {
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (QFileInfo::exists(to))
            return Status::failure(tr("The attempt was not restored: a file %1 is already in its place.")
                                       .arg(QDir::toNativeSeparators(to)));
        if (QFile file(from); !file.rename(to))
            return Status::failure(
                tr("The attempt was not restored: its audio file cannot be moved back (%1).")
                    .arg(file.errorString()));
    }
    if (Status unmarked = m_attempts.unmarkDeleted(attemptId); !unmarked) {
        if (hasFile)
            QFile::rename(to, from);
        return unmarked;
    }
    return Status::success();
}

PurgeReport AttemptTrash::purge()
{
    const QDateTime now = m_attempts.clock().nowUtc();
    PurgeReport report;
    const auto old = m_attempts.deletedBefore(now.addDays(-kTrashDays));
    if (!old) {
        report.problems << old.error();
        return report;
    }
    for (const Attempt &attempt : old.value()) {
        // The file is set aside first, so a row that cannot be deleted gets its file back.
        // Only a regular file inside the profile's trash is deleted, never what a row points at elsewhere.
        const QString file = trashPath(attempt);
        const QString aside = file + QStringLiteral(".purging");
        const bool hasFile = isRegularFile(file);
        if (hasFile && !QFile::rename(file, aside)) {
            report.problems
                << tr("The audio file %1 cannot be removed from the trash; its attempt stays there.")
                       .arg(QDir::toNativeSeparators(file));
            continue;
        }
        if (Status removed = m_attempts.remove(attempt.id); !removed) {
            if (hasFile)
                QFile::rename(aside, file);
            report.problems << removed.error();
            continue;
        }
        if (hasFile)
            QFile::remove(aside);
        ++report.purged;
    }
    return report;
}

} // namespace coach
