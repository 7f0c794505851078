#include "support/testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QtEndian>
#include <QThread>

namespace coach::test {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

bool waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired())
            return predicate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // A poll, not a fixed wait: the predicate often asks a file or another process, which posts no
        // event that would wake the loop.
        QThread::msleep(5);
    }
    return true;
}

void settleLayouts()
{
    // A layout applied can post another request (a label wrapping to another height); a few rounds settle it.
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

qint64 partialTakeMs(const QString &folder)
{
    const QFileInfoList partials = QDir(folder).entryInfoList({QStringLiteral("*.partial")}, QDir::Files);
    if (partials.isEmpty())
        return 0;
    QFile file(partials.first().filePath());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray data = file.readAll();
    const qsizetype page = data.lastIndexOf("OggS");
    if (page < 0 || page + 14 > data.size())
        return 0;
    const auto granule = qFromLittleEndian<qint64>(data.constData() + page + 6);
    return granule > 0 ? granule / 48 : 0;
}

void damagePage(const QString &path, int page)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > (page + 1) * 4096);
    file.seek(static_cast<qint64>(page) * 4096);
    REQUIRE(file.write(QByteArray(4096, '\xab')) == 4096);
}

} // namespace coach::test
