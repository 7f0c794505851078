#include "core/attempt.h"
#include "core/bankloader.h"
#include "core/takefiles.h"
#include "media/opusfilewriter.h"
#include "startup/profilesession.h"
#include "startup/startupprompts.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/profilearchive.h"
#include "storage/questionrepository.h"
#include "storage/takerecovery.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <vector>

using namespace coach;

namespace {

// Answers the session's questions as the test says, and keeps what it was told.
class FakePrompts final : public StartupPrompts
{
public:
    bool restoreAnswer = true;
    QStringList asked; // the problems the person was asked about
    QStringList errors;
    QStringList problems;

    bool askToRestoreBackup(const QString &problem, const QString &) override
    {
        asked << problem;
        return restoreAnswer;
    }
    void showStartupError(const QString &message) override { errors << message; }
    void showProblem(const QString &message) override { problems << message; }
};

// A session on dir with the fake prompts, counting restarts instead of starting a program, and what it
// reported.
struct Session
{
    explicit Session(const QString &dir)
        : session(dir, prompts)
    {
        session.setRestart([this] { ++restarts; });
        QObject::connect(&session, &ProfileSession::readOnly, &session,
                         [this](const QString &reason) { readOnlyReason = reason; });
        QObject::connect(&session, &ProfileSession::recordingAllowed, &session,
                         [this](bool allowed) { recording = allowed; });
        QObject::connect(
            &session, &ProfileSession::recovered, &session,
            [this](const RecoveryReport &report) { recoveredReports << report.recovered.size(); });
        QObject::connect(&session, &ProfileSession::backlogReady, &session, [this] { backlog = true; });
        QObject::connect(&session, &ProfileSession::damageFound, &session,
                         [this](const QString &problem) { damage = problem; });
    }
    // The repositories the start-up writes through, once the database is open.
    void begin()
    {
        attempts = std::make_unique<AttemptRepository>(session.database());
        trash = std::make_unique<AttemptTrash>(*attempts, session.database().path().section(u'/', 0, -2));
        session.begin(*attempts, *trash);
    }

    FakePrompts prompts;
    ProfileSession session;
    std::unique_ptr<AttemptRepository> attempts;
    std::unique_ptr<AttemptTrash> trash;
    int restarts = 0;
    QString readOnlyReason;
    std::optional<bool> recording;
    QList<qsizetype> recoveredReports;
    bool backlog = false;
    QString damage;
};

// What a folder holds, but for SQLite's log and shared-memory files, which opening a file in WAL mode makes
// even when nothing is written.
QStringList entries(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString &name) {
        return name.endsWith(QStringLiteral("-wal")) || name.endsWith(QStringLiteral("-shm"));
    });
    return names;
}

// The damaged database files put aside by a restore (without their log).
QStringList damagedAside(const QString &dir)
{
    QStringList names = entries(dir);
    names.removeIf(
        [](const QString &name) { return !name.startsWith(QStringLiteral("coach.sqlite.damaged-")); });
    return names;
}

QStringList backupsIn(const QString &dir)
{
    return QDir(QDir(dir).filePath(QStringLiteral("backups"))).entryList(QDir::Files);
}

