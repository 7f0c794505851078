// Composition root: builds the application, the profile's services, the session and the window, and wires
// them together.
#include "audio/deliveryanalyzer.h"
#include "core/commandline.h"
#include "core/settings.h"
#include "core/translations.h"
#include "core/version.h"
#include "platform/deferredmedia.h"
#include "platform/fontpreload.h"
#include "platform/mediamodule.h"
#include "platform/singleinstance.h"
#include "startup/afterfirstpaint.h"
#include "startup/commandlinemodes.h"
#include "startup/profilesession.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/historyquery.h"
#include "storage/mocksessionrepository.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "widgets/mainwindow.h"
#include "widgets/messageprompts.h"
#include "widgets/startupwiring.h"

#include <QApplication>
#include <QDir>

#include <memory>

int main(int argc, char *argv[])
{
    using namespace coach;
    QCoreApplication::setOrganizationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    const CommandLine early = CommandLine::parseBeforeApplication(argc, argv);
    const bool headless = early.action != CommandLine::Action::Run; // the modes need no display
    // The fonts and the profile's lock are read on other threads while the application (which outlives them)
    // is made.
    std::unique_ptr<QCoreApplication> app;
    const auto fonts = headless ? nullptr : std::make_unique<FontPreload>();
    const auto lockAhead = headless ? nullptr : std::make_unique<LockAhead>(early.dataDir);
    app = headless ? std::make_unique<QCoreApplication>(argc, argv)
                   : std::make_unique<QApplication>(argc, argv);
    const QString language = installTranslations(*app, CommandLine::languageArgument(argc, argv));
    const CommandLine options = CommandLine::parse(app->arguments());
    if (const auto mode = CommandLineModes::run(options); mode.finished)
        return mode.print();
    if (fonts)
        prepareDesktop(*fonts);
    // A second start with the same profile hands over to the running one.
    SingleInstance instance(options.dataDir);
    if (!instance.claim(lockAhead.get()))
        return CommandLineModes::alreadyRunning().print();
    MessagePrompts prompts;
    ProfileSession session(options.dataDir, prompts);
    session.setInstance(&instance);
    if (const auto ended = session.open())
        return *ended;
    Database &database = session.database();
    const auto settings =
        options.portable
            ? std::make_unique<Settings>(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")))
            : std::make_unique<Settings>();
    QuestionRepository questions(database);
    questions.preload(false); // read beside the window being built; the list starts without hidden ones
    AttemptRepository attempts(database);
    AttemptTrash trash(attempts, options.dataDir);
    HistoryQuery history(database);
    MockSessionRepository mockSessions(database);
    StoryRepository stories(database);
    // Sound comes from the media module, loaded once the window is up (or when first used).
    MediaModule media(MediaModule::installedPaths());
    DeferredRecorder recorder(media);
    DeferredRecorder mockRecorder(media);
    DeferredMicrophones microphones(media);
    DeferredPlayer player(media);
    DeferredVoice voice(media); // the engine itself starts only when a mock interview needs it
    DeliveryAnalyzer analyzer;
    if (fonts)
        fonts->wait(); // the window measures text from here on
    MainWindow window({questions, attempts, *settings, recorder, mockRecorder, microphones, player, stories,
                       analyzer, history, trash, mockSessions, voice, database, options.dataDir, language});
    if (const QString error = window.reload(); !error.isEmpty())
        return session.failToLoad(error);
    connectSession(session, window);
    connectDesktop(instance, media, window);
    session.begin(attempts, trash);
    // The check on start waits for the first sight of the window.
    AfterFirstPaint::install(&window, [&session] { session.startCheck(); });
    AfterFirstPaint::quitIfBenchmarking(&window);
    window.show();
    const int code = app->exec();
    return session.finish(code, changeAfterClose(window));
}
