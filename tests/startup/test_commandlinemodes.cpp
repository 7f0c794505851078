#include "core/commandline.h"
#include "platform/singleinstance.h"
#include "startup/commandlinemodes.h"
#include "storage/database.h"
#include "support/profile.h"
#include "support/speech.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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

TEST_CASE("--analyze --key-points adds where each phrase was heard, in the order given",
          "[startup][commandline]")
{
    QTemporaryDir dir;
    // flite's slt: espeak-ng's voices are too robotic for the speech model (see the README's figures).
    const QString wav = dir.filePath(QStringLiteral("answer.wav"));
    QProcess flite;
    flite.start(QStandardPaths::findExecutable(QStringLiteral("flite")),
                {QStringLiteral("-voice"), QStringLiteral("slt"), QStringLiteral("-t"),
                 QStringLiteral("Last spring the checkout was slow. I added a composite index on the orders "
                                "table, and the slowest requests went from nine hundred milliseconds to one "
                                "hundred and twenty."),
                 QStringLiteral("-o"), wav});
    REQUIRE(flite.waitForFinished(60000));
    REQUIRE(flite.exitCode() == 0);
    const auto good = run({QStringLiteral("--analyze"), wav, QStringLiteral("--key-points"),
                           QStringLiteral("composite index; message queue;900 ms")});
    INFO(good.text.toStdString());
    REQUIRE(good.exitCode == 0);
    const QJsonObject figures = QJsonDocument::fromJson(good.text.toUtf8()).object();
    CHECK(figures.value(QStringLiteral("duration_ms")).toInt() > 1000); // the delivery figures stay
    const QJsonArray points = figures.value(QStringLiteral("key_points")).toArray();
    REQUIRE(points.size() == 3);
    const QJsonObject index = points.at(0).toObject();
    CHECK(index.value(QStringLiteral("phrase")).toString() == QStringLiteral("composite index"));
    CHECK(index.value(QStringLiteral("heard")).toBool());
    CHECK(index.value(QStringLiteral("count")).toInt() == 1);
    // "composite index" is said after about 2.5 s of the sentence before it.
    CHECK(index.value(QStringLiteral("start_ms")).toInt() > 1500);
    CHECK(index.value(QStringLiteral("end_ms")).toInt() > index.value(QStringLiteral("start_ms")).toInt());
    const QJsonObject queue = points.at(1).toObject();
    CHECK(queue.value(QStringLiteral("phrase")).toString() == QStringLiteral("message queue"));
    CHECK_FALSE(queue.value(QStringLiteral("heard")).toBool());
    CHECK(queue.value(QStringLiteral("count")).toInt() == 0);
    CHECK_FALSE(queue.contains(QStringLiteral("start_ms")));
    CHECK_FALSE(queue.contains(QStringLiteral("end_ms")));
    CHECK(points.at(2).toObject().value(QStringLiteral("heard")).toBool());
    CHECK(points.at(2).toObject().value(QStringLiteral("phrase")).toString() == QStringLiteral("900 ms"));

    // Without --key-points the JSON is what it was.
    const auto plain = run({QStringLiteral("--analyze"), wav});
    CHECK_FALSE(QJsonDocument::fromJson(plain.text.toUtf8()).object().contains(QStringLiteral("key_points")));
}

TEST_CASE("A key point that cannot be listened for is one line on stderr and a failure",
          "[startup][commandline]")
{
    QTemporaryDir dir;
    const QString wav = coach::test::makeSpeechWav(dir.path(), QStringLiteral("A composite index."));
    auto refused = [&](const QString &phrases) {
        const auto outcome = run({QStringLiteral("--analyze"), wav, QStringLiteral("--key-points"), phrases});
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.isError);
        CHECK_FALSE(outcome.text.trimmed().contains(u'\n'));
        return outcome.text;
    };
    const QString unknown = refused(QStringLiteral("composite index;flurbix cache"));
    CHECK(unknown.contains(QStringLiteral("\"flurbix\"")));
    CHECK(unknown.contains(QStringLiteral("flurbix cache")));
    CHECK(refused(QStringLiteral("and the")).contains(QStringLiteral("common words")));
    CHECK(refused(QStringLiteral("index;;cache")).contains(QStringLiteral("empty")));
    CHECK(refused(QStringLiteral("a b c d e f g h i")).contains(QStringLiteral("too long")));
    CHECK(refused(QStringLiteral("a1;a2;a3;a4;a5;a6;a7;a8;a9")).contains(QStringLiteral("At most 8")));
    CHECK(refused(QStringLiteral("index;Index")).contains(QStringLiteral("listed twice")));

    // No model: one clear line, whatever the phrases.
    qputenv("COACH_KWS_MODEL_DIR", dir.filePath(QStringLiteral("no-model")).toUtf8());
    const QString missing = refused(QStringLiteral("composite index"));
    qunsetenv("COACH_KWS_MODEL_DIR");
    CHECK(missing.contains(QStringLiteral("pocketsphinx-en-us")));
    CHECK(missing.contains(QStringLiteral("not installed")));

    const auto alone = run({QStringLiteral("--key-points"), QStringLiteral("composite index")});
    CHECK(alone.exitCode == 2);
    CHECK(alone.text.contains(QStringLiteral("--analyze")));
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
