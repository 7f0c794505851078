#include "core/commandline.h"
#include "platform/singleinstance.h"
#include "startup/commandlinemodes.h"
#include "storage/database.h"
#include "support/profile.h"
#include "support/speech.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace coach;

namespace {

CommandLineModes::Outcome run(const QStringList &arguments)
{
    return CommandLineModes::run(
        CommandLine::parse(QStringList{QStringLiteral("interview-coach")} + arguments));
}

} // namespace

TEST_CASE("Help, version and a wrong option end at once with their text", "[startup][commandline]")
{
    const auto help = run({QStringLiteral("--help")});
    CHECK(help.finished);
    CHECK(help.exitCode == 0);
    CHECK_FALSE(help.isError);
    CHECK(help.text.contains(QStringLiteral("--analyze")));

    const auto version = run({QStringLiteral("--version")});
    CHECK(version.finished);
    CHECK(version.exitCode == 0);

    const auto wrong = run({QStringLiteral("--no-such-option")});
    CHECK(wrong.finished);
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.isError);

    QTemporaryDir dir;
    const auto window = run({QStringLiteral("--data-dir"), dir.path()});
    CHECK_FALSE(window.finished);
}

TEST_CASE("--analyze gives a recording's figures as JSON, and refuses what is not one",
          "[startup][commandline]")
{
    QTemporaryDir dir;
    const QString wav =
        coach::test::makeSpeechWav(dir.path(), QStringLiteral("I added an index. Then I measured it."));
    const auto good = run({QStringLiteral("--analyze"), wav});
    CHECK(good.finished);
    CHECK(good.exitCode == 0);
    const QJsonObject figures = QJsonDocument::fromJson(good.text.toUtf8()).object();
    CHECK(figures.value(QStringLiteral("duration_ms")).toInt() > 1000);
    CHECK(figures.value(QStringLiteral("speaking_ms")).toInt() > 500);
    // The band of the overall pace, added beside the keys that were there before.
    CHECK(QStringList{QStringLiteral("slow"), QStringLiteral("normal"), QStringLiteral("fast")}.contains(
        figures.value(QStringLiteral("pace_band")).toString()));

    coach::test::writeFile(dir.filePath(QStringLiteral("empty.wav")), "");
    const auto bad = run({QStringLiteral("--analyze"), dir.filePath(QStringLiteral("empty.wav"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.isError);
    CHECK_FALSE(bad.text.isEmpty());
}

TEST_CASE("--backup writes the profile to one file, --restore puts it back unless it is in use",
          "[startup][commandline]")
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    coach::test::createProfile(dir.path());
    const QString archive = elsewhere.filePath(QStringLiteral("profile.tar"));

    const auto made = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--backup"), archive});
    CHECK(made.exitCode == 0);
    CHECK(made.text == QDir::toNativeSeparators(archive));
    REQUIRE(QFileInfo(archive).size() > 0);

    {
        SingleInstance running(dir.path());
        REQUIRE(running.claim());
        const auto refused =
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--restore"), archive});
        CHECK(refused.exitCode == 1);
        CHECK(refused.isError);
        CHECK(refused.text.contains(QStringLiteral("close it before restoring")));
    }

    const auto restored =
        run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--restore"), archive});
    CHECK(restored.exitCode == 0);
    CHECK(restored.text.startsWith(QStringLiteral("Restored.")));
    Database database;
    REQUIRE(database.open(dir.filePath(QStringLiteral("coach.sqlite"))).ok());
    CHECK(coach::test::countQuestions(database) == 20);
    const QStringList before =
        QDir(dir.path() + QStringLiteral("/.."))
            .entryList({QDir(dir.path()).dirName() + QStringLiteral(".before-restore-*")}, QDir::Dirs);
    CHECK(before.size() == 1);
    for (const QString &old : before)
        QDir(dir.filePath(QStringLiteral("../") + old)).removeRecursively();
}

TEST_CASE("--backup of a folder that holds no profile fails and creates nothing", "[startup][commandline]")
{
    QTemporaryDir root;
    const QString empty = root.filePath(QStringLiteral("empty"));
    const QString archive = root.filePath(QStringLiteral("empty.tar"));
    const auto made = run({QStringLiteral("--data-dir"), empty, QStringLiteral("--backup"), archive});
    CHECK(made.exitCode == 1);
    CHECK(made.isError);
    CHECK(made.text.contains(QStringLiteral("holds no profile to back up")));
    CHECK_FALSE(QFileInfo::exists(empty));
    CHECK_FALSE(QFileInfo::exists(archive));
}
