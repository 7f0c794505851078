// Composition root: parses the command line, opens the profile and shows the main window.
#include "audio/audiofile.h"
#include "audio/audioplayer.h"
#include "audio/audiorecorder.h"
#include "audio/deliveryanalyzer.h"
#include "audio/opusfilereader.h"
#include "audio/speechvoice.h"
#include "core/bankloader.h"
#include "core/commandline.h"
#include "core/settings.h"
#include "core/speechanalysis.h"
#include "core/translations.h"
#include "core/version.h"
#include "platform/singleinstance.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/historyquery.h"
#include "storage/integritycheck.h"
#include "storage/mocksessionrepository.h"
#include "storage/profilearchive.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "storage/takerecovery.h"
#include "widgets/mainwindow.h"
#include "widgets/messages.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

namespace {

int printAndExit(const QString &text, FILE *stream, int code)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
    return code;
}

// Runs a function once the window it watches has painted for the first time (the children paint in the
// same pass: the function runs once the pass is over).
class AfterFirstPaint final : public QObject
{
public:
    explicit AfterFirstPaint(std::function<void()> run)
        : m_run(std::move(run))
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, m_run);
        }
        return false;
    }

private:
    std::function<void()> m_run;
};

// A damaged database is never written to: the newest automatic copy can take its place, and the damaged
// file is kept beside it. False: there is no copy, the person declined, or the copy could not be put back.
bool restoreNewestBackup(const QString &problem, const coach::Backups &backups, const QString &databasePath)
{
    using namespace coach;
    const QStringList copies = backups.list();
    if (copies.isEmpty()) {
        showStartupError(problem + u'\n' +
                         QCoreApplication::translate("Messages", "There is no automatic backup to restore."));
        return false;
    }
    if (!askToRestoreBackup(problem, copies.constFirst()))
        return false;
    if (const auto restored = Backups::restore(copies.constFirst(), databasePath); !restored) {
        showStartupError(restored.error());
        return false;
    }
    return true;
}

