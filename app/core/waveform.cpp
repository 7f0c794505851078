#include "core/waveform.h"

#include <algorithm>

namespace coach {

namespace {
constexpr float kScale = 1.0f / 32768.0f;
} // namespace

WaveformBuilder::WaveformBuilder(int samplesPerBin)
    : m_samplesPerBin(std::max(1, samplesPerBin))
{}

void WaveformBuilder::add(std::span<const qint16> samples)
{
    for (const qint16 sample : samples) {
        const float value = static_cast<float>(sample) * kScale;
        if (m_filled == 0) {
            m_current = {value, value};
        } else {
            m_current.min = std::min(m_current.min, value);
            m_current.max = std::max(m_current.max, value);
        }
        if (++m_filled == m_samplesPerBin) {
            m_bins.append(m_current);
            m_filled = 0;
        }
    }
}

void WaveformBuilder::clear()
{
    m_bins.clear();
    m_filled = 0;
}

QList<WaveformBin> computeWaveform(std::span<const qint16> samples, int binCount)
{
    QList<WaveformBin> bins;
    if (samples.empty() || binCount <= 0)
        return bins;
    const size_t count = std::min(samples.size(), static_cast<size_t>(binCount));
    bins.reserve(static_cast<qsizetype>(count));
    for (size_t i = 0; i < count; ++i) {
        // Bin edges spread the remainder evenly, so the last bin is not a sliver.
        const size_t begin = i * samples.size() / count;
        const size_t end = (i + 1) * samples.size() / count;
        const auto [lo, hi] = std::minmax_element(samples.begin() + static_cast<std::ptrdiff_t>(begin),
                                                  samples.begin() + static_cast<std::ptrdiff_t>(end));
        bins.append({static_cast<float>(*lo) * kScale, static_cast<float>(*hi) * kScale});
    }
    return bins;
}

QList<WaveformBin> resampleWaveform(const QList<WaveformBin> &bins, int count)
{
    if (count <= 0 || bins.size() <= count)
        return bins;
    QList<WaveformBin> out;
    out.reserve(count);
    const qsizetype n = bins.size();
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype begin = i * n / count;
        const qsizetype end = std::max(begin + 1, (i + 1) * n / count);
        WaveformBin merged = bins.at(begin);
        for (qsizetype j = begin + 1; j < end; ++j) {
            merged.min = std::min(merged.min, bins.at(j).min);
            merged.max = std::max(merged.max, bins.at(j).max);
        }
        out.append(merged);
    }
    return out;
}

} // namespace coach
