// The media module, loaded as the program loads it, and the deferred recorder, player, voice and microphone
// list that stand in for its objects until then: with the module, sound works through them; without it, each
// says why sound is not available and nothing else breaks.
#include "platform/deferredmedia.h"
#include "platform/mediamodule.h"
#include "support/speech.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace coach;

namespace {

const QString kModule = QStringLiteral(COACH_MEDIA_MODULE_PATH);

} // namespace

TEST_CASE("Without the media module, sound says why it is not available and the rest goes on",
          "[platform][media]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("interview-coach-media.so"));
    MediaModule module({missing});
    QSignalSpy failed(&module, &MediaModule::failed);
    DeferredRecorder recorder(module);
    DeferredPlayer player(module);
    DeferredVoice voice(module);
    DeferredMicrophones microphones(module);

    // Settings before the module is asked for are kept, and asking for nothing loads nothing.
    recorder.setMaxDurationMs(5000);
    CHECK(recorder.maxDurationMs() == 5000);
    CHECK(recorder.state() == Recorder::State::Idle);
    CHECK(player.state() == Player::State::Empty);
    CHECK(failed.isEmpty());

    const Status started = recorder.start(dir.filePath(QStringLiteral("take.opus")));
    REQUIRE_FALSE(started.ok());
    CHECK(started.error().startsWith(QStringLiteral("Sound is not available: ")));
    CHECK(started.error().contains(missing));
    CHECK(failed.size() == 1); // said once, however many ask
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("take.opus"))));

    QSignalSpy loadFailed(&player, &Player::loadFailed);
    player.load(dir.filePath(QStringLiteral("take.opus")));
    REQUIRE(loadFailed.size() == 1);
    CHECK(loadFailed.first().first().toString() == started.error());
    CHECK(player.waveform().isEmpty());

    CHECK_FALSE(voice.isAvailable());
    CHECK_FALSE(voice.say(QStringLiteral("Tell me about yourself.")));
    CHECK(voice.unavailableReason() == started.error());

    QSignalSpy changed(&microphones, &Microphones::changed);
    microphones.watch();
    CHECK(changed.size() == 1);
    CHECK(microphones.inputs().isEmpty());
    CHECK(failed.size() == 1);
}

TEST_CASE("A file that is not the media module is named with the loader's reason", "[platform][media]")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("interview-coach-media.so"));
    coach::test::writeFile(broken, QByteArray("not a shared library"));
    MediaModule module({dir.filePath(QStringLiteral("elsewhere/interview-coach-media.so")), broken});
    module.preload();
    QSignalSpy failed(&module, &MediaModule::failed);
    REQUIRE(failed.wait(10000));
    CHECK(module.backend() == nullptr);
    CHECK(module.problem().startsWith(broken + QStringLiteral(" could not be loaded: ")));
    CHECK(module.problem().size() > broken.size() + 25); // with the loader's reason
}

TEST_CASE("The media module loads beside the window and records and plays through the deferred objects",
          "[platform][media][audio]")
{
    REQUIRE(QFileInfo::exists(kModule));
    QTemporaryDir dir;
    MediaModule module({dir.filePath(QStringLiteral("missing.so")), kModule});
    DeferredRecorder recorder(module);
    DeferredPlayer player(module);
    DeferredMicrophones microphones(module);
    // Given before the module is there: the recorder it makes stops by itself at this cap.
    recorder.setMaxDurationMs(1500);

    QSignalSpy ready(&module, &MediaModule::ready);
    module.preload();
    REQUIRE(ready.wait(20000));
    REQUIRE(module.backend() != nullptr);
    CHECK(module.problem().isEmpty());

    // The harness's virtual microphone is the default one.
    microphones.watch();
    REQUIRE_FALSE(microphones.inputs().isEmpty());
    CHECK(microphones.defaultId() == "vmic");

    const QString wav = coach::test::makeSpeechWav(dir.path(), QStringLiteral("I designed the cache layer."));
    QSignalSpy finished(&recorder, &Recorder::finished);
    QSignalSpy states(&recorder, &Recorder::stateChanged);
    const QString take = dir.filePath(QStringLiteral("take.opus"));
    const Status started = recorder.start(take);
    REQUIRE(started.ok());
    coach::test::speakIntoMicrophone(wav);
    REQUIRE(coach::test::waitFor([&] { return !finished.isEmpty(); }, 20000));
    const auto recorded = finished.first().first().value<RecordedTake>();
    CHECK(recorded.reachedCap);
    CHECK(recorded.durationMs >= 1400);
    CHECK(recorded.durationMs <= 1700);
    CHECK(states.size() >= 2);
    CHECK(recorder.state() == Recorder::State::Idle);

    QSignalSpy loaded(&player, &Player::loaded);
    player.load(recorded.path);
    REQUIRE(loaded.wait(20000));
    CHECK(loaded.first().first().toLongLong() == player.durationMs());
    CHECK(player.durationMs() >= 1400);
    CHECK(player.waveform().size() == Player::kWaveformBins);
}
