// The widgets over the fake recorder, player and voice: their flow and states, fast and with no sound server.
// The same widgets over the real audio classes are tested in test_recording.cpp and test_mockinterview.cpp.
#include "core/deliverytext.h"
#include "core/mockinterview.h"
#include "core/settings.h"
#include "core/takefiles.h"
#include "fakes/fakemicrophones.h"
#include "fakes/fakeplayer.h"
#include "fakes/fakerecorder.h"
#include "fakes/fakevoice.h"
#include "models/attemptlistmodel.h"
#include "models/mocksummarymodel.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/mocksessionrepository.h"
#include "storage/questionrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/attemptspanel.h"
#include "widgets/mockinterviewwindow.h"
#include "widgets/recorderpanel.h"
#include "widgets/waveformview.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coach;
using coach::test::child;

namespace {

struct FakeStudio
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<QuestionRepository> questions;
    std::unique_ptr<AttemptRepository> attempts;
    std::unique_ptr<MockSessionRepository> sessions;
    std::unique_ptr<Settings> settings;
    test::FakeRecorder recorder;
    test::FakeMicrophones microphones;
    test::FakePlayer player;
    test::FakeVoice voice;

    FakeStudio()
    {
        test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        questions = std::make_unique<QuestionRepository>(database);
        attempts = std::make_unique<AttemptRepository>(database);
        sessions = std::make_unique<MockSessionRepository>(database);
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    }
    QList<Question> firstQuestions(int count) const
    {
        const auto all = questions->questions();
        REQUIRE(all.ok());
        REQUIRE(all->size() >= count);
        return all->mid(0, count);
    }
};

} // namespace

TEST_CASE("A mock interview over the fakes: asked, thought over, answered, moved on and summed up",
          "[widgets][mock][fakes]")
{
    FakeStudio studio;
    studio.voice.setFinishesAtOnce(false);
    const QList<Question> questions = studio.firstQuestions(2);
    MockInterviewWindow window(*studio.attempts, *studio.sessions, studio.recorder, studio.player,
                               studio.voice, *studio.settings, studio.dir.path());
    window.show();
    MockOptions options;
    options.questionCount = 2;
    options.thinkingSeconds = 30;
    options.capSeconds = 120;
    REQUIRE(window.start(questions, options).isEmpty());
    const MockSession *session = window.session();
    REQUIRE(session != nullptr);
    CHECK(studio.recorder.maxDurationMs() == 120000);

    // Asking: the voice reads the first question until it is done.
    CHECK(session->state() == MockSession::State::Speaking);
    CHECK(studio.voice.said() == QStringList{questions[0].text});
    CHECK(child<QLabel>(window, "mockQuestion")->text() == questions[0].text);
    REQUIRE(window.speechLatenciesMs().size() == 1);
    studio.voice.finishSpeaking();
    CHECK(session->state() == MockSession::State::Thinking);
    CHECK(studio.recorder.state() == Recorder::State::Idle);

    // Thinking ends early with the one key; the answer is recorded under the question's id.
    window.next();
    CHECK(session->state() == MockSession::State::Recording);
    CHECK(studio.recorder.state() == Recorder::State::Recording);
    CHECK(studio.recorder.lastTags().value(QStringLiteral("QUESTION_ID")) == questions[0].id);
    studio.recorder.advance(1500);
    // The status follows the recorder's time on the window's next tick.
    CHECK(test::waitFor(
        [&] { return child<QLabel>(window, "mockStatus")->text().contains(DeliveryText::clock(1500)); },
        5000));
    window.next();
    CHECK(studio.recorder.state() == Recorder::State::Idle);
    CHECK(session->state() == MockSession::State::Between);

    // The second question: read, answered straight away, and the interview ends.
    window.next();
    CHECK(session->state() == MockSession::State::Speaking);
    CHECK(studio.voice.said().size() == 2);
    CHECK(studio.voice.said().last() == questions[1].text);
    studio.voice.finishSpeaking();
    window.next();
    studio.recorder.advance(2500);
    window.next();
    CHECK(session->state() == MockSession::State::Summary);
    CHECK(window.windowTitle() == QStringLiteral("Mock Interview: Summary"));
    REQUIRE(window.summary()->rowCount() == 2);
    CHECK(window.summary()->answeredCount() == 2);
    REQUIRE(window.summary()->attempt(0) != nullptr);
    CHECK(window.summary()->attempt(0)->durationMs == 1500);
    CHECK(window.summary()->attempt(1)->durationMs == 2500);
    CHECK(window.summary()->attempt(0)->mockSessionId == window.sessionId());
    const auto stored = studio.sessions->session(window.sessionId());
    REQUIRE(stored.ok());
    CHECK(stored->endedAt.isValid());
    window.close();
}

