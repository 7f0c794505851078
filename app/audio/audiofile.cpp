#include "audio/audiofile.h"

#include "audio/opusfilereader.h"
#include "audio/regularfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <climits>
#include <cmath>
#include <cstring>

#include <unistd.h>

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

namespace {

struct WavFormat
{
    int format = 0;
    int channels = 0;
    int rate = 0;
    int bits = 0;
};

constexpr int kMaxRate = 192000;
constexpr int kMaxChannels = 8;

bool readable(const WavFormat &f)
{
    return f.channels >= 1 && f.channels <= kMaxChannels && f.rate >= 8000 && f.rate <= kMaxRate &&
           ((f.format == 1 && (f.bits == 16 || f.bits == 32)) || (f.format == 3 && f.bits == 32));
}

// The data chunk, a block at a time, straight into mono floats: the file's bytes are never all held.
Status readSamples(QIODevice &in, qint64 size, const WavFormat &f, MonoAudio &audio, const QString &name)
{
    const int frameBytes = f.channels * f.bits / 8;
    audio.sampleRate = f.rate;
    audio.samples.reserve(static_cast<size_t>(size / frameBytes));
    constexpr qint64 kBlockFrames = 16384;
    for (qint64 left = size - size % frameBytes; left > 0;) {
        const QByteArray block = in.read(std::min(left, kBlockFrames * frameBytes));
        if (block.size() < frameBytes)
            return Status::failure(AudioFile::tr("%1: the WAV file ends before its audio data").arg(name));
        left -= block.size();
        for (qsizetype at = 0; at + frameBytes <= block.size(); at += frameBytes) {
            double sum = 0;
            for (int c = 0; c < f.channels; ++c) {
                const char *p = block.constData() + at + c * f.bits / 8;
                if (f.format == 3) {
                    float v;
                    std::memcpy(&v, p, 4);
                    sum += std::isfinite(v) ? v : 0.0f;
                } else if (f.bits == 16) {
                    sum += static_cast<qint16>(le16(p)) / 32768.0;
                } else {
                    sum += static_cast<qint32>(le32(p)) / 2147483648.0;
                }
            }
            audio.samples.push_back(static_cast<float>(sum / f.channels));
        }
    }
    return Status::success();
}

} // namespace

Result<MonoAudio> AudioFile::readWav(QIODevice &in, qint64 fileSize, const QString &name)
{
    using R = Result<MonoAudio>;
    const QByteArray header = in.read(12);
    if (header.size() < 12 || !header.startsWith("RIFF") || header.mid(8, 4) != "WAVE")
        return R::failure(tr("%1: not a WAV file").arg(name));
    WavFormat f;
    qint64 at = 12;
    for (;;) {
        const QByteArray chunk = in.read(8);
        if (chunk.size() < 8)
            break;
        const QByteArray id = chunk.left(4);
        const qint64 size = le32(chunk.constData() + 4);
        const qint64 body = at + 8;
        // A chunk that claims more than the file holds: the header cannot be trusted for anything else.
        if (body + size > fileSize)
            return R::failure(
                tr("%1: the WAV header gives the chunk \"%2\" %3 bytes, but the file holds only %4")
                    .arg(name, QString::fromLatin1(id.toHex()))
                    .arg(size)
                    .arg(fileSize - body));
        if (id == "fmt " && size >= 16) {
            const QByteArray fmt = in.read(std::min<qint64>(size, 26));
            f.format = le16(fmt.constData());
            f.channels = le16(fmt.constData() + 2);
            f.rate = static_cast<int>(std::min<quint32>(le32(fmt.constData() + 4), INT_MAX));
            f.bits = le16(fmt.constData() + 14);
            if (f.format == 0xFFFE &&
                fmt.size() >= 26) // WAVE_FORMAT_EXTENSIBLE: the sub-format's first bytes
                f.format = le16(fmt.constData() + 24);
        } else if (id == "data") {
            if (!readable(f))
                return R::failure(tr("%1: a WAV format that cannot be read (format %2, %3 bits, %4 channels, "
                                     "%5 Hz; up to %6 "
                                     "channels and %7 Hz are read)")
                                      .arg(name)
                                      .arg(f.format)
                                      .arg(f.bits)
                                      .arg(f.channels)
                                      .arg(f.rate)
                                      .arg(kMaxChannels)
                                      .arg(kMaxRate));
            MonoAudio audio;
            if (Status s = readSamples(in, size, f, audio, name); !s)
                return R::failure(s.error());
            return audio;
        }
        at = body + size + (size & 1);
        if (at >= fileSize || !in.seek(at))
            break;
    }
    return R::failure(tr("%1: the WAV file has no audio data").arg(name));
}

Result<MonoAudio> AudioFile::readWav(const QByteArray &bytes, const QString &name)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readWav(buffer, bytes.size(), name);
}

Result<MonoAudio> AudioFile::read(const QString &path)
{
    using R = Result<MonoAudio>;
    const QString name = QDir::toNativeSeparators(path);
    // Only a regular file is read; a FIFO, a device or a folder is refused at once.
    const auto fd = RegularFile::open(path);
    if (!fd)
        return R::failure(fd.error());
    QFile file;
    if (!file.open(fd.value(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd.value());
        return R::failure(tr("%1: cannot be read: %2").arg(name, file.errorString()));
    }
    const QByteArray start = file.peek(12);
    if (start.isEmpty())
        return R::failure(tr("%1: the file is empty").arg(name));
    if (start.startsWith("OggS")) {
        file.close();
        // Decoded a block at a time into the floats the analysis reads: no second, 16-bit copy is kept.
        MonoAudio audio;
        audio.sampleRate = DecodedAudio::kSampleRate;
        const auto decoded = OpusFileReader::decode(path, [&audio](const qint16 *samples, int count) {
            for (int i = 0; i < count; ++i)
                audio.samples.push_back(static_cast<float>(samples[i]) / 32768.0f);
        });
        if (!decoded)
            return R::failure(decoded.error());
        return audio;
    }
    if (start.startsWith("RIFF"))
        return readWav(file, RegularFile::size(fd.value()), name);
    return R::failure(tr("%1: not a recording Interview Coach can read (Ogg Opus or WAV)").arg(name));
}

} // namespace coach
