#include "startup/profilesession.h"

#include "audio/opusfilereader.h"
#include "core/bankfiles.h"
#include "core/bankloader.h"
#include "platform/singleinstance.h"
#include "startup/startupprompts.h"
#include "storage/attempttrash.h"
#include "storage/datafolder.h"
#include "storage/profilearchive.h"
#include "storage/questionrepository.h"
#include "storage/takerecovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <utility>

namespace coach {

namespace {

// The program starts itself again, with the same arguments (after a restore or deleting everything).
void startAgain()
{
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
}

// Whether a take has audio, and its length, without decoding it where the file's end can be found: this runs
// on the GUI thread at start, and a take of hours must not hold the window up.
TakeProbe probeTake(const QString &path)
{
    const auto samples = OpusFileReader::sampleCount(path);
    return samples ? TakeProbe{samples.value() > 0, samples.value() * 1000 / DecodedAudio::kSampleRate}
                   : TakeProbe{};
}

} // namespace

ProfileSession::ProfileSession(QString dataDir, StartupPrompts &prompts, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_prompts(prompts)
    , m_backups(QDir(m_dataDir).filePath(QStringLiteral("backups")))
    , m_restart(startAgain)
    , m_writableCheck(&DataFolder::checkWritable)
{
    m_database.setBeforeMigration([this](int, int to) {
        const auto taken = m_backups.take(m_database, QStringLiteral("before-schema-%1").arg(to));
        return taken ? Status::success() : Status::failure(taken.error());
    });
    connect(&m_check, &IntegrityCheck::finished, this, &ProfileSession::onCheckFinished);
}

ProfileSession::~ProfileSession() = default;

QString ProfileSession::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("coach.sqlite"));
}

std::optional<int> ProfileSession::open(const QStringList &bankFiles)
{
    // A restore killed midway left its unpacked copy beside the profile; this program holds the profile now,
    // so no restore is running.
    ProfileArchive::removeLeftoverRestores(m_dataDir);
    if (Status opened = openDatabase(); !opened) {
        if (!opened.error().isEmpty())
            m_prompts.showStartupError(opened.error());
        return 1;
    }
    // Every start checks the file. When open() did not (no schema update), the check runs on a thread of its
    // own once the window has painted, and the connection stays read-only until it passes.
    m_checkPending = !m_database.isReadOnly() && !m_database.isCheckedOnOpen();
    if (m_checkPending) {
        if (Status readOnly = m_database.setQueryOnly(true); !readOnly) {
            m_prompts.showStartupError(readOnly.error());
            return 1;
        }
    }
    return importBanks(bankFiles);
}

// Failure with an empty message: the person was asked already (a damaged file they did not replace).
Status ProfileSession::openDatabase()
{
    // A data folder that cannot be written to (read-only, not permitted, a full disk) still shows what is in
    // it: the database is opened for reading only and the window says why nothing new is saved.
    m_writable = m_writableCheck(m_dataDir);
    const QString path = databasePath();
    Status opened = m_writable ? m_database.open(path) : m_database.openReadOnly(path);
    if (!opened && m_database.isDamaged()) {
        if (!restoreNewestBackup(opened.error()))
            return Status::failure(QString());
        opened = m_database.open(path);
    }
    if (!opened && !m_writable)
        return Status::failure(m_writable.error() + u'\n' + opened.error());
    return opened;
}

// The banks of bankFiles that are new or newer than the stored copies, each with its place in the list. A
// bank whose stored copy is current is told by its header alone and not parsed: that is every start but the
// first after an update.
Result<QList<QPair<QuestionBank, int>>> ProfileSession::banksToWrite(const QStringList &bankFiles)
{
    using R = Result<QList<QPair<QuestionBank, int>>>;
    const QHash<QString, int> stored = QuestionRepository(m_database).storedBankVersions();
    QList<QPair<QuestionBank, int>> banks;
    for (qsizetype i = 0; i < bankFiles.size(); ++i) {
        QFile file(bankFiles.at(i));
        const QString name = QFileInfo(bankFiles.at(i)).fileName();
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(BankLoader::tr("%1: cannot be read: %2").arg(name, file.errorString()));
        // The bundled banks are stored uncompressed: mapped, only the header's page is read.
        const qint64 size = file.size();
        uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
        const QByteArray json =
            mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size) : file.readAll();
        const BankLoader::Header header = BankLoader::peekHeader(json);
        if (!header.id.isEmpty() && stored.value(header.id) >= header.version)
            continue;
        auto bank = BankLoader::parse(json, name);
        if (!bank)
            return R::failure(bank.error());
        if (Status checked = BankFiles::check(bank.value(), name); !checked)
            return R::failure(checked.error());
        if (stored.value(bank->id) < bank->version)
            banks.append({std::move(bank).value(), static_cast<int>(i)});
    }
    return banks;
}

