#include "core/takefiles.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace coach;

TEST_CASE("Take file names carry the question and the start time", "[core][takes]")
{
    const QDateTime started(QDate(2026, 11, 28), QTime(20, 15, 0, 123), Qt::UTC);
    const QString path = takeRelativePath(QStringLiteral("be-testing-backend-code"), started);
    CHECK(path == QStringLiteral("recordings/20261128T201500123Z_be-testing-backend-code.opus"));

    for (const QString &name :
         QStringList{path, path + QStringLiteral(".partial"),
                     QStringLiteral("/data/recordings/20261128T201500123Z_be-testing-backend-code~2.opus")}) {
        INFO(name);
        const auto parsed = parseTakeFileName(name);
        REQUIRE(parsed.has_value());
        CHECK(parsed->questionId == QStringLiteral("be-testing-backend-code"));
        CHECK(parsed->startedAt == started);
    }
    CHECK_FALSE(parseTakeFileName(QStringLiteral("notes.txt")).has_value());
    CHECK_FALSE(parseTakeFileName(QStringLiteral("20261328T201500123Z_x.opus")).has_value()); // month 13
}

TEST_CASE("A row's audio path is used only inside recordings/ or trash/ of the profile", "[core][takes]")
{
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("profile"));
    QDir().mkpath(profile + QStringLiteral("/recordings"));
    const auto inside = coach::profileAudioFile(profile, QStringLiteral("recordings/a.opus"));
    REQUIRE(inside.ok());
    CHECK(inside.value() == QDir(profile).filePath(QStringLiteral("recordings/a.opus")));
    CHECK(coach::profileAudioFile(profile, QStringLiteral("trash/a.opus")).ok());
    for (const char *path : {"/etc/passwd", "../outside.opus", "recordings/../../outside.opus", "recordings/",
                             "recordings/x/a.opus", "./recordings/a.opus", "backups/coach.sqlite",
                             "coach.sqlite", "recordings/..", "recordings//a.opus", ""}) {
        INFO(path);
        const auto refused = coach::profileAudioFile(profile, QString::fromLatin1(path));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error() == QStringLiteral("audio outside the profile"));
    }
    // A link leaves the profile, wherever it points: the file itself or its folder.
    coach::test::writeFile(root.filePath(QStringLiteral("outside.opus")), "outside");
    QFile::link(root.filePath(QStringLiteral("outside.opus")),
                profile + QStringLiteral("/recordings/l.opus"));
    CHECK_FALSE(coach::profileAudioFile(profile, QStringLiteral("recordings/l.opus")).ok());
    QFile::link(root.path(), profile + QStringLiteral("/trash"));
    CHECK_FALSE(coach::profileAudioFile(profile, QStringLiteral("trash/outside.opus")).ok());
}
