// Level metering of 16-bit audio in dBFS: peak and RMS, the meter's colour zones, peak hold and the clip
// light.
#pragma once

#include <QtGlobal>

#include <span>

namespace coach {

inline constexpr double kSilenceDbfs = -96.0; // the floor of 16-bit audio; digital silence reads as this

struct LevelReading
{
    double peakDbfs = kSilenceDbfs;
    double rmsDbfs = kSilenceDbfs;
    bool clipped = false; // a sample reached full scale
};

enum class LevelZone { Green, Yellow, Red };

LevelReading measureLevels(std::span<const qint16> samples);
// Green below -12 dBFS, yellow from -12 to -6, red above -6.
LevelZone levelZone(double dbfs);
double amplitudeToDbfs(double amplitude); // amplitude 1.0 is full scale

// Holds the highest peak for a while, then lets it fall, as a meter's peak marker does.
class PeakHold
{
public:
    explicit PeakHold(qint64 holdMs = 1500, double fallDbPerSecond = 20.0);
    void update(double peakDbfs, qint64 nowMs);
    double value(qint64 nowMs) const;
    void reset();

private:
    qint64 m_holdMs;
    double m_fallDbPerSecond;
    double m_peak = kSilenceDbfs;
    qint64 m_peakAtMs = 0;
};

// Lights on the first clipped sample and stays lit until the person acknowledges it.
class ClipIndicator
{
public:
    void update(const LevelReading &reading) { m_lit = m_lit || reading.clipped; }
    bool isLit() const { return m_lit; }
    void acknowledge() { m_lit = false; }

private:
    bool m_lit = false;
};

} // namespace coach