// The program starts itself again, with the same arguments (after a restore or deleting everything).
void startAgain()
{
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace coach;
    QCoreApplication::setOrganizationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    // --help and --version must work without a display.
    std::unique_ptr<QCoreApplication> app = CommandLine::isHeadless(argc, argv)
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);
    const QString language = installTranslations(*app, CommandLine::languageArgument(argc, argv));

    const CommandLine options = CommandLine::parse(app->arguments());
    switch (options.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        return printAndExit(options.text, stdout, 0);
    case CommandLine::Action::Error:
        return printAndExit(options.text, stderr, 2);
    case CommandLine::Action::Analyze: {
        const auto audio = AudioFile::read(options.analyzeFile);
        if (!audio)
            return printAndExit(audio.error(), stderr, 1);
        return printAndExit(
            QString::fromStdString(deliveryFiguresToJson(analyseSpeech(audio->samples, audio->sampleRate))),
            stdout, 0);
    }
    case CommandLine::Action::Backup: {
        Database database;
        if (Status opened = database.open(QDir(options.dataDir).filePath(QStringLiteral("coach.sqlite")));
            !opened)
            return printAndExit(opened.error(), stderr, 1);
        if (Status made = ProfileArchive::create(database, options.dataDir, options.archiveFile); !made)
            return printAndExit(made.error(), stderr, 1);
        return printAndExit(QDir::toNativeSeparators(options.archiveFile), stdout, 0);
    }
    case CommandLine::Action::Restore: {
        SingleInstance running(options.dataDir);
        if (!running.claim())
            return printAndExit(QCoreApplication::translate("Messages",
                                                            "Interview Coach is running with this data "
                                                            "folder; close it before restoring."),
                                stderr, 1);
        const auto previous = ProfileArchive::restore(options.archiveFile, options.dataDir);
        if (!previous)
            return printAndExit(previous.error(), stderr, 1);
        return printAndExit(
            QCoreApplication::translate("Messages", "Restored. The previous profile is kept in %1.")
                .arg(QDir::toNativeSeparators(previous.value())),
            stdout, 0);
    }
    case CommandLine::Action::Run:
        break;
    }
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(kDisplayName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kDesktopId));

    // A second start with the same profile hands over to the running one.
    SingleInstance instance(options.dataDir);
    if (!instance.claim()) {
        return printAndExit(QCoreApplication::translate("Messages",
                                                        "Interview Coach is already running with "
                                                        "this data folder; its window was brought to "
                                                        "the front."),
                            stderr, 0);
    }

    Database database;
    const QString databasePath = QDir(options.dataDir).filePath(QStringLiteral("coach.sqlite"));
    Backups backups(QDir(options.dataDir).filePath(QStringLiteral("backups")));
    database.setBeforeMigration([&](int, int to) {
        const auto taken = backups.take(database, QStringLiteral("before-schema-%1").arg(to));
        return taken ? Status::success() : Status::failure(taken.error());
    });
    // A data folder that cannot be written to (read-only, not permitted, a full disk) still shows what is in
    // it: the database is opened for reading only and the window says why nothing new is saved.
    const Status writable = DataFolder::checkWritable(options.dataDir);
    Status opened = writable ? database.open(databasePath) : database.openReadOnly(databasePath);
    if (!opened && database.isDamaged()) {
        if (!restoreNewestBackup(opened.error(), backups, databasePath))
            return 1;
        opened = database.open(databasePath);
    }
    if (!opened) {
        showStartupError(writable ? opened.error() : writable.error() + u'\n' + opened.error());
        return 1;
    }
    // Every start checks the file. When open() did not (no schema update), the check runs on a thread of its
    // own once the window has painted, and the connection stays read-only until it passes.
    IntegrityCheck check;
    // Damage found after the database was opened: closed, then the newest backup can take its place, and the
    // program starts again.
    const auto restoreAndRestart = [&](const QString &problem) {
        database.closeKeepingFile();
        instance.release();
        if (!restoreNewestBackup(problem, backups, databasePath))
            return 1;
        startAgain();
        return 0;
    };
    bool checkPending = !database.isReadOnly() && !database.isCheckedOnOpen();
    if (checkPending) {
        if (Status readOnly = database.setQueryOnly(true); !readOnly) {
            showStartupError(readOnly.error());
            return 1;
        }
    }
    QuestionRepository questions(database);
    auto bank = BankLoader::loadFile(QStringLiteral(":/banks/backend-engineer.json"));
    if (!bank) {
        showStartupError(bank.error());
        return 1;
    }
    // A newer bundled bank must be written before the list is read: that start waits for the check.
    if (checkPending && questions.storedBankVersion(bank->id) < bank->version) {
        check.start(databasePath);
        if (Status sound = check.wait(); !sound && check.foundDamage())
            return restoreAndRestart(sound.error());
        checkPending = false;
    }
    // Read-only, the bundled bank is written only into the stand-in kept in memory when there is no file.
    const bool inMemory = database.path() == QLatin1String(":memory:");
    if (!checkPending && (!database.isReadOnly() || inMemory)) {
        if (Status canWrite = database.setQueryOnly(false); !canWrite) {
            showStartupError(canWrite.error());
            return 1;
        }
        if (auto imported = questions.importBundledBank(bank.value()); !imported) {
            showStartupError(imported.error());
            return 1;
        }
        if (database.isReadOnly())
            (void)database.setQueryOnly(true);
    }

    const auto settings =
        options.portable
            ? std::make_unique<Settings>(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")))
            : std::make_unique<Settings>();
    AttemptRepository attempts(database);
    AttemptTrash trash(attempts, options.dataDir);
    HistoryQuery history(database);
    MockSessionRepository mockSessions(database);
    SpeechVoice voice; // the engine itself starts only when a mock interview needs it

    AudioRecorder recorder;
    AudioPlayer player;
    StoryRepository stories(database);
    DeliveryAnalyzer analyzer;
    MainWindow window({questions, attempts, *settings, recorder, player, stories, analyzer, history, trash,
                       mockSessions, voice, database, options.dataDir, language});
    if (const QString error = window.reload(); !error.isEmpty()) {
        if (checkPending) {
            check.start(databasePath);
            if (Status sound = check.wait(); !sound && check.foundDamage())
                return restoreAndRestart(sound.error());
        }
        showStartupError(error);
        return 1;
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    // What start-up writes waits for a sound database: takes cut short by a crash or power loss become
    // recovered attempts, the trash is emptied of what was deleted 30 days ago, the day's backup is taken,
    // and takes not yet analysed are analysed.
    const auto startWriting = [&] {
        const RecoveryReport recovery = TakeRecovery::run(options.dataDir, attempts, [](const QString &path) {
            const auto decoded = OpusFileReader::decode(path);
            return decoded ? TakeProbe{!decoded->samples.empty(), decoded->durationMs()} : TakeProbe{};
        });
        window.showRecoveryReport(recovery);
        if (const PurgeReport purged = trash.purge(); !purged.problems.isEmpty())
            window.showTrashProblems(purged.problems);
        QTimer::singleShot(500, &window, [&window] { window.analyseBacklog(); });
        QTimer::singleShot(3000, &window, [&] {
            if (const auto daily = backups.takeDaily(database); !daily)
                window.statusBar()->showMessage(daily.error(), 15000);
        });
    };
    QString damage;
    // The check starts once the window has painted, so that it does not hold up the first sight of it.
    AfterFirstPaint startCheck([&check, &databasePath] { check.start(databasePath); });
    if (checkPending) {
        QObject::connect(&check, &IntegrityCheck::finished, &window, [&] {
            const Status sound = check.wait();
            if (!sound && check.foundDamage()) {
                // Nothing is written: the program closes, and the newest backup can take the file's place.
                damage = sound.error();
                window.hide(); // not close(): closing saves notes and drafts, which must not be tried now
                QCoreApplication::exit(1);
                return;
            }
            if (!sound) // the check itself could not run: said, and the program goes on as before the check
                window.statusBar()->showMessage(sound.error(), 20000);
            if (Status canWrite = database.setQueryOnly(false); !canWrite) {
                window.setReadOnly(canWrite.error());
                return;
            }
            window.setRecordingAllowed(true);
            startWriting();
        });
        // A take started now could not be saved yet, and recovery must not mistake it for an interrupted one.
        window.setRecordingAllowed(false);
        window.installEventFilter(&startCheck);
        QTimer::singleShot(2000, &check, [&] { check.start(databasePath); }); // should no paint come
    } else if (database.isReadOnly()) {
        window.setReadOnly(writable.error());
    } else {
        QTimer::singleShot(0, &window, startWriting);
    }
    // For the start-up benchmark: the first paint is reported on stdout, then the program quits.
    AfterFirstPaint quitAfterPaint([] {
        std::fputs("first-paint\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    if (qEnvironmentVariableIsSet("COACH_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&quitAfterPaint);
    window.show();
    const int code = app->exec();

    if (!damage.isEmpty())
        return restoreAndRestart(damage);
    // A restore or deleting everything happens with the database closed, then the program starts again.
    const MainWindow::PendingChange pending = window.pendingChange();
    if (pending.kind == MainWindow::PendingChange::Kind::None)
        return code;
    instance.release();
    database.close();
    QString problem;
    if (pending.kind == MainWindow::PendingChange::Kind::Restore) {
        if (const auto previous = ProfileArchive::restore(pending.archive, options.dataDir); !previous)
            problem = previous.error();
    } else if (Status deleted = ProfileArchive::deleteAll(options.dataDir); !deleted) {
        problem = deleted.error();
    }
    if (!problem.isEmpty())
        QMessageBox::warning(nullptr, QString::fromLatin1(kDisplayName), problem);
    startAgain();
    return 0;
}
