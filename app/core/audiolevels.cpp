#include "core/audiolevels.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace coach {

namespace {
constexpr double kFullScale = 32768.0;
constexpr int kClipThreshold = 32767; // the largest positive sample, or the most negative one
} // namespace

double amplitudeToDbfs(double amplitude)
{
    if (amplitude <= 0.0)
        return kSilenceDbfs;
    return std::max(kSilenceDbfs, 20.0 * std::log10(amplitude));
}

LevelReading measureLevels(std::span<const qint16> samples)
{
    LevelReading reading;
    if (samples.empty())
        return reading;
    int peak = 0;
    double sumSquares = 0.0;
    for (const qint16 sample : samples) {
        const int magnitude = std::abs(static_cast<int>(sample));
        peak = std::max(peak, magnitude);
        sumSquares += static_cast<double>(sample) * sample;
    }
    reading.peakDbfs = amplitudeToDbfs(peak / kFullScale);
    // RMS is referred to a full-scale sine, so a sine's RMS and peak read the same (the AES17 convention).
    const double rms = std::sqrt(sumSquares / static_cast<double>(samples.size())) / kFullScale;
    reading.rmsDbfs = std::min(0.0, amplitudeToDbfs(rms * std::sqrt(2.0)));
    reading.clipped = peak >= kClipThreshold;
    return reading;
}

LevelZone levelZone(double dbfs)
{
    if (dbfs < -12.0)
        return LevelZone::Green;
    if (dbfs <= -6.0)
        return LevelZone::Yellow;
    return LevelZone::Red;
}

PeakHold::PeakHold(qint64 holdMs, double fallDbPerSecond)
    : m_holdMs(holdMs)
    , m_fallDbPerSecond(fallDbPerSecond)
{}

void PeakHold::update(double peakDbfs, qint64 nowMs)
{
    if (peakDbfs >= value(nowMs)) {
        m_peak = peakDbfs;
        m_peakAtMs = nowMs;
    }
}

double PeakHold::value(qint64 nowMs) const
{
    const qint64 since = nowMs - m_peakAtMs;
    if (since <= m_holdMs)
        return m_peak;
    return std::max(kSilenceDbfs,
                    m_peak - m_fallDbPerSecond * static_cast<double>(since - m_holdMs) / 1000.0);
}

void PeakHold::reset()
{
    m_peak = kSilenceDbfs;
    m_peakAtMs = 0;
}

} // namespace coach
