// Real audio end to end: speech into the virtual microphone, through the recorder panel, into an attempt;
// then played back into the virtual speaker and captured there.
#include "audio/deliveryanalyzer.h"
#include "audio/opusfilereader.h"
#include "core/bankloader.h"
#include "core/settings.h"
#include "core/speechanalysis.h"
#include "core/takefiles.h"
#include "media/audioplayer.h"
#include "media/audiorecorder.h"
#include "media/opusfilewriter.h"
#include "media/speechvoice.h"
#include "media/systemmicrophones.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/database.h"
#include "storage/historyquery.h"
#include "storage/mocksessionrepository.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "support/mounts.h"
#include "support/profile.h"
#include "support/speech.h"
#include "support/testsupport.h"
#include "widgets/attemptspanel.h"
#include "widgets/levelmeter.h"
#include "widgets/mainwindow.h"
#include "widgets/recorderpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstring>

using namespace coach;

namespace {

struct Studio
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<AttemptRepository> attempts;
    std::unique_ptr<Settings> settings;
    AudioRecorder recorder;
    SystemMicrophones microphones;

    Studio()
    {
        test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        attempts = std::make_unique<AttemptRepository>(database);
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    }
};

const QString kAnswer = QStringLiteral(
    "Last spring our checkout service slowed down every evening. I traced it to a missing index, "
    "added it, and the slowest requests went from two seconds to two hundred milliseconds.");

} // namespace

