// CPU while recording: process CPU time over wall time during a take, against the same process idle for the
// same time in this run; also the encoded bytes per minute and the time from start to the first samples.
// Needs the sound server of scripts/audio-harness; speech from espeak-ng is played into its microphone
// throughout.
#include "media/audiorecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, QString::fromLocal8Bit(argv[1]).toInt()) : 60;
    if (!qEnvironmentVariableIsSet("PULSE_SERVER")) {
        std::fprintf(stderr, "run through scripts/coach bench, which starts the test sound server\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString raw = dir.filePath(QStringLiteral("speech-22k.wav"));
    const QString wav = dir.filePath(QStringLiteral("speech.wav"));
    QProcess::execute(
        QStringLiteral("espeak-ng"),
        {QStringLiteral("-w"), raw,
         QStringLiteral("I designed the API around the consumers first, then added pagination, rate "
                        "limits and caching where the reads were hot, and measured every change.")});
    QProcess::execute(QStringLiteral("sox"), {raw, QStringLiteral("-r"), QStringLiteral("48000"), wav});

    coach::AudioRecorder recorder;
    recorder.setMaxDurationMs(0);

    // Idle first: the same process with its event loop running and nothing to do.
    const double idleCpu0 = cpuSeconds();
    QElapsedTimer idleWall;
    idleWall.start();
    runFor(seconds * 1000);
    const double idleShare = (cpuSeconds() - idleCpu0) / (static_cast<double>(idleWall.elapsed()) / 1000.0);

    // Speech keeps playing into the microphone for the whole take.
    QProcess speaker;
    QObject::connect(&speaker, &QProcess::finished, &speaker, [&] {
        speaker.start(QStandardPaths::findExecutable(QStringLiteral("paplay")),
                      {QStringLiteral("--device=micfeed"), wav});
    });
    speaker.start(QStandardPaths::findExecutable(QStringLiteral("paplay")),
                  {QStringLiteral("--device=micfeed"), wav});

    const QString take = dir.filePath(QStringLiteral("take.opus"));
    QElapsedTimer latency;
    latency.start();
    if (const coach::Status started = recorder.start(take); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error()));
        return 2;
    }
    while (recorder.state() != coach::AudioRecorder::State::Recording && latency.elapsed() < 10000)
        runFor(5);
    const qint64 startLatencyMs = latency.elapsed();
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    const double recordingShare = (cpuSeconds() - cpu0) / (static_cast<double>(wall.elapsed()) / 1000.0);
    recorder.stop();
    QObject::disconnect(&speaker, nullptr, nullptr, nullptr);
    speaker.kill();
    speaker.waitForFinished();

    const double minutes =
        static_cast<double>(recorder.elapsedMs() ? recorder.elapsedMs() : wall.elapsed()) / 60000.0;
    const qint64 bytes = QFileInfo(take).size();
    const double bytesPerMinute = static_cast<double>(bytes) / std::max(minutes, 1e-9);
    std::printf("recording for %d s with speech playing into the microphone\n", seconds);
    std::printf("  CPU while idle:      %.2f%% of one core\n", idleShare * 100);
    std::printf("  CPU while recording: %.2f%% of one core (target under 5%%); %.2f points over idle\n",
                recordingShare * 100, (recordingShare - idleShare) * 100);
    std::printf(
        "  encoded size: %.0f bytes a minute (%.0f kB for a two-minute answer; target under 600 kB)\n",
        bytesPerMinute, bytesPerMinute * 2 / 1000);
    std::printf("  start latency (Record to first samples): %lld ms\n",
                static_cast<long long>(startLatencyMs));
    return recordingShare < 0.05 ? 0 : 1;
}