std::optional<int> ProfileSession::importBanks(const QStringList &bankFiles)
{
    const auto banks = banksToWrite(bankFiles);
    if (!banks) {
        m_prompts.showStartupError(banks.error());
        return 1;
    }
    if (banks->isEmpty())
        return std::nullopt;
    // A new or newer bundled bank must be written before the list is read: that start waits for the check.
    if (m_checkPending) {
        m_check.start(databasePath());
        if (Status sound = m_check.wait(); !sound && m_check.foundDamage())
            return restoreAndRestart(sound.error());
        m_checkPending = false;
    }
    // Read-only, the bundled banks are written only into the stand-in kept in memory when there is no file.
    const bool inMemory = m_database.path() == QLatin1String(":memory:");
    if (m_database.isReadOnly() && !inMemory)
        return std::nullopt;
    if (Status canWrite = m_database.setQueryOnly(false); !canWrite) {
        m_prompts.showStartupError(canWrite.error());
        return 1;
    }
    QuestionRepository questions(m_database);
    for (const auto &[bank, position] : banks.value()) {
        if (auto imported = questions.importBundledBank(bank, position); !imported) {
            m_prompts.showStartupError(imported.error());
            return 1;
        }
    }
    if (m_database.isReadOnly())
        (void)m_database.setQueryOnly(true);
    return std::nullopt;
}

int ProfileSession::failToLoad(const QString &error)
{
    if (m_checkPending) {
        m_check.start(databasePath());
        if (Status sound = m_check.wait(); !sound && m_check.foundDamage())
            return restoreAndRestart(sound.error());
    }
    m_prompts.showStartupError(error);
    return 1;
}

void ProfileSession::begin(AttemptRepository &attempts, AttemptTrash &trash)
{
    m_attempts = &attempts;
    m_trash = &trash;
    if (m_checkPending) {
        // A take started now could not be saved yet, and recovery must not mistake it for an interrupted one.
        Q_EMIT recordingAllowed(false);
        QTimer::singleShot(kCheckFallbackMs, this, &ProfileSession::startCheck);
    } else if (m_database.isReadOnly()) {
        Q_EMIT readOnly(m_writable.error());
    } else {
        QTimer::singleShot(0, this, &ProfileSession::startWriting);
    }
}

void ProfileSession::startCheck()
{
    if (m_checkPending)
        m_check.start(databasePath()); // a second call does nothing
}

void ProfileSession::onCheckFinished()
{
    if (!m_checkPending)
        return; // the check ran during open(), which waited for it
    m_checkPending = false;
    const Status sound = m_check.wait();
    if (!sound && m_check.foundDamage()) {
        // Nothing is written: the program ends, and finish() offers the newest backup in the file's place.
        m_damage = sound.error();
        Q_EMIT damageFound(m_damage);
        return;
    }
    if (!sound) // the check itself could not run: said, and the program goes on as before the check
        Q_EMIT statusMessage(sound.error(), 20000);
    if (Status canWrite = m_database.setQueryOnly(false); !canWrite) {
        Q_EMIT readOnly(canWrite.error());
        return;
    }
    Q_EMIT recordingAllowed(true);
    startWriting();
}

// What start-up writes waits for a sound database: takes cut short by a crash or power loss become
// recovered attempts, the trash is emptied of what was deleted 30 days ago, takes not yet analysed are
// analysed, and the day's backup is taken.
void ProfileSession::startWriting()
{
    Q_EMIT recovered(TakeRecovery::run(m_dataDir, *m_attempts, probeTake));
    if (const PurgeReport purged = m_trash->purge(); !purged.problems.isEmpty())
        Q_EMIT trashProblems(purged.problems);
    QTimer::singleShot(kBacklogDelayMs, this, &ProfileSession::backlogReady);
    QTimer::singleShot(kDailyBackupDelayMs, this, &ProfileSession::takeDailyBackup);
}

void ProfileSession::takeDailyBackup()
{
    if (const auto daily = m_backups.takeDaily(m_database); !daily)
        Q_EMIT statusMessage(daily.error(), 15000);
}

bool ProfileSession::restoreNewestBackup(const QString &problem)
{
    const QStringList copies = m_backups.list();
    if (copies.isEmpty()) {
        m_prompts.showStartupError(
            problem + u'\n' +
            QCoreApplication::translate("Messages", "There is no automatic backup to restore."));
        return false;
    }
    if (!m_prompts.askToRestoreBackup(problem, copies.constFirst()))
        return false;
    if (const auto restored = Backups::restore(copies.constFirst(), databasePath()); !restored) {
        m_prompts.showStartupError(restored.error());
        return false;
    }
    return true;
}

int ProfileSession::restoreAndRestart(const QString &problem)
{
    m_database.closeKeepingFile();
    releaseProfile();
    if (!restoreNewestBackup(problem))
        return 1;
    m_restart();
    return 0;
}

void ProfileSession::releaseProfile()
{
    if (m_instance)
        m_instance->release();
}

int ProfileSession::finish(int exitCode, const Change &change)
{
    if (!m_damage.isEmpty())
        return restoreAndRestart(m_damage);
    if (change.kind == Change::Kind::None)
        return exitCode;
    // A restore or deleting everything happens with the database closed, then the program starts again.
    releaseProfile();
    m_database.close();
    QString problem;
    if (change.kind == Change::Kind::Restore) {
        if (const auto previous = ProfileArchive::restore(change.archive, m_dataDir); !previous)
            problem = previous.error();
    } else if (Status deleted = ProfileArchive::deleteAll(m_dataDir); !deleted) {
        problem = deleted.error();
    }
    if (!problem.isEmpty())
        m_prompts.showProblem(problem);
    m_restart();
    return 0;
}

} // namespace coach