TEST_CASE("A spoken answer is recorded through the recorder panel into an attempt", "[audio][live]")
{
    test::requireAudioHarness();
    Studio studio;
    const QString wav = test::makeSpeechWav(studio.dir.path(), kAnswer);
    const std::vector<qint16> source = test::readWavSamples(wav);

    RecorderPanel panel(studio.recorder, studio.microphones, *studio.attempts, *studio.settings,
                        studio.dir.path());
    panel.setQuestion(QStringLiteral("be-improved-backend-performance"), 110);
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("microphoneCombo"));
    REQUIRE(test::waitFor([&] { return combo->count() > 0; }, 10000));
    QSignalSpy saved(&panel, &RecorderPanel::attemptSaved);

    QElapsedTimer startLatency;
    startLatency.start();
    panel.toggleRecording();
    INFO(panel.statusText());
    REQUIRE(test::waitFor([&] { return studio.recorder.state() == AudioRecorder::State::Recording; }, 10000));
    const qint64 latencyMs = startLatency.elapsed();
    QElapsedTimer take;
    take.start();
    // Half a second of the take's own audio before the speech, and as much after it.
    REQUIRE(test::waitFor([&] { return studio.recorder.elapsedMs() >= 500; }, 10000));
    test::speakIntoMicrophone(wav);
    const qint64 spokenMs = studio.recorder.elapsedMs();
    REQUIRE(test::waitFor([&] { return studio.recorder.elapsedMs() >= spokenMs + 500; }, 10000));
    const qint64 wallMs = take.elapsed();
    auto *meter = panel.findChild<LevelMeter *>(QStringLiteral("levelMeter"));
    REQUIRE(meter != nullptr);
    const double peakDuringTake = meter->peakHoldDbfs();
    panel.toggleRecording();
    REQUIRE(test::waitFor([&] { return saved.count() == 1; }, 10000));
    WARN("recording start latency: " << latencyMs << " ms");

    const Attempt attempt = saved.first().first().value<Attempt>();
    CHECK(attempt.id > 0);
    CHECK(attempt.questionId == QStringLiteral("be-improved-backend-performance"));
    CHECK(attempt.audioPath.startsWith(QStringLiteral("recordings/")));
    const QString file = QDir(studio.dir.path()).filePath(attempt.audioPath);
    const auto decoded = OpusFileReader::decode(file);
    INFO(decoded.error());
    REQUIRE(decoded.ok());
    CHECK_FALSE(decoded->truncated);

    // The take lasts what was played plus the silence around it, within 5%.
    CHECK(decoded->durationMs() == Approx(wallMs).epsilon(0.05));
    CHECK(attempt.durationMs == Approx(decoded->durationMs()).margin(100));
    // The speech arrives at the level it was played, within 3 dB.
    CHECK(test::speechRmsDbfs(decoded->samples) == Approx(test::speechRmsDbfs(source)).margin(3.0));
    CHECK(test::speechSpanMs(decoded->samples) == Approx(test::speechSpanMs(source)).epsilon(0.05));
    CHECK(decoded->tags.value(QStringLiteral("QUESTION_ID")) == attempt.questionId);

    // The delivery figures of the take match those of the file that was played into the microphone.
    auto toFloat = [](const std::vector<qint16> &s) {
        std::vector<float> f(s.size());
        std::transform(s.begin(), s.end(), f.begin(),
                       [](qint16 v) { return static_cast<float>(v) / 32768.0f; });
        return f;
    };
    const DeliveryFigures played = analyseSpeech(toFloat(source), 48000);
    const DeliveryFigures taken = analyseSpeech(toFloat(decoded->samples), 48000);
    CHECK(taken.speakingMs == Approx(played.speakingMs).epsilon(0.03));
    CHECK(taken.articulationWpm == Approx(played.articulationWpm).epsilon(0.15));
    CHECK(taken.pauseCount05s == played.pauseCount05s);
    CHECK(taken.firstWordMs ==
          Approx(played.firstWordMs + 500).margin(300)); // the half second before speaking

    // The row in the database is the one the panel reported.
    const auto stored = studio.attempts->forQuestion(attempt.questionId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().audioPath == attempt.audioPath);
    CHECK(stored->first().durationMs == attempt.durationMs);
    CHECK(stored->first().status == Attempt::Status::Complete);
    CHECK(QDir(studio.dir.filePath(QStringLiteral("recordings"))).entryList(QDir::Files).size() == 1);

    // The meter saw the speech, and went quiet once the take stopped.
    CHECK(peakDuringTake > -96.0);
    CHECK(meter->peakHoldDbfs() == -96.0);

    // A retake is a new file and a new attempt (one take serves both checks: each take is seconds of real
    // time).
    {
        panel.toggleRecording();
        REQUIRE(
            test::waitFor([&] { return studio.recorder.state() == AudioRecorder::State::Recording; }, 10000));
        REQUIRE(test::waitFor([&] { return studio.recorder.elapsedMs() >= 1000; }, 10000));
        panel.toggleRecording();
        REQUIRE(test::waitFor([&] { return saved.count() == 2; }, 10000));
        const Attempt retake = saved.at(1).first().value<Attempt>();
        CHECK(retake.audioPath != attempt.audioPath);
        CHECK(QFile::exists(file));
        CHECK(studio.attempts->forQuestion(attempt.questionId)->size() == 2);
    }

    // Playback of the first take reaches the speaker.
    {
        const QString capturePath = studio.dir.filePath(QStringLiteral("speaker.raw"));
        QProcess parec;
        parec.setStandardOutputFile(capturePath);
        parec.start(QStandardPaths::findExecutable(QStringLiteral("parec")),
                    {QStringLiteral("--device=speaker.monitor"), QStringLiteral("--latency-msec=20"),
                     QStringLiteral("--format=s16le"), QStringLiteral("--rate=48000"),
                     QStringLiteral("--channels=1")});
        REQUIRE(parec.waitForStarted());
        // The capture is running once its file grows (the monitor of the sink delivers silence meanwhile).
        constexpr qint64 kBytesPerMs = 48 * 2;
        const auto capturedBytes = [&] {
            return QFileInfo(capturePath).size();
        };
        REQUIRE(test::waitFor([&] { return capturedBytes() >= 100 * kBytesPerMs; }, 10000));

        AudioPlayer player;
        player.load(file);
        REQUIRE(test::waitFor([&] { return player.state() == AudioPlayer::State::Stopped; }, 10000));
        CHECK(player.durationMs() == decoded->durationMs());
        CHECK(player.waveform().size() == AudioPlayer::kWaveformBins);
        player.play();
        CHECK(player.state() == AudioPlayer::State::Playing);
        REQUIRE(test::waitFor([&] { return player.state() == AudioPlayer::State::Stopped; },
                              static_cast<int>(decoded->durationMs()) + 10000));
        // The end of the sound reaches the capture: it goes on for 0.8 s more.
        const qint64 atEnd = capturedBytes();
        REQUIRE(test::waitFor([&] { return capturedBytes() >= atEnd + 800 * kBytesPerMs; }, 10000));
        parec.terminate();
        parec.waitForFinished(5000);

        const QByteArray raw = test::readFile(capturePath);
        std::vector<qint16> captured(static_cast<size_t>(raw.size() / 2));
        std::memcpy(captured.data(), raw.constData(), captured.size() * 2);
        const qint64 heard = test::speechSpanMs(captured);
        INFO("captured " << captured.size() / 48 << " ms, speech over " << heard << " ms");
        CHECK(heard == Approx(test::speechSpanMs(decoded->samples)).epsilon(0.05));
        CHECK(test::speechRmsDbfs(captured) == Approx(test::speechRmsDbfs(decoded->samples)).margin(3.0));
    }
}

