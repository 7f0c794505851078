#include "storage/takerecovery.h"

#include "core/takefiles.h"
#include "storage/attemptrepository.h"

#include <QDir>
#include <QFile>

namespace coach {

QString TakeRecovery::problemsText(const QStringList &problems, int shown)
{
    QStringList lines = problems.mid(0, shown);
    if (problems.size() > shown)
        lines << tr("and %n more", nullptr, static_cast<int>(problems.size() - shown));
    return lines.join(u'\n');
}

RecoveryReport TakeRecovery::run(const QString &dataDir, AttemptRepository &attempts, const TakeProber &probe)
{
    RecoveryReport report;
    const QDir root(dataDir);
    QDir recordings(root.filePath(QLatin1String(kRecordingsDir)));
    if (!recordings.exists())
        return report;
    if (!profileAudioFile(dataDir, QLatin1String(kRecordingsDir) + QStringLiteral("/x"))) {
        report.problems << tr("The folder %1 is a link to elsewhere (%2); no recording in it was kept.")
                               .arg(QDir::toNativeSeparators(recordings.path()), audioOutsideProfileText());
        return report;
    }

    // Links are left alone: they may point anywhere, and a take is a file of the profile's own.
    const QStringList files = recordings.entryList({QStringLiteral("*.partial"), QStringLiteral("*.opus")},
                                                   QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QString &file : files) {
        const bool partial = file.endsWith(QLatin1String(kPartialSuffix));
        QString relative = QLatin1String(kRecordingsDir) + u'/' + file;
        if (!profileAudioFile(dataDir, relative)) {
            report.problems << tr("The recording %1: %2; it was left as it is.")
                                   .arg(QDir::toNativeSeparators(recordings.filePath(file)),
                                        audioOutsideProfileText());
            continue;
        }
        if (!partial && attempts.hasAudioPath(relative))
            continue;
        const std::optional<TakeName> name = parseTakeFileName(file);
        if (!name) {
            report.problems
                << tr("The recording %1 has a name Interview Coach does not know; it was left as it is.")
                       .arg(QDir::toNativeSeparators(recordings.filePath(file)));
            continue;
        }
        if (partial) {
            // Finish the name so the file is an ordinary take from now on; never overwrite another take.
            QString finished = relative.chopped(static_cast<qsizetype>(qstrlen(kPartialSuffix)));
            for (int n = 2; QFile::exists(root.filePath(finished)); ++n)
                finished =
                    relative.chopped(static_cast<qsizetype>(qstrlen(kPartialSuffix) + qstrlen(kTakeSuffix))) +
                    QStringLiteral("~%1").arg(n) + QLatin1String(kTakeSuffix);
            if (!QFile::rename(root.filePath(relative), root.filePath(finished))) {
                report.problems << tr("The interrupted recording %1 cannot be renamed; it was left as it is.")
                                       .arg(QDir::toNativeSeparators(root.filePath(relative)));
                continue;
            }
            relative = finished;
        }
        const TakeProbe probed = probe(root.filePath(relative));
        Attempt attempt;
        attempt.questionId = name->questionId;
        attempt.startedAt = name->startedAt;
        attempt.durationMs = probed.durationMs;
        attempt.audioPath = relative;
        attempt.status = Attempt::Status::Recovered;
        auto added = attempts.add(attempt);
        if (!added) {
            report.problems << tr("The interrupted recording %1 cannot be kept as an attempt: %2")
                                   .arg(QDir::toNativeSeparators(root.filePath(relative)), added.error());
            continue;
        }
        report.recovered << added.value();
    }
    return report;
}

} // namespace coach
