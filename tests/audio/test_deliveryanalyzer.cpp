// The analysis a block at a time: the same figures whatever the blocks, from the files' own readers, and a
// long take's analysis cancelled between two blocks.
#include "audio/audiofile.h"
#include "audio/deliveryanalyzer.h"
#include "audio/opusfilereader.h"
#include "core/speechanalysis.h"
#include "media/opusfilewriter.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>
#include <numbers>
#include <random>

using namespace coach;

namespace {

// Harmonics switched on and off like syllables, with pauses and a little noise.
std::vector<float> voiceLike(int seconds, int rate)
{
    std::vector<float> out(static_cast<size_t>(seconds) * static_cast<size_t>(rate));
    std::mt19937 rng(5);
    std::normal_distribution<double> noise(0.0, 0.003);
    for (size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        const bool pause = std::fmod(t, 4.0) > 3.2;
        const double envelope =
            pause ? 0.0 : std::pow(std::sin(std::numbers::pi * std::fmod(t * 4.0, 1.0)), 2.0);
        const double f0 = 130.0 + 25.0 * std::sin(2 * std::numbers::pi * 0.3 * t);
        double v = 0;
        for (int h = 1; h <= 6; ++h)
            v += std::sin(2 * std::numbers::pi * f0 * h * t) / h;
        out[i] = static_cast<float>(0.2 * envelope * v + noise(rng));
    }
    return out;
}

std::vector<qint16> toPcm(const std::vector<float> &x)
{
    std::vector<qint16> pcm(x.size());
    for (size_t i = 0; i < x.size(); ++i)
        pcm[i] = static_cast<qint16>(std::lround(std::clamp(x[i], -1.0f, 1.0f) * 32767.0f));
    return pcm;
}

void writeOpus(const QString &path, const std::vector<qint16> &pcm, int silentSeconds = 0)
{
    auto writer = OpusFileWriter::create(path, 48000, 1);
    REQUIRE(writer);
    REQUIRE(writer.value()->write(pcm));
    const std::vector<qint16> silence(48000, 0);
    for (int s = 0; s < silentSeconds; ++s)
        REQUIRE(writer.value()->write(silence));
    REQUIRE(writer.value()->finish());
}

// A 16-bit mono WAV of the samples.
void writeWav(const QString &path, const std::vector<qint16> &pcm, int rate)
{
    const auto dataBytes = static_cast<quint32>(pcm.size() * 2);
    QByteArray out;
    auto put32 = [&out](quint32 v) {
        for (int i = 0; i < 4; ++i)
            out.append(static_cast<char>((v >> (8 * i)) & 0xFF));
    };
    auto put16 = [&out](quint16 v) {
        out.append(static_cast<char>(v & 0xFF));
        out.append(static_cast<char>(v >> 8));
    };
    out.append("RIFF");
    put32(36 + dataBytes);
    out.append("WAVEfmt ");
    put32(16);
    put16(1);
    put16(1);
    put32(static_cast<quint32>(rate));
    put32(static_cast<quint32>(rate * 2));
    put16(2);
    put16(16);
    out.append("data");
    put32(dataBytes);
    out.append(reinterpret_cast<const char *>(pcm.data()), static_cast<qsizetype>(dataBytes));
    test::writeFile(path, out);
}

} // namespace

TEST_CASE("The analysis fed in blocks of any size gives the figures of the whole signal", "[analysis]")
{
    const int rate = GENERATE(16000, 44100, 48000);
    const std::vector<float> x = voiceLike(12, rate);
    const std::string whole = deliveryFiguresToJson(analyseSpeech(x, rate));
    REQUIRE(analyseSpeech(x, rate).syllables > 10);
    for (const size_t block : {size_t{1}, size_t{479}, size_t{5760}, size_t{100000}, x.size()}) {
        SpeechAnalyser analyser(rate);
        for (size_t at = 0; at < x.size(); at += block)
            analyser.feed(x.data() + at, std::min(block, x.size() - at));
        INFO("blocks of " << block);
        CHECK(analyser.samplesFed() == x.size());
        CHECK(deliveryFiguresToJson(analyser.finish()) == whole);
    }
}