TEST_CASE("Pausing and seeking move the play position", "[audio][live]")
{
    test::requireAudioHarness();
    Studio studio;
    const QString wav = test::makeSpeechWav(studio.dir.path(), kAnswer);
    // The speech encoded straight to a take, without the microphone (recording is tested above).
    const QString file = studio.dir.filePath(QStringLiteral("take.opus"));
    {
        auto writer = OpusFileWriter::create(file, 48000, 1);
        REQUIRE(writer.ok());
        const std::vector<qint16> speech = test::readWavSamples(wav);
        REQUIRE(speech.size() >= 48000 * 4);
        REQUIRE(writer.value()->write(speech).ok());
        REQUIRE(writer.value()->finish().ok());
    }

    AudioPlayer player;
    player.load(file);
    REQUIRE(test::waitFor([&] { return player.state() == AudioPlayer::State::Stopped; }, 10000));
    player.seek(3000);
    CHECK(player.positionMs() == Approx(3000).margin(25));
    player.play();
    REQUIRE(test::waitFor([&] { return player.positionMs() >= 3500; }, 10000));
    player.pause();
    CHECK(player.state() == AudioPlayer::State::Paused);
    const qint64 paused = player.positionMs();
    CHECK(paused >= 3500);
    // Paused, the position stays where it is: watched for half a second (a time that shows nothing moves,
    // not a wait for something to happen).
    test::waitFor([] { return false; }, 500);
    CHECK(player.positionMs() == paused);
    player.stop();
    CHECK(player.positionMs() == 0);

    SECTION("a damaged file is reported, not played")
    {
        QFile::resize(file, 30);
        player.load(file);
        REQUIRE(test::waitFor([&] { return player.state() == AudioPlayer::State::Failed; }, 10000));
    }
}

TEST_CASE("Without a sound server the recorder says so and nothing breaks", "[.noaudio]")
{
    // Run with PULSE_SERVER pointing nowhere (ctest's test_widgets_no_audio does).
    Studio studio;
    RecorderPanel panel(studio.recorder, studio.microphones, *studio.attempts, *studio.settings,
                        studio.dir.path());
    panel.setQuestion(QStringLiteral("be-why-this-role"), 75);
    REQUIRE(test::waitFor([&] { return !panel.statusText().isEmpty(); }, 10000));
    CHECK(panel.statusText().contains(QStringLiteral("No microphone was found")));
    panel.toggleRecording();
    CHECK_FALSE(panel.isRecording());
    CHECK(panel.statusText().contains(QStringLiteral("No microphone was found")));
    CHECK(QDir(studio.dir.filePath(QStringLiteral("recordings"))).entryList(QDir::Files).isEmpty());
}

