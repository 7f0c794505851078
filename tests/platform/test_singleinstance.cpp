// The guard of one program per profile: a QLockFile in the canonical data folder.
#include "platform/singleinstance.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
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

TEST_CASE(
    "The hand-over socket is its user's alone, ignores anything but a request to show, and goes with the "
    "program",
    "[platform][instance]")
{
    QTemporaryDir root;
    SingleInstance instance(root.filePath(QStringLiteral("profile")));
    REQUIRE(instance.claim());
    int activations = 0;
    QObject::connect(&instance, &SingleInstance::activationRequested, &instance, [&] { ++activations; });
    const QString socket = instance.serverName();
    REQUIRE(QFileInfo::exists(socket));
    CHECK(QFileInfo(socket).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // Another program that connects and says something else, or too much, or nothing, shows nothing.
    QLocalSocket noise;
    noise.connectToServer(socket);
    REQUIRE(noise.waitForConnected(2000));
    noise.write(QByteArray(200, 'x'));
    REQUIRE(noise.waitForBytesWritten(2000));
    QLocalSocket silent;
    silent.connectToServer(socket);
    REQUIRE(silent.waitForConnected(2000));
    // The too-long request is cut off: the program closes that connection.
    CHECK(coach::test::waitFor([&] {
        noise.waitForReadyRead(10);
        return noise.state() == QLocalSocket::UnconnectedState;
    }));
    CHECK(activations == 0);

    // A request to show, even in pieces, is one activation.
    QLocalSocket asking;
    asking.connectToServer(socket);
    REQUIRE(asking.waitForConnected(2000));
    asking.write("activ");
    REQUIRE(asking.waitForBytesWritten(2000));
    // Half a request shows nothing (the program reads it while this waits, so the rest comes apart).
    CHECK_FALSE(coach::test::waitFor([&] { return activations > 0; }, 100));
    asking.write("ate\n");
    REQUIRE(asking.waitForBytesWritten(2000));
    CHECK(coach::test::waitFor([&] { return activations == 1; }));

    // Released, the socket goes, and the connection that never spoke is closed.
    instance.release();
    CHECK_FALSE(QFileInfo::exists(socket));
    CHECK(coach::test::waitFor([&] {
        silent.waitForReadyRead(10);
        return silent.state() == QLocalSocket::UnconnectedState;
    }));
    CHECK(activations == 1);
}

TEST_CASE("A lock taken ahead on a thread is the one the program claims, for its own data folder only",
          "[platform][instance]")
{
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("new-profile")); // made by the lock taken ahead
    const QString other = root.filePath(QStringLiteral("other"));

    SECTION("the same folder: the lock taken ahead is held for the session")
    {
        LockAhead ahead(profile);
        SingleInstance first(profile);
        REQUIRE(first.claim(&ahead));
        CHECK(QFileInfo(profile).isDir());
        CHECK(QFileInfo::exists(first.lockPath()));
        int activations = 0;
        QObject::connect(&first, &SingleInstance::activationRequested, &first, [&] { ++activations; });
        // A second start's lock taken ahead fails, and that start hands over to the first.
        LockAhead secondAhead(profile);
        SingleInstance second(profile);
        CHECK_FALSE(second.claim(&secondAhead));
        CHECK(coach::test::waitFor([&] { return activations == 1; }));
        // Released, the lock goes with the first program.
        first.release();
        SingleInstance third(profile);
        CHECK(third.claim());
    }
    SECTION("another folder: that lock is given up, and the program's own is taken")
    {
        LockAhead ahead(other);
        SingleInstance instance(profile);
        REQUIRE(instance.claim(&ahead));
        SingleInstance atOther(other);
        CHECK(atOther.claim());
        SingleInstance second(profile);
        CHECK_FALSE(second.claim());
    }
    SECTION("a lock taken ahead and never claimed is given up with it")
    {
        {
            LockAhead ahead(profile);
        }
        SingleInstance instance(profile);
        CHECK(instance.claim());
    }
}
