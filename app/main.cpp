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
#include "storage/historyquery.h"
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
#include <memory>

namespace {

int printAndExit(const QString &text, FILE *stream, int code)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
    return code;
}

// For the start-up benchmark: report the first paint of the main window on stdout, then quit.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // The children paint in the same pass; the report goes out once the pass is over.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

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
    Status opened = database.open(databasePath);
    if (!opened && database.isDamaged()) {
        // A damaged database is never written to: the newest automatic copy can take its place.
        const QStringList copies = backups.list();
        if (copies.isEmpty()) {
            showStartupError(
                opened.error() + u'\n' +
                QCoreApplication::translate("Messages", "There is no automatic backup to restore."));
            return 1;
        }
        if (!askToRestoreBackup(opened.error(), copies.constFirst()))
            return 1;
        if (const auto restored = Backups::restore(copies.constFirst(), databasePath); !restored) {
            showStartupError(restored.error());
            return 1;
        }
        opened = database.open(databasePath);
    }
    if (!opened) {
        showStartupError(opened.error());
        return 1;
    }
    QuestionRepository questions(database);
    auto bank = BankLoader::loadFile(QStringLiteral(":/banks/backend-engineer.json"));
    if (!bank) {
        showStartupError(bank.error());
        return 1;
    }
    if (auto imported = questions.importBundledBank(bank.value()); !imported) {
        showStartupError(imported.error());
        return 1;
    }

    const auto settings =
        options.portable
            ? std::make_unique<Settings>(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")))
            : std::make_unique<Settings>();
    // Takes cut short by a crash or power loss become recovered attempts before anything else is shown.
    AttemptRepository attempts(database);
    const RecoveryReport recovery = TakeRecovery::run(options.dataDir, attempts, [](const QString &path) {
        const auto decoded = OpusFileReader::decode(path);
        return decoded ? TakeProbe{!decoded->samples.empty(), decoded->durationMs()} : TakeProbe{};
    });

    // Attempts deleted more than 30 days ago leave the trash, file and row together.
    AttemptTrash trash(attempts, options.dataDir);
    const PurgeReport purged = trash.purge();
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
        showStartupError(error);
        return 1;
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.showRecoveryReport(recovery);
    if (!purged.problems.isEmpty())
        window.showTrashProblems(purged.problems);
    QTimer::singleShot(500, &window, [&window] { window.analyseBacklog(); });
    // One copy a day, taken once the window is up.
    QTimer::singleShot(3000, &window, [&] {
        if (const auto daily = backups.takeDaily(database); !daily)
            window.statusBar()->showMessage(daily.error(), 15000);
    });
    QuitAfterFirstPaint quitAfterPaint;
    if (qEnvironmentVariableIsSet("COACH_QUIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&quitAfterPaint);
    window.show();
    const int code = app->exec();

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
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    return 0;
}