TEST_CASE("A mock interview over the fakes without a voice ends at once when the microphone is refused",
          "[widgets][mock][fakes]")
{
    FakeStudio studio;
    studio.voice.setAvailable(false);
    const QList<Question> questions = studio.firstQuestions(1);
    MockInterviewWindow window(*studio.attempts, *studio.sessions, studio.recorder, studio.player,
                               studio.voice, *studio.settings, studio.dir.path());
    window.show();
    MockOptions options;
    options.questionCount = 1;
    options.thinkingSeconds = 0;
    studio.recorder.refuseNextStart(QStringLiteral("No microphone was found."));
    REQUIRE(window.start(questions, options).isEmpty());
    const MockSession *session = window.session();
    CHECK(session->speechUnavailable());
    CHECK(studio.voice.said().isEmpty());
    // No answer can be recorded, so the interview ends at once and says why.
    CHECK(session->state() == MockSession::State::Summary);
    CHECK(session->end() == MockSession::End::RecorderProblem);
    CHECK(child<QLabel>(window, "mockNotice")->text() == QStringLiteral("No microphone was found."));
    CHECK(window.summary()->answeredCount() == 0);
    CHECK(studio.recorder.starts() == 0);
    window.close();
}

TEST_CASE("The attempts panel plays, pauses, seeks and stops a take through the player",
          "[widgets][attempts][fakes]")
{
    FakeStudio studio;
    const QString questionId = studio.firstQuestions(1).first().id;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QString relative = takeRelativePath(questionId, started);
    const QString file = QDir(studio.dir.path()).filePath(relative);
    REQUIRE(QDir().mkpath(QFileInfo(file).absolutePath()));
    test::writeFile(file, "take");
    Attempt take;
    take.questionId = questionId;
    take.startedAt = started;
    take.durationMs = 3000;
    take.audioPath = relative;
    REQUIRE(studio.attempts->add(take).ok());

    AttemptsPanel panel(*studio.attempts, studio.player, studio.dir.path());
    panel.show();
    panel.setQuestionId(questionId);
    auto *list = child<QListView>(panel, "attemptList");
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *play = child<QPushButton>(panel, "playButton");
    auto *position = child<QLabel>(panel, "playbackPosition");
    REQUIRE(play->isEnabled());

    QTest::mouseClick(play, Qt::LeftButton);
    CHECK(studio.player.path() == file);
    CHECK(studio.player.state() == Player::State::Playing);
    CHECK(play->text() == QStringLiteral("Pause"));

    studio.player.advance(1000);
    CHECK(position->text() ==
          QStringLiteral("%1 / %2").arg(DeliveryText::clock(1000), DeliveryText::clock(3000)));
    QTest::mouseClick(play, Qt::LeftButton);
    CHECK(studio.player.state() == Player::State::Paused);
    CHECK(play->text() == QStringLiteral("Play"));

    Q_EMIT child<WaveformView>(panel, "playbackWaveform")->seekRequested(2000);
    CHECK(studio.player.positionMs() == 2000);
    CHECK(position->text() ==
          QStringLiteral("%1 / %2").arg(DeliveryText::clock(2000), DeliveryText::clock(3000)));

    QTest::mouseClick(play, Qt::LeftButton);
    CHECK(studio.player.state() == Player::State::Playing);
    studio.player.advance(5000); // past the end: it stops by itself
    CHECK(studio.player.state() == Player::State::Stopped);
    CHECK(play->text() == QStringLiteral("Play"));
    CHECK(studio.player.plays() == 2);

    QTest::mouseClick(play, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(panel, "stopButton"), Qt::LeftButton);
    CHECK(studio.player.state() == Player::State::Stopped);
    CHECK(studio.player.positionMs() == 0);
}

