#include "storage/datafolder.h"

#include <QDir>
#include <QFile>
#include <QUuid>

namespace coach {

Status DataFolder::checkWritable(const QString &dir)
{
    const QString shown = QDir::toNativeSeparators(dir);
    if (!QDir().mkpath(dir))
        return Status::failure(tr("The data folder %1 cannot be created.").arg(shown));
    QFile probe(QDir(dir).filePath(QStringLiteral(".write-check-") +
                                   QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(
            tr("The data folder %1 cannot be written to: %2").arg(shown, probe.errorString()));
    // A page's worth, so that a full disk shows here rather than in the middle of a recording.
    const QByteArray page(4096, '\0');
    const bool written = probe.write(page) == page.size() && probe.flush();
    const QString error = probe.errorString();
    probe.close();
    probe.remove();
    if (!written)
        return Status::failure(tr("The data folder %1 cannot be written to: %2").arg(shown, error));
    return Status::success();
}

} // namespace coach