// The current schema, stamped as an older one: open() checks the file before it would update it, so the
// damage is found there. The backup taken first is a sound copy in the current schema.
QString makeOlderDamagedProfile(const QTemporaryDir &dir, bool withBackup)
{
    const QString path = coach::test::createProfile(dir.path());
    if (withBackup) {
        QDir().mkpath(dir.filePath(QStringLiteral("backups")));
        REQUIRE(
            QFile::copy(path, dir.filePath(QStringLiteral("backups/coach-20261101-090000-daily.sqlite"))));
    }
    {
        Database stamp;
        REQUIRE(stamp.open(path).ok());
        QSqlQuery q(stamp.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    coach::test::damagePage(path, static_cast<int>(QFileInfo(path).size() / 4096 / 2));
    return path;
}

// The bank of the profiles coach::test::createProfile() makes: opened with it alone, such a profile has no
// bundled bank to add, so the check on start stays pending as on any ordinary start.
const QStringList kBackendOnly{QStringLiteral(":/banks/backend-engineer.json")};

int bundledQuestionCount()
{
    int count = 0;
    for (const QString &file : BankLoader::bundledFiles()) {
        const auto bank = BankLoader::loadFile(file);
        REQUIRE(bank.ok());
        count += static_cast<int>(bank->questions.size());
    }
    return count;
}

} // namespace

TEST_CASE("A fresh profile: schema and bank written, the start-up's writes done at once", "[startup]")
{
    QTemporaryDir dir;
    Session s(dir.path());
    REQUIRE_FALSE(s.session.open().has_value());
    CHECK(s.prompts.errors.isEmpty());
    CHECK(s.session.database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(coach::test::countQuestions(s.session.database()) == bundledQuestionCount());
    CHECK_FALSE(s.session.isCheckPending()); // a new file has nothing to check
    CHECK(coach::test::canUpdate(s.session.database()));

    s.begin();
    CHECK_FALSE(s.recording.has_value()); // never held back
    REQUIRE(coach::test::waitFor([&] { return s.recoveredReports.size() == 1; }));
    CHECK(s.recoveredReports.first() == 0);
    CHECK(coach::test::waitFor([&] { return s.backlog; }));
    CHECK(coach::test::waitFor([&] { return backupsIn(dir.path()).size() == 1; }, 10000));
    CHECK(s.readOnlyReason.isEmpty());
}

TEST_CASE("An existing profile stays read-only until the check passes, then recovers takes", "[startup]")
{
    QTemporaryDir dir;
    coach::test::createProfile(dir.path());
    // A take whose program died before its attempt was stored.
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-600);
    const QString take = takeRelativePath(QStringLiteral("be-tell-me-about-yourself"), started);
    QDir(dir.path()).mkpath(QStringLiteral("recordings"));
    {
        auto writer = OpusFileWriter::create(QDir(dir.path()).filePath(take), 48000, 1);
        REQUIRE(writer.ok());
        std::vector<qint16> tone(48000);
        for (size_t i = 0; i < tone.size(); ++i)
            tone[i] = static_cast<qint16>(8000 * std::sin(static_cast<double>(i) * 0.06));
        REQUIRE(writer.value()->write(tone).ok());
        REQUIRE(writer.value()->finish().ok());
    }

    Session s(dir.path());
    REQUIRE_FALSE(s.session.open(kBackendOnly).has_value());
    CHECK(s.session.isCheckPending());
    CHECK_FALSE(coach::test::canUpdate(s.session.database()));
    s.begin();
    CHECK(s.recording == std::optional<bool>(false));
    CHECK(s.recoveredReports.isEmpty()); // nothing written before the check

    s.session.startCheck(); // as the window paints
    REQUIRE(coach::test::waitFor([&] { return s.recoveredReports.size() == 1; }, 20000));
    CHECK(s.recording == std::optional<bool>(true));
    CHECK(s.recoveredReports.first() == 1);
    CHECK(coach::test::canUpdate(s.session.database()));
    const auto stored = s.attempts->forQuestion(QStringLiteral("be-tell-me-about-yourself"));
    REQUIRE(stored.ok());
    REQUIRE(stored.value().size() == 1);
    CHECK(stored.value().first().status == Attempt::Status::Recovered);
    CHECK(stored.value().first().audioPath == take);
}

TEST_CASE("The check on start begins by itself should the window never paint", "[startup]")
{
    QTemporaryDir dir;
    coach::test::createProfile(dir.path());
    Session s(dir.path());
    REQUIRE_FALSE(s.session.open(kBackendOnly).has_value());
    s.begin();
    REQUIRE(coach::test::waitFor([&] { return s.recording == std::optional<bool>(true); },
                                 ProfileSession::kCheckFallbackMs + 20000));
    CHECK(coach::test::canUpdate(s.session.database()));
}

TEST_CASE("A database from a newer version is refused with a message and left untouched", "[startup]")
{
    QTemporaryDir dir;
    const QString path = coach::test::createProfile(dir.path());
    {
        Database newer;
        REQUIRE(newer.open(path).ok());
        QSqlQuery q(newer.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = coach::test::readFile(path);
    const QStringList files = entries(dir.path());

    Session s(dir.path());
    CHECK(s.session.open() == std::optional<int>(1));
    REQUIRE(s.prompts.errors.size() == 1);
    CHECK(s.prompts.errors.first().contains(QStringLiteral("newer version of Interview Coach")));
    CHECK(s.prompts.asked.isEmpty());
    s.session.database().close();
    CHECK(coach::test::readFile(path) == before);
    CHECK(entries(dir.path()) == files);
}

TEST_CASE("A database damaged on open: the newest backup is offered", "[startup]")
{
    QTemporaryDir dir;
    const QString path = makeOlderDamagedProfile(dir, true);
    const QByteArray damaged = coach::test::readFile(path);

    SECTION("accepted: the copy takes its place, the damaged file is kept beside it")
    {
        Session s(dir.path());
        REQUIRE_FALSE(s.session.open(kBackendOnly).has_value());
        REQUIRE(s.prompts.asked.size() == 1);
        CHECK(s.prompts.asked.first().contains(QStringLiteral("damaged")));
        CHECK(s.prompts.errors.isEmpty());
        CHECK(coach::test::countQuestions(s.session.database()) == 20);
        const QStringList aside = damagedAside(dir.path());
        REQUIRE(aside.size() == 1);
        CHECK(coach::test::readFile(dir.filePath(aside.first())) == damaged);
        CHECK(s.restarts == 0); // nothing had started yet: this start goes on
    }
    SECTION("declined: nothing changes, and the start fails")
    {
        const QStringList files = entries(dir.path());
        Session s(dir.path());
        s.prompts.restoreAnswer = false;
        CHECK(s.session.open() == std::optional<int>(1));
        CHECK(s.prompts.asked.size() == 1);
        s.session.database().close();
        CHECK(coach::test::readFile(path) == damaged);
        CHECK(entries(dir.path()) == files);
    }
}

TEST_CASE("A database damaged on open with no backup: said, and nothing changes", "[startup]")
{
    QTemporaryDir dir;
    const QString path = makeOlderDamagedProfile(dir, false);
    const QByteArray damaged = coach::test::readFile(path);
    const QStringList files = entries(dir.path());

    Session s(dir.path());
    CHECK(s.session.open() == std::optional<int>(1));
    CHECK(s.prompts.asked.isEmpty());
    REQUIRE(s.prompts.errors.size() == 1);
    CHECK(s.prompts.errors.first().contains(QStringLiteral("There is no automatic backup to restore.")));
    s.session.database().close();
    CHECK(coach::test::readFile(path) == damaged);
    CHECK(entries(dir.path()) == files);
}

TEST_CASE("Damage found by the check after open: reported, nothing written, the backup after close",
          "[startup]")
{
    QTemporaryDir dir;
    const QString path = coach::test::createProfile(dir.path());
    QDir().mkpath(dir.filePath(QStringLiteral("backups")));
    REQUIRE(QFile::copy(path, dir.filePath(QStringLiteral("backups/coach-20261101-090000-daily.sqlite"))));
    coach::test::damagePage(path, static_cast<int>(QFileInfo(path).size() / 4096 / 2));
    const QByteArray damaged = coach::test::readFile(path);

    Session s(dir.path());
    // The schema is readable; the damage is further in.
    REQUIRE_FALSE(s.session.open(kBackendOnly).has_value());
    s.begin();
    s.session.startCheck();
    REQUIRE(coach::test::waitFor([&] { return !s.damage.isEmpty(); }, 20000));
    CHECK(s.damage.contains(QStringLiteral("is damaged")));
    CHECK(s.recording == std::optional<bool>(false)); // never allowed
    CHECK(s.recoveredReports.isEmpty());
    CHECK_FALSE(coach::test::canUpdate(s.session.database()));

    // The window closed: the newest backup takes the file's place, and the program starts again.
    CHECK(s.session.finish(1, {}) == 0);
    CHECK(s.prompts.asked == QStringList{s.damage});
    CHECK(s.restarts == 1);
    const QStringList aside = damagedAside(dir.path());
    REQUIRE(aside.size() == 1);
    CHECK(coach::test::readFile(dir.filePath(aside.first())) == damaged);
    Database restored;
    REQUIRE(restored.open(path).ok());
    CHECK(coach::test::countQuestions(restored) == 20);
}

TEST_CASE("A data folder that cannot be written to: opened read-only, with the reason", "[startup]")
{
    QTemporaryDir dir;
    const QString path = coach::test::createProfile(dir.path());
    const QByteArray before = coach::test::readFile(path);
    const QStringList files = entries(dir.path());

    Session s(dir.path());
    s.session.setWritableCheck(
        [](const QString &) { return Status::failure(QStringLiteral("Read-only file system")); });
    REQUIRE_FALSE(s.session.open().has_value());
    CHECK(s.session.database().isReadOnly());
    CHECK_FALSE(s.session.isCheckPending()); // nothing to wait for: nothing will be written
    CHECK(coach::test::countQuestions(s.session.database()) == 20);
    CHECK_FALSE(coach::test::canUpdate(s.session.database()));
    s.begin();
    CHECK(s.readOnlyReason == QStringLiteral("Read-only file system"));
    // Nothing is queued to run later either: what begin() would start runs from the event loop.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(s.recoveredReports.isEmpty());
    s.session.database().close();
    CHECK(coach::test::readFile(path) == before);
    CHECK(entries(dir.path()) == files);
}

TEST_CASE("A newer bundled bank waits for the check, then is written before the window reads it", "[startup]")
{
    QTemporaryDir dir;
    coach::test::createProfile(dir.path());
    QJsonObject bank =
        QJsonDocument::fromJson(coach::test::readFile(QStringLiteral(":/banks/backend-engineer.json")))
            .object();
    const int newer = bank[QStringLiteral("version")].toInt() + 1;
    bank[QStringLiteral("version")] = newer;
    const QString bankFile = dir.filePath(QStringLiteral("newer.json"));
    coach::test::writeFile(bankFile, QJsonDocument(bank).toJson());

    Session s(dir.path());
    REQUIRE_FALSE(s.session.open({bankFile}).has_value());
    CHECK(s.prompts.errors.isEmpty());
    CHECK_FALSE(s.session.isCheckPending()); // the check ran during open()
    CHECK(QuestionRepository(s.session.database()).storedBankVersion(QStringLiteral("backend-engineer")) ==
          newer);
    CHECK(coach::test::canUpdate(s.session.database()));
    s.begin();
    CHECK_FALSE(s.recording.has_value());
    CHECK(coach::test::waitFor([&] { return s.recoveredReports.size() == 1; }));
}

TEST_CASE("After the window closed: a restore or deleting everything, then a new start", "[startup]")
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString archive = elsewhere.filePath(QStringLiteral("profile.tar"));
    Session s(dir.path());
    REQUIRE_FALSE(s.session.open().has_value());
    REQUIRE(ProfileArchive::create(s.session.database(), dir.path(), archive).ok());

    SECTION("nothing to do: the exit code stays, no new start")
    {
        CHECK(s.session.finish(3, {}) == 3);
        CHECK(s.restarts == 0);
    }
    SECTION("restore: the previous profile kept beside it")
    {
        CHECK(s.session.finish(0, {ProfileSession::Change::Kind::Restore, archive}) == 0);
        CHECK(s.restarts == 1);
        CHECK(s.prompts.problems.isEmpty());
        CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("coach.sqlite"))));
        const QStringList before =
            QDir(dir.path() + QStringLiteral("/.."))
                .entryList({QDir(dir.path()).dirName() + QStringLiteral(".before-restore-*")}, QDir::Dirs);
        CHECK(before.size() == 1);
        for (const QString &old : before)
            QDir(dir.filePath(QStringLiteral("../") + old)).removeRecursively();
    }
    SECTION("delete everything")
    {
        CHECK(s.session.finish(0, {ProfileSession::Change::Kind::DeleteAll, {}}) == 0);
        CHECK(s.restarts == 1);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("coach.sqlite"))));
    }
    SECTION("a restore that fails is said, and the program starts again all the same")
    {
        CHECK(s.session.finish(
                  0, {ProfileSession::Change::Kind::Restore, archive + QStringLiteral(".gone")}) == 0);
        CHECK(s.prompts.problems.size() == 1);
        CHECK(s.restarts == 1);
    }
}

