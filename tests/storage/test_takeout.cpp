#include "core/bankfiles.h"
#include "core/takefiles.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/dataexport.h"
#include "storage/keypointrepository.h"
#include "storage/profilearchive.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coach;

namespace {

struct Profile
{
    QTemporaryDir root;
    QString dir = root.filePath(QStringLiteral("profile"));
    Database database;
    std::unique_ptr<QuestionRepository> questions;
    std::unique_ptr<AttemptRepository> attempts;
    std::unique_ptr<StoryRepository> stories;
    Attempt recorded;

    Profile()
    {
        QDir().mkpath(dir);
        coach::test::openWithBundledBank(database, QDir(dir).filePath(QStringLiteral("coach.sqlite")));
        questions = std::make_unique<QuestionRepository>(database);
        attempts = std::make_unique<AttemptRepository>(database);
        stories = std::make_unique<StoryRepository>(database);
        const QDateTime when(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC);
        Attempt a;
        a.questionId = QStringLiteral("be-tell-me-about-yourself");
        a.startedAt = when;
        a.durationMs = 64000;
        a.audioPath = takeRelativePath(a.questionId, when);
        QDir(dir).mkpath(QLatin1String(kRecordingsDir));
        coach::test::writeFile(QDir(dir).filePath(a.audioPath), "the take's audio");
        recorded = attempts->add(a).value();
        REQUIRE(attempts->setRating(recorded.id, 3).ok());
        REQUIRE(
            attempts->setNotes(recorded.id, QStringLiteral("Slower, and \"numbers\" first, please")).ok());
        Attempt gone = a;
        gone.startedAt = when.addDays(1);
        gone.audioPath = takeRelativePath(a.questionId, gone.startedAt);
        REQUIRE(attempts->add(gone).ok()); // its recording is not on disk
    }
};

} // namespace

TEST_CASE("Everything goes out to a folder: Markdown per question, audio copies, banks and a CSV",
          "[storage][takeout]")
{
    Profile p;
    DataExport exporter(*p.questions, *p.attempts, *p.stories, p.dir);
    const QString target = p.root.filePath(QStringLiteral("export"));
    QList<int> steps;
    const auto summary = exporter.run(target, [&](int done, int total) {
        steps << done;
        CHECK(done <= total);
        return true;
    });
    REQUIRE(summary.ok());
    CHECK(summary->questions == 20);
    CHECK(summary->attempts == 2);
    CHECK(summary->audioFiles == 1);
    CHECK(summary->missingAudio == 1);
    CHECK(steps.size() == 22); // 20 questions, 1 bank, the CSV
    const QDir out(target);
    CHECK(out.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name).isEmpty());
    const QStringList markdown =
        QDir(out.filePath(QStringLiteral("questions"))).entryList(QDir::Files, QDir::Name);
    REQUIRE(markdown.size() == 20);
    CHECK(markdown.first() == QStringLiteral("001-tell-me-about-yourself-as-a-backend-engineer.md"));
    const QString first = QString::fromUtf8(
        coach::test::readFile(out.filePath(QStringLiteral("questions/") + markdown.first())));
    const QString audio = QFileInfo(p.recorded.audioPath).fileName();
    CHECK(first.contains(QStringLiteral("](../audio/") + audio + u')'));
    CHECK(first.contains(QStringLiteral("rated 3 of 4")));
    CHECK(first.contains(QStringLiteral("recording missing")));
    CHECK(coach::test::readFile(out.filePath(QStringLiteral("audio/") + audio)) == "the take's audio");
    const QString csv =
        QString::fromUtf8(coach::test::readFile(out.filePath(QStringLiteral("attempts.csv"))));
    CHECK(csv.startsWith(QStringLiteral("attempt_id,question_id,question,started_at_utc")));
    CHECK(csv.contains(QStringLiteral("\"Slower, and \"\"numbers\"\" first, please\"")));
    CHECK(QFile::exists(out.filePath(QStringLiteral("bank-backend-engineer.json"))));

    SECTION("a cancelled export leaves nothing behind")
    {
        const QString second = p.root.filePath(QStringLiteral("second"));
        const auto cancelled = exporter.run(second, [](int done, int) { return done < 5; });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.isCancelled());
        CHECK(cancelled.error().isEmpty());
        CHECK(QDir(p.root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
              QStringList{QStringLiteral("export"), QStringLiteral("profile")});
    }
    SECTION("an existing folder is not written into")
    {
        CHECK(exporter.run(target).error().contains(QStringLiteral("already exists")));
    }
}

