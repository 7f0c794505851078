#include "controllers/profiletakeout.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/profilearchive.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace coach;

TEST_CASE("The profile take-out exports, backs up, and plans a restore or a delete", "[controllers][takeout]")
{
    QTemporaryDir dir;
    Database db;
    test::openWithBundledBank(db, dir.filePath(QStringLiteral("coach.sqlite")));
    QuestionRepository questions(db);
    AttemptRepository attempts(db);
    StoryRepository stories(db);
    ProfileTakeOut takeOut(questions, attempts, stories, db, dir.path());
    using Kind = ProfileTakeOut::PendingChange::Kind;

    const QString folder =
        ProfileTakeOut::exportFolder(dir.path(), QDateTime(QDate(2026, 12, 1), QTime(9, 30)));
    CHECK(QFileInfo(folder).fileName() == QStringLiteral("Interview Coach export 2026-12-01 0930"));
    CHECK(ProfileTakeOut::backupFileName(QDate(2026, 12, 1)) ==
          QStringLiteral("interview-coach-2026-12-01.tar"));

    const auto exported = takeOut.exportAll(folder);
    REQUIRE(exported.ok());
    CHECK(exported->questions == 20);
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("attempts.csv"))));
    const QString second = dir.filePath(QStringLiteral("second"));
    const auto cancelled = takeOut.exportAll(second, [](int done, int) { return done < 3; });
    CHECK(cancelled.isCancelled());
    CHECK(cancelled.error().isEmpty());
    CHECK_FALSE(QFile::exists(second));

    const QString archive = dir.filePath(QStringLiteral("profile.tar"));
    REQUIRE(takeOut.backUp(archive).ok());
    CHECK(ProfileArchive::check(archive).ok());

    CHECK(takeOut.pending().kind == Kind::None);
    const QString junk = dir.filePath(QStringLiteral("junk.tar"));
    test::writeFile(junk, "not an archive");
    const Status refused = takeOut.planRestore(junk);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("is not a profile backup")));
    CHECK(takeOut.pending().kind == Kind::None);

    REQUIRE(takeOut.planRestore(archive).ok());
    CHECK(takeOut.pending().kind == Kind::Restore);
    CHECK(takeOut.pending().archive == archive);
    takeOut.cancelPlan();
    CHECK(takeOut.pending().kind == Kind::None);
    takeOut.planDeleteAll();
    CHECK(takeOut.pending().kind == Kind::DeleteAll);
    CHECK(takeOut.pending().archive.isEmpty());
}
