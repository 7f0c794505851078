#include "audio/audiofile.h"

#include "audio/opusfilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>

namespace coach {

namespace {

quint32 le32(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return qFromLittleEndian(v);
}

quint16 le16(const char *p)
{
    quint16 v;
    std::memcpy(&v, p, 2);
    return qFromLittleEndian(v);
}

} // namespace

Result<MonoAudio> AudioFile::readWav(const QByteArray &bytes, const QString &name)
{
    using R = Result<MonoAudio>;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return R::failure(tr("%1: not a WAV file").arg(name));
    int channels = 0, rate = 0, bits = 0, format = 0;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = le32(bytes.constData() + at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && size >= 16 && body + 16 <= bytes.size()) {
            format = le16(bytes.constData() + body);
            channels = le16(bytes.constData() + body + 2);
            rate = static_cast<int>(le32(bytes.constData() + body + 4));
            bits = le16(bytes.constData() + body + 14);
            if (format == 0xFFFE && size >= 26) // WAVE_FORMAT_EXTENSIBLE: the sub-format's first two bytes
                format = le16(bytes.constData() + body + 24);
        } else if (id == "data") {
            if (channels <= 0 || rate < 8000 ||
                !((format == 1 && (bits == 16 || bits == 32)) || (format == 3 && bits == 32)))
                return R::failure(
                    tr("%1: a WAV format that cannot be read (format %2, %3 bits, %4 channels, %5 Hz)")
                        .arg(name)
                        .arg(format)
                        .arg(bits)
                        .arg(channels)
                        .arg(rate));
            const qsizetype available = std::min<qsizetype>(size, bytes.size() - body);
            const int frameBytes = channels * bits / 8;
            MonoAudio audio;
            audio.sampleRate = rate;
            audio.samples.reserve(static_cast<size_t>(available / frameBytes));
            for (qsizetype f = 0; f + frameBytes <= available; f += frameBytes) {
                double sum = 0;
                for (int c = 0; c < channels; ++c) {
                    const char *p = bytes.constData() + body + f + c * bits / 8;
                    if (format == 3) {
                        float v;
                        std::memcpy(&v, p, 4);
                        sum += v;
                    } else if (bits == 16) {
                        sum += static_cast<qint16>(le16(p)) / 32768.0;
                    } else {
                        sum += static_cast<qint32>(le32(p)) / 2147483648.0;
                    }
                }
                audio.samples.push_back(static_cast<float>(sum / channels));
            }
            return audio;
        }
        at = body + size + (size & 1);
    }
    return R::failure(tr("%1: the WAV file has no audio data").arg(name));
}

Result<MonoAudio> AudioFile::read(const QString &path)
{
    using R = Result<MonoAudio>;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return R::failure(tr("%1: no such file").arg(name));
    if (info.isDir())
        return R::failure(tr("%1: a folder, not a recording").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot be read: %2").arg(name, file.errorString()));
    const QByteArray start = file.peek(12);
    if (start.isEmpty())
        return R::failure(tr("%1: the file is empty").arg(name));
    if (start.startsWith("OggS")) {
        file.close();
        auto decoded = OpusFileReader::decode(path);
        if (!decoded)
            return R::failure(decoded.error());
        MonoAudio audio;
        audio.sampleRate = DecodedAudio::kSampleRate;
        audio.samples.reserve(decoded->samples.size());
        for (const qint16 s : decoded->samples)
            audio.samples.push_back(static_cast<float>(s) / 32768.0f);
        return audio;
    }
    if (start.startsWith("RIFF"))
        return readWav(file.readAll(), name);
    return R::failure(tr("%1: not a recording Interview Coach can read (Ogg Opus or WAV)").arg(name));
}

} // namespace coach
