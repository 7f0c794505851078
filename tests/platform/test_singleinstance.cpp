// The guard of one program per profile: a QLockFile in the canonical data folder.
#include "platform/singleinstance.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace coach;

TEST_CASE("The same profile through a symbolic link is the same profile", "[platform][instance]")
{
    QTemporaryDir root;
    const QString real = root.filePath(QStringLiteral("profile"));
    QDir().mkpath(real);
    const QString link = root.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(real, link));

    SingleInstance first(real);
    REQUIRE(first.claim());
    int activations = 0;
    QObject::connect(&first, &SingleInstance::activationRequested, &first, [&] { ++activations; });
    SingleInstance second(link + QStringLiteral("/./"));
    CHECK(second.serverName() == first.serverName());
    CHECK(second.lockPath() == first.lockPath());
    CHECK_FALSE(second.claim());
    CHECK(coach::test::waitFor([&] { return activations == 1; }));

    // Another profile runs beside it.
    SingleInstance other(root.filePath(QStringLiteral("other")));
    CHECK(other.claim());

    first.release();
    SingleInstance third(link);
    CHECK(third.claim());
}

TEST_CASE("USER and TMPDIR do not change which program holds a profile", "[platform][instance]")
{
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("profile"));
    SingleInstance first(profile);
    REQUIRE(first.claim());
    const QByteArray user = qgetenv("USER");
    const QByteArray tmp = qgetenv("TMPDIR");
    qputenv("USER", "somebody-else");
    qputenv("TMPDIR", root.path().toUtf8());
    SingleInstance second(profile);
    const bool claimed = second.claim();
    qputenv("USER", user);
    if (tmp.isEmpty())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", tmp);
    CHECK(second.serverName() == first.serverName());
    CHECK_FALSE(claimed);
}

TEST_CASE("The lock of a program that was killed is taken over", "[platform][instance]")
{
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("profile"));
    QDir().mkpath(profile);
    // A process that has ended: its pid is free, as a killed program's would be.
    QProcess ended;
    ended.start(QStringLiteral("true"));
    REQUIRE(ended.waitForStarted(5000));
    const qint64 pid = ended.processId();
    REQUIRE(ended.waitForFinished(5000));
    SingleInstance instance(profile);
    coach::test::writeFile(instance.lockPath(), QByteArray::number(pid) + "\ninterview-coach\n" +
                                                    QSysInfo::machineHostName().toUtf8() + '\n');
    CHECK(instance.claim());
    // And a live holder's lock is not stale however old it is.
    SingleInstance second(profile);
    CHECK_FALSE(second.claim());
}