namespace {

QString pactl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pactl")), arguments);
    REQUIRE(process.waitForFinished(10000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("A take stops by itself at the hard cap, with a notice", "[audio][live]")
{
    test::requireAudioHarness();
    Studio studio;
    studio.settings->setValue(Settings::Key::RecordingCapSeconds, 2);
    RecorderPanel panel(studio.recorder, studio.microphones, *studio.attempts, *studio.settings,
                        studio.dir.path());
    panel.setQuestion(QStringLiteral("be-why-this-role"), 75);
    QSignalSpy saved(&panel, &RecorderPanel::attemptSaved);
    panel.toggleRecording();
    // Browsing to another question during the take does not move the take there.
    panel.setQuestion(QStringLiteral("be-testing-backend-code"), 100);
    REQUIRE(test::waitFor([&] { return saved.count() == 1; }, 15000));
    CHECK(saved.first().first().value<Attempt>().questionId == QStringLiteral("be-why-this-role"));
    CHECK_FALSE(panel.isRecording());
    CHECK(saved.first().first().value<Attempt>().durationMs == Approx(2000).margin(150));
    CHECK(panel.statusText().contains(QStringLiteral("reached the limit of 0:02")));
}

TEST_CASE("A take stopped before any sound arrived leaves nothing behind", "[audio][live]")
{
    test::requireAudioHarness();
    Studio studio;
    RecorderPanel panel(studio.recorder, studio.microphones, *studio.attempts, *studio.settings,
                        studio.dir.path());
    panel.setQuestion(QStringLiteral("be-why-this-role"), 75);
    panel.toggleRecording();
    REQUIRE(studio.recorder.state() == AudioRecorder::State::Starting);
    panel.toggleRecording(); // at once, before the microphone delivered anything
    CHECK_FALSE(panel.isRecording());
    CHECK(panel.statusText().contains(QStringLiteral("nothing was recorded")));
    CHECK(studio.attempts->count() == 0);
    CHECK(QDir(studio.dir.filePath(QStringLiteral("recordings"))).entryList(QDir::Files).isEmpty());
}

TEST_CASE("A folder that cannot be written is reported and nothing is half-written", "[audio][live]")
{
    test::requireAudioHarness();
    Studio studio;
    // A file where the recordings folder should be: the folder cannot be made, whoever runs the test.
    test::writeFile(studio.dir.filePath(QStringLiteral("recordings")), "in the way");
    RecorderPanel panel(studio.recorder, studio.microphones, *studio.attempts, *studio.settings,
                        studio.dir.path());
    panel.setQuestion(QStringLiteral("be-why-this-role"), 75);
    panel.toggleRecording();
    CHECK_FALSE(panel.isRecording());
    CHECK(panel.statusText().contains(QStringLiteral("cannot be created")));
    CHECK(studio.attempts->count() == 0);
}

TEST_CASE("A disk that fills up mid-take: said, what was written is kept, and the panel goes on",
          "[audio][live][.mount]")
{
    test::requireAudioHarness();
    Studio studio;
    const QString wav = test::makeSpeechWav(studio.dir.path(), kAnswer);
    // The recordings folder on a small disk of its own, which something else fills while the take runs.
    const QString recordings = studio.dir.filePath(QStringLiteral("recordings"));
    REQUIRE(QDir().mkpath(recordings));
    test::Mount disk = test::Mount::smallDisk(recordings, 1024);
    test::requireMounted(disk);
    RecorderPanel panel(studio.recorder, studio.microphones, *studio.attempts, *studio.settings,
                        studio.dir.path());
    panel.setQuestion(QStringLiteral("be-improved-backend-performance"), 110);
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("microphoneCombo"));
    REQUIRE(test::waitFor([&] { return combo->count() > 0; }, 10000));
    QSignalSpy saved(&panel, &RecorderPanel::attemptSaved);
    panel.toggleRecording();
    REQUIRE(test::waitFor([&] { return studio.recorder.state() == AudioRecorder::State::Recording; }, 10000));
    REQUIRE(test::waitFor([&] { return studio.recorder.elapsedMs() >= 1500; }, 10000));
    const QString filler = test::fillDisk(recordings);
    test::speakIntoMicrophone(wav);
    REQUIRE(test::waitFor([&] { return !panel.isRecording(); }, 5000)); // it stopped by itself
    INFO(panel.statusText());
    CHECK(panel.statusText().contains(QStringLiteral("No space left on device")));
    CHECK(panel.statusText().contains(QStringLiteral("kept")));
    REQUIRE(test::waitFor([&] { return saved.count() == 1; }, 5000));
    const Attempt attempt = saved.first().first().value<Attempt>();
    const auto decoded = OpusFileReader::decode(QDir(studio.dir.path()).filePath(attempt.audioPath));
    REQUIRE(decoded.ok());
    CHECK(decoded->durationMs() >= 1000);
    CHECK(studio.attempts->count() == 1);

    // Still full: the next take does not start, says why, and leaves no file behind.
    const QStringList files = QDir(recordings).entryList(QDir::Files);
    panel.toggleRecording();
    CHECK_FALSE(panel.isRecording());
    CHECK(panel.statusText().contains(QStringLiteral("is full")));
    CHECK(QDir(recordings).entryList(QDir::Files) == files);
    CHECK(studio.attempts->count() == 1);
    // With room again, recording works as before.
    REQUIRE(QFile::remove(filler));
    panel.toggleRecording();
    REQUIRE(test::waitFor([&] { return studio.recorder.state() == AudioRecorder::State::Recording; }, 10000));
    test::speakIntoMicrophone(wav);
    panel.toggleRecording();
    REQUIRE(test::waitFor([&] { return saved.count() == 2; }, 10000));
    CHECK(studio.attempts->count() == 2);
}

TEST_CASE("A microphone that disappears mid-take ends the take and keeps what was recorded", "[audio][live]")
{
    test::requireAudioHarness();
    Studio studio;
    RecorderPanel panel(studio.recorder, studio.microphones, *studio.attempts, *studio.settings,
                        studio.dir.path());
    panel.setQuestion(QStringLiteral("be-why-this-role"), 75);
    QSignalSpy saved(&panel, &RecorderPanel::attemptSaved);
    panel.toggleRecording();
    REQUIRE(test::waitFor([&] { return studio.recorder.state() == AudioRecorder::State::Recording; }, 10000));
    REQUIRE(test::waitFor([&] { return studio.recorder.elapsedMs() >= 2000; }, 10000));

    QString module;
    for (const QString &line :
         pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("modules")}).split(u'\n')) {
        if (line.contains(QStringLiteral("module-remap-source")))
            module = line.section(u'\t', 0, 0);
    }
    REQUIRE_FALSE(module.isEmpty());
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("microphoneCombo"));
    REQUIRE(combo->count() == 1);
    pactl({QStringLiteral("unload-module"), module});
    const bool ended = test::waitFor([&] { return !panel.isRecording(); }, 10000);
    const bool listEmptied = test::waitFor([&] { return combo->count() == 0; }, 6000);
    // Put the microphone back for the tests that follow, whatever happened.
    pactl({QStringLiteral("load-module"), QStringLiteral("module-remap-source"),
           QStringLiteral("master=micfeed.monitor"), QStringLiteral("source_name=vmic"),
           QStringLiteral("source_properties=device.description=Virtual-microphone")});
    pactl({QStringLiteral("set-default-source"), QStringLiteral("vmic")});

    REQUIRE(ended);
    CHECK(listEmptied);
    // The list follows the device coming back.
    CHECK(test::waitFor([&] { return combo->count() == 1; }, 6000));
    REQUIRE(test::waitFor([&] { return saved.count() == 1; }, 5000));
    CHECK(saved.first().first().value<Attempt>().durationMs >= 1500);
    CHECK((panel.statusText().contains(QStringLiteral("disconnected")) ||
           panel.statusText().contains(QStringLiteral("stopped delivering sound"))));
    CHECK(panel.statusText().contains(QStringLiteral("kept")));
}

