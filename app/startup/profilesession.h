// One profile from start to end: opens its database (read-only when the folder cannot be written to),
// offers the newest backup for a damaged one, keeps the connection read-only until the check on start
// passes, imports the bundled banks, then does the start-up's own writes; after the window closed, restores
// or deletes the profile and starts the program again. It reports by signals and asks through
// StartupPrompts: it never opens a window.
#pragma once

#include "core/bankloader.h"
#include "core/question.h"
#include "core/result.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/integritycheck.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace coach {

class AttemptRepository;
class AttemptTrash;
class SingleInstance;
class StartupPrompts;
struct RecoveryReport;

class ProfileSession final : public QObject
{
    Q_OBJECT

public:
    // What is left to do to the profile once the window has closed.
    struct Change
    {
        enum class Kind { None, Restore, DeleteAll };
        Kind kind = Kind::None;
        QString archive; // with Restore
    };

    // Waits of the start-up (milliseconds): the check begins at the first paint, or after kCheckFallbackMs
    // should no paint come; takes not yet analysed and the daily backup come once the window is in use.
    static constexpr int kCheckFallbackMs = 2000;
    static constexpr int kBacklogDelayMs = 500;
    static constexpr int kDailyBackupDelayMs = 3000;

    ProfileSession(QString dataDir, StartupPrompts &prompts, QObject *parent = nullptr);
    ~ProfileSession() override;
    Q_DISABLE_COPY_MOVE(ProfileSession)

    // The running instance's claim on the profile, given up before a restore and a restart.
    void setInstance(SingleInstance *instance) { m_instance = instance; }
    // How the program starts again (the default: this executable with the same arguments).
    void setRestart(std::function<void()> restart) { m_restart = std::move(restart); }
    // Whether new files can be written in the data folder (the default: DataFolder::checkWritable).
    void setWritableCheck(std::function<Status(const QString &dataDir)> check)
    {
        m_writableCheck = std::move(check);
    }

    // Opens the profile and imports the bundled banks (bankFiles, in their order) that are new or newer than
    // the stored copies. Empty: open, the window can be built; otherwise the program ends with that code (the
    // prompts said why, or a restored profile was started).
    std::optional<int> open(const QStringList &bankFiles = BankLoader::bundledFiles());
    // The window could not load the profile (error): a check still pending runs first, since damage is the
    // likelier cause and a backup can help. The exit code.
    int failToLoad(const QString &error);
    // Once the window is built and connected: holds recording until the check passes, or says the profile is
    // read-only, or does the start-up's writes on the next turn of the event loop.
    void begin(AttemptRepository &attempts, AttemptTrash &trash);
    // The window has painted: the pending check starts now rather than after the fallback wait.
    void startCheck();
    // After the event loop ended with exitCode: damage found meanwhile, a restore or deleting everything
    // happens now, with the database closed, and the program starts again. The program's exit code.
    int finish(int exitCode, const Change &change);

    Database &database() { return m_database; }
    Backups &backups() { return m_backups; }
    QString databasePath() const;
    // The connection is read-only until the check on start has passed.
    bool isCheckPending() const { return m_checkPending; }

Q_SIGNALS:
    // Nothing can be saved in this profile, and why; the window shows it and turns what writes off.
    void readOnly(const QString &reason);
    // Takes may (or may not yet) be recorded: none while the check is pending, as it could not be saved.
    void recordingAllowed(bool allowed);
    // Takes cut short by a crash or power loss, now attempts (the report may be empty).
    void recovered(const RecoveryReport &report);
    // Attempts the trash purge had to leave, one message each.
    void trashProblems(const QStringList &problems);
    // Takes not yet analysed can be analysed now.
    void backlogReady();
    // A passing remark for the status bar, shown for timeoutMs.
    void statusMessage(const QString &text, int timeoutMs);
    // The check found damage after the window came up: nothing more is written; the program is to end (exit
    // code 1) without saving anything, and finish() then offers the newest backup.
    void damageFound(const QString &problem);

private:
    Status openDatabase();
    Result<QList<QPair<QuestionBank, int>>> banksToWrite(const QStringList &bankFiles);
    std::optional<int> importBanks(const QStringList &bankFiles);
    void onCheckFinished();
    void startWriting();
    void takeDailyBackup();
    // A damaged database is never written to: the newest automatic copy can take its place, the damaged file
    // kept beside it. False: there is no copy, the person declined, or the copy could not be put back.
    bool restoreNewestBackup(const QString &problem);
    // Damage found after the database was opened: closed, the newest backup put in its place, and the
    // program started again. The exit code.
    int restoreAndRestart(const QString &problem);
    void releaseProfile();

    QString m_dataDir;
    StartupPrompts &m_prompts;
    Database m_database;
    Backups m_backups;
    IntegrityCheck m_check;
    Status m_writable = Status::success();
    bool m_checkPending = false;
    QString m_damage;
    AttemptRepository *m_attempts = nullptr;
    AttemptTrash *m_trash = nullptr;
    SingleInstance *m_instance = nullptr;
    std::function<void()> m_restart;
    std::function<Status(const QString &)> m_writableCheck;
};

} // namespace coach