TEST_CASE("The export carries each take's self-review: its coverage and the points ticked",
          "[storage][takeout][rubric]")
{
    Profile p;
    QStringList points;
    const auto questions = p.questions->questions(true);
    REQUIRE(questions.ok());
    for (const Question &q : questions.value()) {
        if (q.id == p.recorded.questionId)
            points = q.strongAnswerShows;
    }
    REQUIRE(points.size() == 4);
    REQUIRE(p.attempts->setRubricTick(p.recorded.id, 0, true, 4).ok());
    REQUIRE(p.attempts->setRubricTick(p.recorded.id, 2, true, 4).ok());
    REQUIRE(p.attempts->setRubricTick(p.recorded.id, 3, true, 4).ok());
    DataExport exporter(*p.questions, *p.attempts, *p.stories, p.dir);
    const QString target = p.root.filePath(QStringLiteral("export"));
    REQUIRE(exporter.run(target).ok());
    const QDir out(target);
    const QString md = QString::fromUtf8(coach::test::readFile(
        out.filePath(QStringLiteral("questions/001-tell-me-about-yourself-as-a-backend-engineer.md"))));
    CHECK(md.contains(QStringLiteral("  - Covered: 3 of 4\n    - ") + points.at(0) +
                      QStringLiteral("\n    - ") + points.at(2) + QStringLiteral("\n    - ") + points.at(3) +
                      u'\n'));
    CHECK_FALSE(md.contains(points.at(1)));
    CHECK(md.count(QStringLiteral("Covered:")) == 1); // the take nobody reviewed has no line
    const QString csv =
        QString::fromUtf8(coach::test::readFile(out.filePath(QStringLiteral("attempts.csv"))));
    CHECK(csv.section(u'\n', 0, 0)
              .endsWith(QStringLiteral(
                  ",audio,rubric_covered,rubric_points,best,key_points_heard,key_points_listened_for")));
    CHECK(csv.contains(QStringLiteral(",3,4,,,\n")));
}

TEST_CASE("The best take goes out with the export and the backup", "[storage][takeout][best]")
{
    Profile p;
    REQUIRE(p.attempts->setBest(p.recorded.id, true).ok());
    DataExport exporter(*p.questions, *p.attempts, *p.stories, p.dir);
    const QString target = p.root.filePath(QStringLiteral("export"));
    REQUIRE(exporter.run(target).ok());
    const QDir out(target);
    const QString md = QString::fromUtf8(coach::test::readFile(
        out.filePath(QStringLiteral("questions/001-tell-me-about-yourself-as-a-backend-engineer.md"))));
    CHECK(md.contains(QStringLiteral("2026-11-03T09:30:00Z, 1:04, rated 3 of 4, best take (")));
    CHECK(md.count(QStringLiteral("best take")) == 1);
    const QStringList rows =
        QString::fromUtf8(coach::test::readFile(out.filePath(QStringLiteral("attempts.csv"))))
            .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    for (const QString &row : rows.mid(1))
        CHECK((row.section(u',', -3, -3) == QStringLiteral("1")) ==
              row.startsWith(QString::number(p.recorded.id) + u','));

    const QString archive = p.root.filePath(QStringLiteral("profile.tar"));
    REQUIRE(ProfileArchive::create(p.database, p.dir, archive).ok());
    p.database.close();
    REQUIRE(ProfileArchive::restore(archive, p.dir).ok());
    Database restored;
    REQUIRE(restored.open(QDir(p.dir).filePath(QStringLiteral("coach.sqlite"))).ok());
    AttemptRepository attempts(restored);
    const auto takes = attempts.forQuestion(p.recorded.questionId);
    REQUIRE(takes.ok());
    REQUIRE(takes->size() == 2);
    CHECK(takes->at(1).id == p.recorded.id);
    CHECK(takes->at(1).best);
    CHECK_FALSE(takes->at(0).best);
}

