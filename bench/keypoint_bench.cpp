// Speed and memory of listening for key points: 8 phrases spotted in a 2-minute Ogg Opus take on one thread,
// printed as the take's length over the time spent (target: at least 20 times faster than real time), and
// the growth of the peak resident size from a 15-second take to the 2-minute one (target: under 16 MB, the
// audio being streamed). The speech is flite's slt voice, said again until the take is long enough.
#include "audio/keywordspotter.h"
#include "media/opusfilewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <vector>

using namespace coach;

namespace {

const QString kAnswer = QStringLiteral(
    "Last year our checkout service slowed down every evening. The biggest win was a composite index on the "
    "orders table. Next I tuned the connection pool and moved the reporting traffic to a read replica. I "
    "joined the on-call rotation for a month. The slowest requests went from nine hundred milliseconds to "
    "one hundred and twenty. The hardest part was cache invalidation, and finally we put a second load "
    "balancer in front of the API and moved slow work onto a message queue.");
const QStringList kKeyPoints{QStringLiteral("composite index"), QStringLiteral("connection pool"),
                             QStringLiteral("read replica"),    QStringLiteral("on-call rotation"),
                             QStringLiteral("900 ms"),          QStringLiteral("cache invalidation"),
                             QStringLiteral("load balancer"),   QStringLiteral("message queue")};

long maxRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// flite's 16 kHz mono 16-bit samples of the answer; empty when it cannot run.
std::vector<qint16> speech(const QString &dir)
{
    const QString wav = QDir(dir).filePath(QStringLiteral("answer.wav"));
    QProcess flite;
    flite.start(QStandardPaths::findExecutable(QStringLiteral("flite")),
                {QStringLiteral("-voice"), QStringLiteral("slt"), QStringLiteral("-t"), kAnswer,
                 QStringLiteral("-o"), wav});
    if (!flite.waitForFinished(60000) || flite.exitCode() != 0)
        return {};
    QFile file(wav);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const qsizetype data = bytes.indexOf("data");
    if (data < 0)
        return {};
    std::vector<qint16> samples(static_cast<size_t>((bytes.size() - data - 8) / 2));
    std::memcpy(samples.data(), bytes.constData() + data + 8, samples.size() * 2);
    return samples;
}

// The answer said again, with a second of silence between, until the take lasts `seconds`.
bool writeTake(const QString &path, const std::vector<qint16> &answer, int rate, int seconds)
{
    auto writer = OpusFileWriter::create(path, rate, 1);
    if (!writer)
        return false;
    const std::vector<qint16> silence(static_cast<size_t>(rate), 0);
    qint64 left = qint64{seconds} * rate;
    while (left > 0) {
        for (const auto *part : {&answer, &silence}) {
            const auto n = static_cast<size_t>(std::min<qint64>(left, static_cast<qint64>(part->size())));
            if (!writer.value()->write(std::span(part->data(), n)))
                return false;
            left -= static_cast<qint64>(n);
        }
    }
    return writer.value()->finish().ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!KeywordSpotter::isAvailable()) {
        std::fprintf(stderr, "keypoint bench: the speech model (pocketsphinx-en-us) is not installed\n");
        return 1;
    }
    QTemporaryDir dir;
    const std::vector<qint16> answer = speech(dir.path());
    const QString shortTake = dir.filePath(QStringLiteral("short.opus"));
    const QString longTake = dir.filePath(QStringLiteral("two-minutes.opus"));
    constexpr int kVoiceRate = 16000;
    constexpr int kLongSeconds = 120;
    if (answer.empty() || !writeTake(shortTake, answer, kVoiceRate, 15) ||
        !writeTake(longTake, answer, kVoiceRate, kLongSeconds)) {
        std::fprintf(stderr, "keypoint bench: the takes could not be made (flite is needed)\n");
        return 1;
    }

    const auto warm = KeywordSpotter::spotFile(shortTake, kKeyPoints);
    const long shortKb = maxRssKb();
    QElapsedTimer timer;
    timer.start();
    const auto hits = KeywordSpotter::spotFile(longTake, kKeyPoints);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const long longKb = maxRssKb();
    if (!warm || !hits) {
        std::fprintf(stderr, "keypoint bench: %s\n", qPrintable(hits ? warm.error() : hits.error()));
        return 1;
    }
    int heard = 0;
    for (const KeyPointHit &hit : hits.value())
        heard += hit.heard ? 1 : 0;
    const double ratio = kLongSeconds / seconds;
    const double extraMb = static_cast<double>(longKb - shortKb) / 1024.0;
    std::printf("key points (8 phrases in a 2-minute Ogg Opus take, one thread)\n");
    std::printf("  %.2f s: %.1f times faster than real time (target at least 20); %d of 8 heard\n", seconds,
                ratio, heard);
    std::printf("  peak memory: %.1f MB after a 15-second take, %.1f MB after the 2-minute one: %.1f MB more "
                "(target under 16)\n",
                static_cast<double>(shortKb) / 1024.0, static_cast<double>(longKb) / 1024.0, extraMb);
    return ratio >= 20.0 && extraMb < 16.0 ? 0 : 1;
}