TEST_CASE("A file analysed as it is read gives the figures of its samples read whole", "[analysis]")
{
    QTemporaryDir dir;
    const std::vector<qint16> pcm = toPcm(voiceLike(10, 48000));
    const QString wav = dir.filePath(QStringLiteral("take.wav"));
    const QString opus = dir.filePath(QStringLiteral("take.opus"));
    writeWav(wav, pcm, 48000);
    writeOpus(opus, pcm);
    for (const QString &path : {wav, opus}) {
        const auto whole = AudioFile::read(path);
        REQUIRE(whole);
        const auto streamed = DeliveryAnalyzer::analyseFile(path);
        REQUIRE(streamed);
        INFO(path);
        CHECK(deliveryFiguresToJson(streamed.value()) ==
              deliveryFiguresToJson(analyseSpeech(whole->samples, whole->sampleRate)));
    }
}

TEST_CASE("A take's length is read from its last page, the same as decoding it says", "[analysis][opus]")
{
    QTemporaryDir dir;
    const QString opus = dir.filePath(QStringLiteral("take.opus"));
    writeOpus(opus, toPcm(voiceLike(3, 48000)), 2);
    const auto decoded = OpusFileReader::decode(opus);
    REQUIRE(decoded);
    const auto counted = OpusFileReader::sampleCount(opus);
    REQUIRE(counted);
    CHECK(counted.value() == static_cast<qint64>(decoded->samples.size()));
    CHECK(counted.value() == 5 * 48000);
}

TEST_CASE("Cancelling the analysis of a long take stops it between two blocks", "[analysis][cancel]")
{
    QTemporaryDir dir;
    // Two hours of 48 kHz silence, as a sparse WAV file: far more blocks (16384 samples each) than the
    // analysis can read before the cancel arrives.
    const QString wav = dir.filePath(QStringLiteral("long.wav"));
    writeWav(wav, toPcm(voiceLike(2, 48000)), 48000);
    constexpr qint64 kSamples = qint64{2} * 3600 * 48000;
    constexpr qint64 kTotalBlocks = kSamples / 16384;
    {
        QFile file(wav);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(44 + kSamples * 2));
        const auto dataBytes = static_cast<quint32>(kSamples * 2);
        const quint32 riffBytes = dataBytes + 36;
        REQUIRE(file.seek(4));
        file.write(reinterpret_cast<const char *>(&riffBytes), 4);
        REQUIRE(file.seek(40));
        file.write(reinterpret_cast<const char *>(&dataBytes), 4);
    }

    SECTION("cancel()")
    {
        DeliveryAnalyzer analyzer;
        QSignalSpy cancelled(&analyzer, &DeliveryAnalyzer::cancelled);
        QSignalSpy analysed(&analyzer, &DeliveryAnalyzer::analysed);
        analyzer.analyse(7, wav);
        REQUIRE(test::waitFor([&] { return analyzer.blocksRead() > 10; }));
        analyzer.cancel();
        REQUIRE(test::waitFor([&] { return cancelled.size() == 1; }));
        CHECK(cancelled.at(0).at(0).toLongLong() == 7);
        CHECK(analysed.isEmpty());
        CHECK(analyzer.blocksRead() < kTotalBlocks / 20);
        CHECK_FALSE(analyzer.isBusy());
    }
    SECTION("the analyzer going away, as when the program quits")
    {
        auto analyzer = std::make_unique<DeliveryAnalyzer>();
        analyzer->analyse(7, wav);
        REQUIRE(test::waitFor([&] { return analyzer->blocksRead() > 10; }));
        const auto blocks = analyzer->blockCounter();
        // The destructor cancels and waits for the running job, which stops well short of the end.
        analyzer.reset();
        CHECK(blocks->load() > 10);
        CHECK(blocks->load() < kTotalBlocks / 20);
    }
    SECTION("an Opus take, cancelled before its first block")
    {
        const QString opus = dir.filePath(QStringLiteral("take.opus"));
        writeOpus(opus, toPcm(voiceLike(2, 48000)));
        std::atomic_bool cancel{true};
        std::atomic<qint64> blocks{0};
        CHECK(DeliveryAnalyzer::analyseFile(opus, &cancel, &blocks).isCancelled());
        CHECK(blocks.load() == 0);
    }
}