TEST_CASE("A profile backs up to one archive and restores only after it checks out", "[storage][takeout]")
{
    Profile p;
    const QString archive = p.root.filePath(QStringLiteral("profile.tar"));
    REQUIRE(ProfileArchive::create(p.database, p.dir, archive).ok());
    REQUIRE(ProfileArchive::check(archive).ok());
    coach::test::writeFile(QDir(p.dir).filePath(QStringLiteral("settings.ini")), "[mock]\nquestionCount=3\n");

    // Changes after the backup, then the restore (with the database closed, as the program does).
    REQUIRE(p.attempts->remove(p.recorded.id).ok());
    p.database.close();
    const auto previous =
        ProfileArchive::restore(archive, p.dir, QDateTime(QDate(2026, 11, 5), QTime(10, 0)));
    REQUIRE(previous.ok());
    CHECK(previous.value().endsWith(QStringLiteral("profile.before-restore-20261105-100000")));
    CHECK(QFile::exists(QDir(previous.value()).filePath(QStringLiteral("coach.sqlite"))));
    CHECK(coach::test::readFile(QDir(p.dir).filePath(QStringLiteral("settings.ini"))) ==
          "[mock]\nquestionCount=3\n");
    CHECK(coach::test::readFile(QDir(p.dir).filePath(p.recorded.audioPath)) == "the take's audio");
    Database restored;
    REQUIRE(restored.open(QDir(p.dir).filePath(QStringLiteral("coach.sqlite"))).ok());
    AttemptRepository attempts(restored);
    CHECK(attempts.count() == 2);
    CHECK(attempts.attempt(p.recorded.id)->rating == 3);
    restored.close();

    const auto write = [&](const char *name, const QByteArray &content) {
        const QString path = p.root.filePath(QString::fromLatin1(name));
        coach::test::writeFile(path, content);
        return path;
    };
    CHECK(ProfileArchive::check(write("not.tar", "not an archive at all"))
              .error()
              .contains(QStringLiteral("is not a profile backup")));
    {
        // An archive with something else in it, and one without a database.
        QTemporaryDir odd;
        coach::test::writeFile(odd.filePath(QStringLiteral("notes.txt")), "hello");
        QProcess::execute(QStringLiteral("tar"),
                          {QStringLiteral("-cf"), p.root.filePath(QStringLiteral("odd.tar")),
                           QStringLiteral("-C"), odd.path(), QStringLiteral("notes.txt")});
        CHECK(ProfileArchive::check(p.root.filePath(QStringLiteral("odd.tar")))
                  .error()
                  .contains(QStringLiteral("not part of a profile")));
        coach::test::writeFile(odd.filePath(QStringLiteral("coach.sqlite")),
                               "not a database, but named like one");
        QProcess::execute(QStringLiteral("tar"),
                          {QStringLiteral("-cf"), p.root.filePath(QStringLiteral("bad.tar")),
                           QStringLiteral("-C"), odd.path(), QStringLiteral("coach.sqlite")});
        CHECK(ProfileArchive::check(p.root.filePath(QStringLiteral("bad.tar")))
                  .error()
                  .contains(QStringLiteral("cannot be restored")));
        // A refused restore changes nothing.
        const QByteArray before = coach::test::readFile(QDir(p.dir).filePath(QStringLiteral("coach.sqlite")));
        CHECK_FALSE(ProfileArchive::restore(p.root.filePath(QStringLiteral("bad.tar")), p.dir).ok());
        CHECK(coach::test::readFile(QDir(p.dir).filePath(QStringLiteral("coach.sqlite"))) == before);
    }

    REQUIRE(ProfileArchive::deleteAll(p.dir).ok());
    CHECK(QDir(p.dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("settings.ini")});
}

