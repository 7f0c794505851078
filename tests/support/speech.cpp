#include "support/speech.h"

#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <cstring>

#include <cmath>

namespace coach::test {

namespace {

constexpr int kFrame = 960;               // 20 ms at 48 kHz
constexpr double kSpeechThreshold = 0.01; // -40 dBFS

double framePeak(std::span<const qint16> frame)
{
    int peak = 0;
    for (const qint16 s : frame)
        peak = std::max(peak, std::abs(static_cast<int>(s)));
    return peak / 32768.0;
}

} // namespace

void runTool(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is needed: scripts/coach test installs it");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
}

void requireAudioHarness()
{
    INFO("audio tests need the PulseAudio of scripts/audio-harness (ctest starts one for each entry marked "
         "AUDIO "
         "in tests/CMakeLists.txt)");
    REQUIRE(qEnvironmentVariableIsSet("PULSE_SERVER"));
}

QString makeSpeechWav(const QString &dir, const QString &text, const QString &name)
{
    const QString raw = QDir(dir).filePath(name + QStringLiteral("-espeak.wav"));
    const QString wav = QDir(dir).filePath(name + QStringLiteral(".wav"));
    runTool(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("en-us"), QStringLiteral("-s"),
                                          QStringLiteral("150"), QStringLiteral("-w"), raw, text});
    runTool(QStringLiteral("sox"), {raw, QStringLiteral("-r"), QStringLiteral("48000"), QStringLiteral("-c"),
                                    QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), wav});
    return wav;
}

std::vector<qint16> readWavSamples(const QString &path)
{
    const QByteArray bytes = readFile(path);
    // Find the "data" chunk rather than assuming a 44-byte header.
    const qsizetype data = bytes.indexOf("data");
    REQUIRE(data > 0);
    const qsizetype begin = data + 8;
    std::vector<qint16> samples(static_cast<size_t>((bytes.size() - begin) / 2));
    std::memcpy(samples.data(), bytes.constData() + begin, samples.size() * 2);
    return samples;
}

void speakIntoMicrophone(const QString &wav)
{
    QProcess paplay;
    paplay.start(QStandardPaths::findExecutable(QStringLiteral("paplay")),
                 {QStringLiteral("--device=micfeed"), wav});
    REQUIRE(paplay.waitForStarted());
    REQUIRE(waitFor([&] { return paplay.state() == QProcess::NotRunning; }, 60000));
    REQUIRE(paplay.exitCode() == 0);
}

double speechRmsDbfs(std::span<const qint16> samples)
{
    double sum = 0;
    size_t count = 0;
    for (size_t at = 0; at + kFrame <= samples.size(); at += kFrame) {
        const auto frame = samples.subspan(at, kFrame);
        if (framePeak(frame) < kSpeechThreshold)
            continue;
        for (const qint16 s : frame)
            sum += static_cast<double>(s) * s;
        count += kFrame;
    }
    REQUIRE(count > 0);
    return 20.0 * std::log10(std::sqrt(sum / static_cast<double>(count)) / 32768.0);
}

qint64 speechSpanMs(std::span<const qint16> samples, int rate)
{
    qint64 first = -1;
    qint64 last = -1;
    for (size_t at = 0; at + kFrame <= samples.size(); at += kFrame) {
        if (framePeak(samples.subspan(at, kFrame)) < kSpeechThreshold)
            continue;
        if (first < 0)
            first = static_cast<qint64>(at);
        last = static_cast<qint64>(at + kFrame);
    }
    return first < 0 ? 0 : (last - first) * 1000 / rate;
}

} // namespace coach::test
