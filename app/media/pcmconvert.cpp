#include "media/pcmconvert.h"

#include <algorithm>
#include <cstring>

namespace coach {

namespace {

template<typename Sample, typename ToInt16>
void mixDown(const QByteArray &data, int channels, std::vector<qint16> &out, ToInt16 convert)
{
    const qsizetype frameBytes = static_cast<qsizetype>(sizeof(Sample)) * channels;
    const qsizetype frames = data.size() / frameBytes;
    const char *bytes = data.constData();
    out.reserve(out.size() + static_cast<size_t>(frames));
    for (qsizetype f = 0; f < frames; ++f) {
        double sum = 0;
        for (int c = 0; c < channels; ++c) {
            Sample s;
            std::memcpy(&s, bytes + f * frameBytes + c * static_cast<qsizetype>(sizeof(Sample)),
                        sizeof(Sample));
            sum += convert(s);
        }
        out.push_back(static_cast<qint16>(std::clamp(sum / channels, -32768.0, 32767.0)));
    }
}

} // namespace

void appendMonoInt16(const QByteArray &data, const QAudioFormat &format, std::vector<qint16> &out)
{
    const int channels = std::max(1, format.channelCount());
    switch (format.sampleFormat()) {
    case QAudioFormat::Int16:
        if (channels == 1) {
            const auto *begin = reinterpret_cast<const qint16 *>(data.constData());
            out.insert(out.end(), begin, begin + data.size() / 2);
            return;
        }
        mixDown<qint16>(data, channels, out, [](qint16 s) { return static_cast<double>(s); });
        return;
    case QAudioFormat::Int32:
        mixDown<qint32>(data, channels, out, [](qint32 s) { return static_cast<double>(s) / 65536.0; });
        return;
    case QAudioFormat::UInt8:
        mixDown<quint8>(data, channels, out,
                        [](quint8 s) { return (static_cast<double>(s) - 128.0) * 256.0; });
        return;
    case QAudioFormat::Float:
        mixDown<float>(data, channels, out, [](float s) { return static_cast<double>(s) * 32767.0; });
        return;
    case QAudioFormat::Unknown:
    case QAudioFormat::NSampleFormats:
        return;
    }
}

} // namespace coach
