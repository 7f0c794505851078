#include "support/mounts.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>

namespace coach::test {

bool Mount::run(const QStringList &arguments)
{
    QProcess mount;
    mount.setProcessChannelMode(QProcess::MergedChannels);
    mount.start(QStringLiteral("mount"), arguments);
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit ||
        mount.exitCode() != 0) {
        m_problem = QStringLiteral("mount %1: %2")
                        .arg(arguments.join(u' '), QString::fromLocal8Bit(mount.readAll()).trimmed());
        return false;
    }
    return true;
}

Mount Mount::readOnly(const QString &path)
{
    Mount m;
    m.m_path = path;
    if (!m.run({QStringLiteral("--bind"), path, path}))
        return m;
    m.m_mounted = true;
    if (!m.run({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), path}))
        m.unmount();
    return m;
}

Mount Mount::smallDisk(const QString &path, int sizeKiB)
{
    Mount m;
    m.m_path = path;
    m.m_mounted = m.run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=%1k").arg(sizeKiB), QStringLiteral("tmpfs"), path});
    return m;
}

Mount::Mount(Mount &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_problem(std::move(other.m_problem))
    , m_mounted(std::exchange(other.m_mounted, false))
{}

Mount::~Mount()
{
    unmount();
}

void Mount::unmount()
{
    if (!m_mounted)
        return;
    QProcess umount;
    umount.start(QStringLiteral("umount"), {QStringLiteral("--lazy"), m_path});
    umount.waitForFinished(10000);
    m_mounted = false;
}

QString mountRefusal()
{
    if (qEnvironmentVariableIntValue("COACH_TEST_DENY_MOUNT") == 1)
        return QStringLiteral("COACH_TEST_DENY_MOUNT=1 is set");
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return QStringLiteral("no scratch folder: %1").arg(scratch.errorString());
    const QString diskPath = scratch.filePath(QStringLiteral("disk"));
    const QString boundPath = scratch.filePath(QStringLiteral("bound"));
    if (!QDir().mkpath(diskPath) || !QDir().mkpath(boundPath))
        return QStringLiteral("no scratch folders in %1").arg(scratch.path());
    Mount disk = Mount::smallDisk(diskPath, 64);
    if (!disk.available())
        return disk.problem();
    Mount bound = Mount::readOnly(boundPath);
    if (!bound.available())
        return bound.problem();
    // Mounted is not enough: the bind must refuse writes (a user namespace can mount without that power).
    QFile probe(QDir(boundPath).filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly))
        return QStringLiteral("a read-only bind mount still takes files here");
    return {};
}

void requireMounted(const Mount &mount)
{
    INFO("mounting is refused here: "
         << mount.problem().toStdString()
         << " (the ctest entries *_mount skip these tests where the probe fails)");
    REQUIRE(mount.available());
}

QString fillDisk(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("filler.bin"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return path;
    const QByteArray block(4096, 'f');
    while (file.write(block) == block.size()) {
    }
    return path;
}

} // namespace coach::test
