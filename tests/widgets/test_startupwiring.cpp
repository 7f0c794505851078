#include "audio/deliveryanalyzer.h"
#include "core/settings.h"
#include "media/audioplayer.h"
#include "media/audiorecorder.h"
#include "media/speechvoice.h"
#include "media/systemmicrophones.h"
#include "models/attemptlistmodel.h"
#include "startup/profilesession.h"
#include "startup/startupprompts.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/historyquery.h"
#include "storage/mocksessionrepository.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "storage/takerecovery.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/attemptspanel.h"
#include "widgets/mainwindow.h"
#include "widgets/messagebox.h"
#include "widgets/startupwiring.h"

#include <QAction>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace coach;

namespace {

class SilentPrompts final : public StartupPrompts
{
public:
    bool askToRestoreBackup(const QString &, const QString &) override { return false; }
    void showStartupError(const QString &message) override { FAIL(message.toStdString()); }
    void showProblem(const QString &message) override { FAIL(message.toStdString()); }
};

} // namespace

TEST_CASE("The window follows the profile session: recording waits for the check", "[widgets][startup]")
{
    QTemporaryDir dir;
    coach::test::createProfile(dir.path());
    SilentPrompts prompts;
    ProfileSession session(dir.path(), prompts);
    // The profile holds the backend bank: with nothing to add, the check waits for the window.
    REQUIRE_FALSE(session.open({QStringLiteral(":/banks/backend-engineer.json")}).has_value());
    REQUIRE(session.isCheckPending());

    Database &database = session.database();
    QuestionRepository questions(database);
    AttemptRepository attempts(database);
    AttemptTrash trash(attempts, dir.path());
    HistoryQuery history(database);
    MockSessionRepository mockSessions(database);
    StoryRepository stories(database);
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    SpeechVoice voice;
    AudioRecorder recorder;
    AudioRecorder mockRecorder;
    SystemMicrophones microphones;
    AudioPlayer player;
    DeliveryAnalyzer analyzer;
    MainWindow window({questions, attempts, settings, recorder, mockRecorder, microphones, player, stories,
                       analyzer, history, trash, mockSessions, voice, database, dir.path(),
                       QStringLiteral("en")});
    REQUIRE(window.reload().isEmpty());
    connectSession(session, window);
    session.begin(attempts, trash);

    auto *record = window.findChild<QAction *>(QStringLiteral("recordAction"));
    REQUIRE(record != nullptr);
    CHECK_FALSE(record->isEnabled());
    session.startCheck();
    CHECK(coach::test::waitFor([&] { return record->isEnabled(); }, 20000));
    CHECK(changeAfterClose(window).kind == ProfileSession::Change::Kind::None);

    SECTION("takes recovered at start are reported and listed, problems shown")
    {
        const QString question = settings.value(Settings::Key::LastQuestionId).toString();
        REQUIRE_FALSE(question.isEmpty());
        Attempt take;
        take.questionId = question;
        take.startedAt = QDateTime::currentDateTimeUtc();
        take.durationMs = 4000;
        take.audioPath = QStringLiteral("recordings/recovered.opus");
        const auto added = attempts.add(take);
        REQUIRE(added.ok());
        auto *panel = window.findChild<AttemptsPanel *>(QStringLiteral("attemptsPanel"));
        REQUIRE(panel != nullptr);
        CHECK(panel->model()->rowCount() == 0);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        Q_EMIT session.recovered({{added.value()}, {QStringLiteral("recordings/broken.opus: unreadable")}});
        CHECK(MessageBox::pendingAnswers() == 0);
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("recovered and kept: 1")));
        CHECK(panel->model()->rowCount() == 1);
    }
    SECTION("attempts that could not leave the trash are named")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        Q_EMIT session.trashProblems({QStringLiteral("recordings/a.opus: permission denied")});
        CHECK(MessageBox::pendingAnswers() == 0);
    }
    MessageBox::clearNextAnswers();
}
