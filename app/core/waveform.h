// Waveform overviews: the minimum and maximum of each run of samples, for drawing a take at any width.
#pragma once

#include <QList>
#include <QtGlobal>

#include <span>

namespace coach {

struct WaveformBin
{
    float min = 0.0f; // -1 .. 1
    float max = 0.0f;
};

// Builds bins of a fixed number of samples while audio arrives.
class WaveformBuilder
{
public:
    explicit WaveformBuilder(int samplesPerBin);
    void add(std::span<const qint16> samples);
    // The finished bins; a bin still filling is not included.
    const QList<WaveformBin> &bins() const { return m_bins; }
    int samplesPerBin() const { return m_samplesPerBin; }
    void clear();

private:
    int m_samplesPerBin;
    int m_filled = 0;
    WaveformBin m_current;
    QList<WaveformBin> m_bins;
};

// The whole of a decoded take in binCount bins (fewer when there are fewer samples).
QList<WaveformBin> computeWaveform(std::span<const qint16> samples, int binCount);
// Merges bins down to at most count bins, for drawing at a given width.
QList<WaveformBin> resampleWaveform(const QList<WaveformBin> &bins, int count);

} // namespace coach