TEST_CASE("The recorder panel shows the recorder's states, time and limit", "[widgets][recorder][fakes]")
{
    FakeStudio studio;
    RecorderPanel panel(studio.recorder, studio.microphones, *studio.attempts, *studio.settings,
                        studio.dir.path());
    panel.show();
    panel.setQuestion(studio.firstQuestions(1).first().id, 90);
    QSignalSpy recording(&panel, &RecorderPanel::recordingChanged);
    auto *button = child<QPushButton>(panel, "recordButton");
    auto *label = child<QLabel>(panel, "recordingLabel");
    auto *time = child<QLabel>(panel, "recordTimeLabel");
    CHECK(button->text() == QStringLiteral("Record"));
    CHECK_FALSE(panel.isRecording());
    const qint64 cap = studio.recorder.maxDurationMs();
    CHECK(cap == studio.settings->value(Settings::Key::RecordingCapSeconds).toInt() * 1000LL);

    // The device takes a moment to open: the panel says so, and offers to stop already.
    studio.recorder.setStartsAtOnce(false);
    REQUIRE(studio.recorder.start(studio.dir.filePath(QStringLiteral("take.opus"))).ok());
    CHECK(panel.isRecording());
    CHECK(button->text() == QStringLiteral("Stop"));
    CHECK(label->text() == QStringLiteral("Waiting for the microphone…"));
    studio.recorder.answerStart();
    CHECK(label->text() == QStringLiteral("\u25cf Recording"));

    studio.recorder.advance(95000);
    CHECK(time->text() == QStringLiteral("%1 / target %2 · limit %3")
                              .arg(AttemptListModel::formatDuration(95000),
                                   AttemptListModel::formatDuration(90000),
                                   AttemptListModel::formatDuration(cap)));

    // Ended from the panel's own button.
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(studio.recorder.state() == Recorder::State::Idle);
    CHECK_FALSE(panel.isRecording());
    CHECK(button->text() == QStringLiteral("Record"));
    CHECK(label->text().isEmpty());
    CHECK(recording.size() >= 2);
    CHECK_FALSE(recording.last().first().toBool());
}

TEST_CASE("A mock interview with follow-ups: each asked after its answer, saved linked to it, in the summary",
          "[widgets][mock][fakes]")
{
    FakeStudio studio;
    const QList<Question> questions = studio.firstQuestions(1);
    REQUIRE(questions[0].followUps.size() >= 2);
    const QString followUp = questions[0].followUps.constFirst();
    MockInterviewWindow window(*studio.attempts, *studio.sessions, studio.recorder, studio.player,
                               studio.voice, *studio.settings, studio.dir.path());
    window.show();
    MockOptions options;
    options.questionCount = 1;
    options.thinkingSeconds = 0;
    options.askFollowUp = true;
    REQUIRE(window.start(questions, options).isEmpty());
    const MockSession *session = window.session();
    REQUIRE(session != nullptr);
    studio.voice.finishSpeaking();
    REQUIRE(session->state() == MockSession::State::Recording); // no time to think
    studio.recorder.advance(3000);
    window.next();
    REQUIRE(session->state() == MockSession::State::Between);
    CHECK(child<QLabel>(window, "mockStatus")->text() ==
          QStringLiteral("Answer saved. A follow-up question…"));

    // The follow-up is read aloud and shown like a question, and recorded under the same question.
    window.next();
    CHECK(studio.voice.said().constLast() == followUp);
    CHECK(child<QLabel>(window, "mockQuestion")->text() == followUp);
    CHECK(child<QLabel>(window, "mockProgress")->text() == QStringLiteral("Follow-up to question 1 of 1"));
    studio.voice.finishSpeaking();
    REQUIRE(session->state() == MockSession::State::Recording);
    CHECK(studio.recorder.lastTags().value(QStringLiteral("QUESTION_ID")) == questions[0].id);
    studio.recorder.advance(1200);
    window.next();
    REQUIRE(session->state() == MockSession::State::Summary);

    REQUIRE(window.summary()->rowCount() == 2);
    const Attempt *first = window.summary()->attempt(0);
    const Attempt *second = window.summary()->attempt(1);
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(first->durationMs == 3000);
    CHECK(first->followUpOf == 0);
    CHECK(second->durationMs == 1200);
    CHECK(second->followUpOf == first->id);
    CHECK(window.summary()->index(1, MockSummaryModel::QuestionColumn).data().toString() ==
          QStringLiteral("Follow-up: ") + followUp);
    CHECK(child<QLabel>(window, "mockSummaryHeading")
              ->text()
              .startsWith(QStringLiteral("Interview finished: 1 of 1 questions answered")));
    // Stored: the follow-up's attempt names the one it followed.
    const auto stored = studio.attempts->attempt(second->id);
    REQUIRE(stored.ok());
    CHECK(stored->followUpOf == first->id);
    window.close();
}
