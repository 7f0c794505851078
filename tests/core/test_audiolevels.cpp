#include "core/audiolevels.h"
#include "core/waveform.h"
#include "support/testsupport.h"

#include <cmath>
#include <numbers>
#include <vector>

using namespace coach;

namespace {

std::vector<qint16> sine(double dbfs, int samples = 48000, double hz = 440.0)
{
    std::vector<qint16> out(static_cast<size_t>(samples));
    const double amplitude = std::pow(10.0, dbfs / 20.0) * 32767.0;
    for (int i = 0; i < samples; ++i)
        out[static_cast<size_t>(i)] =
            static_cast<qint16>(std::lround(amplitude * std::sin(2 * std::numbers::pi * hz * i / 48000.0)));
    return out;
}

} // namespace

TEST_CASE("Levels of synthetic signals", "[core][levels]")
{
    SECTION("a sine at -6 dBFS reads -6 for peak and RMS")
    {
        const LevelReading r = measureLevels(sine(-6.0));
        CHECK(r.peakDbfs == Approx(-6.0).margin(0.5));
        CHECK(r.rmsDbfs == Approx(-6.0).margin(0.5));
        CHECK_FALSE(r.clipped);
        CHECK(levelZone(r.peakDbfs) == LevelZone::Yellow);
    }
    SECTION("a sine at -20 dBFS is in the green")
    {
        const LevelReading r = measureLevels(sine(-20.0));
        CHECK(r.peakDbfs == Approx(-20.0).margin(0.5));
        CHECK(levelZone(r.peakDbfs) == LevelZone::Green);
    }
    SECTION("silence reads as silence")
    {
        const std::vector<qint16> silence(4800, 0);
        const LevelReading r = measureLevels(silence);
        CHECK(r.peakDbfs == kSilenceDbfs);
        CHECK(r.rmsDbfs == kSilenceDbfs);
        CHECK_FALSE(r.clipped);
        CHECK(measureLevels({}).peakDbfs == kSilenceDbfs);
    }
    SECTION("a clipped signal lights the clip indicator until it is acknowledged")
    {
        std::vector<qint16> loud = sine(3.0); // overdriven: the sine is cut at full scale
        for (qint16 &s : loud)
            s = static_cast<qint16>(std::clamp<int>(s * 2, -32768, 32767));
        const LevelReading r = measureLevels(loud);
        CHECK(r.clipped);
        CHECK(levelZone(r.peakDbfs) == LevelZone::Red);
        ClipIndicator clip;
        clip.update(r);
        clip.update(measureLevels(sine(-30.0)));
        CHECK(clip.isLit());
        clip.acknowledge();
        CHECK_FALSE(clip.isLit());
    }
    SECTION("zone boundaries")
    {
        CHECK(levelZone(-12.01) == LevelZone::Green);
        CHECK(levelZone(-12.0) == LevelZone::Yellow);
        CHECK(levelZone(-6.0) == LevelZone::Yellow);
        CHECK(levelZone(-5.99) == LevelZone::Red);
    }
}

TEST_CASE("Peak hold keeps the peak, then lets it fall", "[core][levels]")
{
    PeakHold hold(1000, 20.0);
    hold.update(-10.0, 0);
    hold.update(-30.0, 500);
    CHECK(hold.value(900) == Approx(-10.0));
    CHECK(hold.value(1500) == Approx(-20.0)); // 0.5 s past the hold at 20 dB/s
    hold.update(-5.0, 1600);
    CHECK(hold.value(1600) == Approx(-5.0));
    hold.reset();
    CHECK(hold.value(0) == kSilenceDbfs);
}

TEST_CASE("Waveform bins", "[core][waveform]")
{
    std::vector<qint16> samples(1000, 0);
    samples[10] = 16384;
    samples[990] = -32768;

    SECTION("built while audio arrives")
    {
        WaveformBuilder builder(100);
        builder.add(std::span(samples).first(550));
        CHECK(builder.bins().size() == 5); // the sixth bin is still filling
        builder.add(std::span(samples).subspan(550));
        REQUIRE(builder.bins().size() == 10);
        CHECK(builder.bins().at(0).max == Approx(0.5f));
        CHECK(builder.bins().at(9).min == Approx(-1.0f));
        CHECK(builder.bins().at(5).max == 0.0f);
    }
    SECTION("computed for a whole take and resampled for drawing")
    {
        const QList<WaveformBin> bins = computeWaveform(samples, 7);
        REQUIRE(bins.size() == 7);
        CHECK(bins.first().max == Approx(0.5f));
        CHECK(bins.last().min == Approx(-1.0f));
        const QList<WaveformBin> two = resampleWaveform(bins, 2);
        REQUIRE(two.size() == 2);
        CHECK(two.at(0).max == Approx(0.5f));
        CHECK(two.at(1).min == Approx(-1.0f));
        CHECK(resampleWaveform(bins, 100).size() == 7);
        CHECK(computeWaveform(std::span(samples).first(3), 10).size() == 3);
        CHECK(computeWaveform({}, 10).isEmpty());
    }
}