TEST_CASE("Delivery figures: computed after a take and for older attempts, shown on the attempt",
          "[audio][live]")
{
    test::requireAudioHarness();
    Studio studio;
    QuestionRepository questions(studio.database);
    StoryRepository stories(studio.database);
    AudioPlayer player;
    DeliveryAnalyzer analyzer;

    // An older attempt without figures, as a profile from before the analysis existed would have.
    const QString wav = test::makeSpeechWav(studio.dir.path(), kAnswer);
    const QDateTime earlier = QDateTime::currentDateTimeUtc().addDays(-1);
    Attempt old;
    old.questionId = QStringLiteral("be-tell-me-about-yourself");
    old.startedAt = earlier;
    old.audioPath = takeRelativePath(old.questionId, earlier);
    QDir(studio.dir.path()).mkpath(QStringLiteral("recordings"));
    {
        auto writer = OpusFileWriter::create(QDir(studio.dir.path()).filePath(old.audioPath), 48000, 1);
        REQUIRE(writer.ok());
        const std::vector<qint16> samples = test::readWavSamples(wav);
        REQUIRE(writer.value()->write(samples).ok());
        REQUIRE(writer.value()->finish().ok());
        old.durationMs = static_cast<qint64>(samples.size()) / 48;
    }
    old = studio.attempts->add(old).value();

    HistoryQuery history(studio.database);
    AttemptTrash trash(*studio.attempts, studio.dir.path());
    MockSessionRepository mockSessions(studio.database);
    SpeechVoice voice;
    AudioRecorder mockRecorder;
    MainWindow window({questions, *studio.attempts, *studio.settings, studio.recorder, mockRecorder,
                       studio.microphones, player, stories, analyzer, history, trash, mockSessions, voice,
                       studio.database, studio.dir.path(), QStringLiteral("en")});
    REQUIRE(window.reload().isEmpty());
    window.show();
    window.analyseBacklog();
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("analysisProgress"));
    REQUIRE(progress != nullptr);
    CHECK(progress->isVisible());
    REQUIRE(test::waitFor([&] { return studio.attempts->figures(old.id).has_value(); }, 20000));
    CHECK(test::waitFor([&] { return !progress->isVisible(); }, 5000));
    const DeliveryFigures oldFigures = *studio.attempts->figures(old.id);
    CHECK(oldFigures.speakingMs > 5000);
    auto *attemptsPanel = window.findChild<AttemptsPanel *>(QStringLiteral("attemptsPanel"));
    REQUIRE(attemptsPanel != nullptr);
    CHECK(test::waitFor([&] { return attemptsPanel->figuresText().startsWith(QStringLiteral("Speaking")); },
                        5000));

    // A new take through the window's own Record action gets its figures right after it is saved.
    auto *record = window.findChild<QAction *>(QStringLiteral("recordAction"));
    REQUIRE(record != nullptr);
    record->trigger();
    REQUIRE(test::waitFor([&] { return studio.recorder.state() == AudioRecorder::State::Recording; }, 10000));
    test::speakIntoMicrophone(wav);
    record->trigger();
    REQUIRE(test::waitFor([&] { return studio.attempts->count() == 2; }, 10000));
    const Attempt newest = studio.attempts->forQuestion(old.questionId)->first();
    REQUIRE(test::waitFor([&] { return studio.attempts->figures(newest.id).has_value(); }, 20000));
    const DeliveryFigures fresh = *studio.attempts->figures(newest.id);
    CHECK(fresh.speakingMs == Approx(oldFigures.speakingMs).epsilon(0.05));
    CHECK(fresh.articulationWpm == Approx(oldFigures.articulationWpm).epsilon(0.15));
    CHECK(test::waitFor(
        [&] { return attemptsPanel->figuresText().contains(QStringLiteral("words a minute")); }, 5000));
}
