#include "audio/opusfilereader.h"
#include "core/audiolevels.h"
#include "media/opusfilewriter.h"
#include "support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <numbers>
#include <random>

using namespace coach;

namespace {

// A voice-like test signal: a few harmonics, switched on and off like syllables, with a little noise.
std::vector<qint16> voiceLikePcm(int seconds, int rate = 48000)
{
    std::vector<qint16> out(static_cast<size_t>(seconds * rate));
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 200.0);
    for (size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        const double envelope = std::sin(std::numbers::pi * std::fmod(t * 4.0, 1.0)) > 0.3 ? 1.0 : 0.1;
        const double f0 = 140.0 + 20.0 * std::sin(2 * std::numbers::pi * 0.5 * t);
        double v = 0;
        for (int h = 1; h <= 5; ++h)
            v += std::sin(2 * std::numbers::pi * f0 * h * t) / h;
        out[i] = static_cast<qint16>(std::clamp(envelope * v * 6000.0 + noise(rng), -32768.0, 32767.0));
    }
    return out;
}

} // namespace

TEST_CASE("A take encodes to Ogg Opus and decodes back", "[audio][opus]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("take.opus"));
    const std::vector<qint16> source = voiceLikePcm(20);
    {
        auto writer =
            OpusFileWriter::create(path, 48000, 1, {{QStringLiteral("QUESTION_ID"), QStringLiteral("be-x")}});
        INFO(writer.error());
        REQUIRE(writer.ok());
        // In chunks, as the microphone delivers them.
        for (size_t at = 0; at < source.size(); at += 4800)
            REQUIRE(writer.value()
                        ->write(std::span(source).subspan(at, std::min<size_t>(4800, source.size() - at)))
                        .ok());
        CHECK(writer.value()->framesWritten() == static_cast<qint64>(source.size()));
        REQUIRE(writer.value()->finish().ok());
    }
    const qint64 bytes = QFileInfo(path).size();
    const double bytesPerMinute = bytes * 3.0; // 20 s of audio
    INFO("bytes per minute: " << bytesPerMinute);
    CHECK(bytesPerMinute < 300000.0); // a two-minute answer stays well under 600 kB
    CHECK(bytesPerMinute > 100000.0); // and it is not silence

    const auto decoded = OpusFileReader::decode(path);
    INFO(decoded.error());
    REQUIRE(decoded.ok());
    CHECK_FALSE(decoded->truncated);
    CHECK(decoded->durationMs() == Approx(20000).margin(40));
    CHECK(decoded->tags.value(QStringLiteral("QUESTION_ID")) == QStringLiteral("be-x"));
    const double sourceRms = measureLevels(source).rmsDbfs;
    const double decodedRms = measureLevels(decoded->samples).rmsDbfs;
    CHECK(decodedRms == Approx(sourceRms).margin(1.0));
}

TEST_CASE("Pages reach the file while a take is still being written", "[audio][opus]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.opus"));
    const std::vector<qint16> source = voiceLikePcm(10);
    auto writer = OpusFileWriter::create(path, 48000, 1);
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->write(source).ok());
    // Without finishing: a copy of what is on disk now is what a killed process would leave.
    const QString copy = dir.filePath(QStringLiteral("copy.opus"));
    REQUIRE(QFile::copy(path, copy));
    const auto decoded = OpusFileReader::decode(copy);
    INFO(decoded.error());
    REQUIRE(decoded.ok());
    CHECK(decoded->durationMs() >= 8000); // at most 2 s lost
}

TEST_CASE("A damaged file decodes as far as it can, and a foreign file is refused", "[audio][opus]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.opus"));
    {
        auto writer = OpusFileWriter::create(path, 48000, 1);
        REQUIRE(writer.ok());
        REQUIRE(writer.value()->write(voiceLikePcm(6)).ok());
        REQUIRE(writer.value()->finish().ok());
    }
    QFile file(path);
    REQUIRE(file.resize(file.size() / 2)); // cut in the middle of a page
    const auto cut = OpusFileReader::decode(path);
    REQUIRE(cut.ok());
    CHECK(cut->durationMs() > 1500);
    CHECK(cut->durationMs() < 5000);

    const QString text = dir.filePath(QStringLiteral("notes.opus"));
    coach::test::writeFile(text, "these are notes, not audio");
    const auto foreign = OpusFileReader::decode(text);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().contains(QStringLiteral("not an Ogg Opus recording")));

    const auto missing = OpusFileReader::decode(dir.filePath(QStringLiteral("gone.opus")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("missing")));
}

TEST_CASE("A take stopped before any sound arrived finishes cleanly", "[audio][opus]")
{
    QTemporaryDir dir;
    auto writer = OpusFileWriter::create(dir.filePath(QStringLiteral("empty.opus")), 48000, 1);
    REQUIRE(writer.ok());
    CHECK(writer.value()->finish().ok());
    CHECK(writer.value()->framesWritten() == 0);
}

TEST_CASE("A take is never written over an existing file", "[audio][opus]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("take.opus"));
    coach::test::writeFile(path, "earlier take");
    const auto writer = OpusFileWriter::create(path, 48000, 1);
    REQUIRE_FALSE(writer.ok());
    CHECK(coach::test::readFile(path) == "earlier take");
}