TEST_CASE("The export, the backup and the bank file carry the person's key points",
          "[storage][takeout][keypoints]")
{
    Profile p;
    KeyPointRepository keyPoints(p.database);
    const QList<KeyPoint> points = {
        {QStringLiteral("composite index"), {}},
        {QStringLiteral("Kubectl rollout"), QStringLiteral("cube control rollout")}};
    REQUIRE(keyPoints.setForQuestion(p.recorded.questionId, points).ok());
    REQUIRE(keyPoints
                .saveResults(
                    p.recorded.id, keyPointSignature(points),
                    {{points.at(0).phrase, true, 4000, 4800, 1}, {points.at(1).phrase, false, -1, -1, 0}})
                .ok());

    SECTION("export-all: the question's key points, what each take was heard to cover, the CSV and the bank")
    {
        DataExport exporter(*p.questions, *p.attempts, *p.stories, p.dir);
        exporter.setKeyPoints(&keyPoints);
        const QString target = p.root.filePath(QStringLiteral("export"));
        REQUIRE(exporter.run(target).ok());
        const QDir out(target);
        const QString md = QString::fromUtf8(coach::test::readFile(
            out.filePath(QStringLiteral("questions/001-tell-me-about-yourself-as-a-backend-engineer.md"))));
        CHECK(md.contains(QStringLiteral("## Key points\n\n- composite index\n- Kubectl rollout (sounds like "
                                         "\"cube control rollout\")\n")));
        CHECK(md.contains(QStringLiteral("  - Key points heard: 1 of 2\n  - Missed: Kubectl rollout\n")));
        const QString csv =
            QString::fromUtf8(coach::test::readFile(out.filePath(QStringLiteral("attempts.csv"))));
        CHECK(csv.section(u'\n', 0, 0).endsWith(QStringLiteral(",key_points_heard,key_points_listened_for")));
        CHECK(csv.contains(QStringLiteral(",1,2\n")));
        const auto bank = BankFiles::load(out.filePath(QStringLiteral("bank-backend-engineer.json")));
        REQUIRE(bank.ok());
        for (const Question &q : bank->questions)
            CHECK(q.keyPoints == (q.id == p.recorded.questionId ? points : QList<KeyPoint>()));
    }
    SECTION("the bank file: written as the person's, read back into a profile without them, checked")
    {
        auto bank = p.questions->bank(QStringLiteral("backend-engineer"));
        REQUIRE(bank.ok());
        const QByteArray json = BankFiles::toJson(bank.value());
        CHECK(json.contains("\"key_points\""));
        CHECK(json.contains("\"sounds_like\": \"cube control rollout\""));
        // The bundled bank in the program never has them.
        CHECK_FALSE(
            coach::test::readFile(QStringLiteral(":/banks/backend-engineer.json")).contains("key_points"));

        // Imported as another bank (the bundled id is refused): its questions come with the key points.
        QuestionBank copy = bank.value();
        copy.id = QStringLiteral("my-backend");
        for (Question &q : copy.questions)
            q.id = QStringLiteral("my-") + q.id;
        const QString file = p.root.filePath(QStringLiteral("my-backend.json"));
        REQUIRE(BankFiles::save(copy, file).ok());
        const auto loaded = BankFiles::load(file);
        REQUIRE(loaded.ok());
        REQUIRE(p.questions->importBank(loaded.value()).ok());
        CHECK(keyPoints.forQuestion(QStringLiteral("my-") + p.recorded.questionId).value() == points);

        // A file with a bad list is refused with a message that says what is wrong.
        QByteArray bad = coach::test::readFile(file);
        bad.replace("\"phrase\": \"composite index\"", "\"phrase\": \"and the\"");
        const QString badFile = p.root.filePath(QStringLiteral("bad.json"));
        coach::test::writeFile(badFile, bad);
        const auto refused = BankFiles::load(badFile);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("key_points")));
    }
    SECTION("the backup: restored with the key points and what was heard")
    {
        const QString archive = p.root.filePath(QStringLiteral("profile.tar"));
        REQUIRE(ProfileArchive::create(p.database, p.dir, archive).ok());
        REQUIRE(keyPoints.setForQuestion(p.recorded.questionId, {}).ok());
        p.database.close();
        REQUIRE(ProfileArchive::restore(archive, p.dir, QDateTime(QDate(2026, 11, 5), QTime(10, 0))).ok());
        Database restored;
        REQUIRE(restored.open(QDir(p.dir).filePath(QStringLiteral("coach.sqlite"))).ok());
        KeyPointRepository back(restored);
        CHECK(back.forQuestion(p.recorded.questionId).value() == points);
        CHECK(back.results(p.recorded.id).value().size() == 2);
    }
}