TEST_CASE("Every bank under :/banks is bundled, the backend bank first", "[startup][banks]")
{
    const QStringList files = BankLoader::bundledFiles();
    REQUIRE(files.size() == 8);
    CHECK(files.constFirst() == QStringLiteral(":/banks/backend-engineer.json"));
    QStringList listed;
    for (const QString &file : files)
        listed.append(QFileInfo(file).fileName());
    listed.sort();
    CHECK(listed == QDir(QStringLiteral(":/banks")).entryList(QDir::Files, QDir::Name));
}

TEST_CASE("Bundled banks already current are not read again; a newer or new one is written",
          "[startup][banks]")
{
    QTemporaryDir dir;
    {
        Session first(dir.path());
        REQUIRE_FALSE(first.session.open().has_value());
        const auto questions = QuestionRepository(first.session.database()).questions();
        REQUIRE(questions.ok());
        CHECK(questions->constFirst().id == QStringLiteral("be-tell-me-about-yourself"));
        CHECK(questions->constFirst().followUps.size() >= 2);
        CHECK(QuestionRepository(first.session.database()).storedBankVersions().size() == 8);
    }
    // A bank whose header names the stored version is skipped without parsing the rest: a file cut short
    // after its header starts the program all the same.
    const QByteArray backend = coach::test::readFile(QStringLiteral(":/banks/backend-engineer.json"));
    const QString cut = dir.filePath(QStringLiteral("cut.json"));
    coach::test::writeFile(cut, backend.left(backend.indexOf("\"title\"")));
    // A bank not yet stored, among them.
    QJsonObject extra = QJsonDocument::fromJson(backend).object();
    extra[QStringLiteral("id")] = QStringLiteral("backend-extra");
    QJsonArray questions = extra[QStringLiteral("questions")].toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QJsonObject q = questions.at(i).toObject();
        q[QStringLiteral("id")] = QStringLiteral("extra-%1").arg(i);
        questions.replace(i, q);
    }
    extra[QStringLiteral("questions")] = questions;
    const QString added = dir.filePath(QStringLiteral("extra.json"));
    coach::test::writeFile(added, QJsonDocument(extra).toJson());

    {
        Session s(dir.path());
        REQUIRE_FALSE(s.session.open({cut}).has_value());
        CHECK(s.prompts.errors.isEmpty());
        CHECK(s.session.isCheckPending()); // nothing to write: the check waits for the window
    }
    Session s(dir.path());
    REQUIRE_FALSE(s.session.open({cut, added}).has_value());
    CHECK(s.prompts.errors.isEmpty());
    CHECK_FALSE(s.session.isCheckPending()); // it ran before the new bank was written
    CHECK(QuestionRepository(s.session.database()).storedBankVersion(QStringLiteral("backend-extra")) ==
          extra[QStringLiteral("version")].toInt());
    CHECK(coach::test::countQuestions(s.session.database()) == bundledQuestionCount() + 20);
}

TEST_CASE("A bundled bank that fails its checks stops the start with its name", "[startup][banks]")
{
    QTemporaryDir dir;
    QJsonObject bank =
        QJsonDocument::fromJson(coach::test::readFile(QStringLiteral(":/banks/data-engineer.json"))).object();
    QJsonArray questions = bank[QStringLiteral("questions")].toArray();
    QJsonObject q = questions.at(0).toObject();
    q[QStringLiteral("follow_ups")] = QJsonArray{QStringLiteral("<i>Why?</i>")};
    questions.replace(0, q);
    bank[QStringLiteral("questions")] = questions;
    const QString file = dir.filePath(QStringLiteral("broken.json"));
    coach::test::writeFile(file, QJsonDocument(bank).toJson());

    Session s(dir.filePath(QStringLiteral("profile")));
    QDir().mkpath(dir.filePath(QStringLiteral("profile")));
    CHECK(s.session.open({file}) == std::optional<int>(1));
    REQUIRE(s.prompts.errors.size() == 1);
    CHECK(s.prompts.errors.first().contains(QStringLiteral("broken.json")));
    CHECK(s.prompts.errors.first().contains(QStringLiteral("follow_ups")));
}
