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
Status readSamples(QIODevice &in, qint64 size, const WavFormat &f, const QString &name,
                   const AudioFile::BlockSink &sink)
{
    const int frameBytes = f.channels * f.bits / 8;
    // Not one whole frame: nothing to read, and no rate would reach the sink.
    if (size < frameBytes)
        return Status::failure(AudioFile::tr("%1: the WAV file has no audio data").arg(name));
    constexpr qint64 kBlockFrames = 16384;
    std::vector<float> mono;
    mono.reserve(kBlockFrames);
    for (qint64 left = size - size % frameBytes; left > 0;) {
        const QByteArray block = in.read(std::min(left, kBlockFrames * frameBytes));
        if (block.size() < frameBytes)
            return Status::failure(AudioFile::tr("%1: the WAV file ends before its audio data").arg(name));
        left -= block.size();
        mono.clear();
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
            mono.push_back(static_cast<float>(sum / f.channels));
        }
        if (!sink(mono.data(), mono.size(), f.rate))
            return Status::cancelled();
    }
    return Status::success();
}

// Collects the blocks into one vector, for AudioFile::read and readWav.
struct Collector
{
    MonoAudio audio;
    AudioFile::BlockSink sink()
    {
        return [this](const float *samples, size_t count, int rate) {
            audio.sampleRate = rate;
            audio.samples.insert(audio.samples.end(), samples, samples + count);
            return true;
        };
    }
};

} // namespace

Result<MonoAudio> AudioFile::readWav(QIODevice &in, qint64 fileSize, const QString &name)
{
    Collector collector;
    if (Status s = streamWav(in, fileSize, name, collector.sink()); !s)
        return Result<MonoAudio>::failure(s.error());
    return std::move(collector.audio);
}

Status AudioFile::streamWav(QIODevice &in, qint64 fileSize, const QString &name, const BlockSink &sink)
{
    using R = Status;
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
            return readSamples(in, size, f, name, sink);
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
    Collector collector;
    if (Status s = stream(path, collector.sink()); !s)
        return Result<MonoAudio>::failure(s.error());
    return std::move(collector.audio);
}

Status AudioFile::stream(const QString &path, const BlockSink &sink)
{
    using R = Status;
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
        // Decoded a block at a time into floats for the sink: no copy of the whole take is made.
        std::vector<float> block;
        bool stopped = false;
        qint64 delivered = 0;
        const auto decoded = OpusFileReader::decode(path, [&](const qint16 *samples, int count) {
            delivered += count;
            block.resize(static_cast<size_t>(count));
            for (int i = 0; i < count; ++i)
                block[static_cast<size_t>(i)] = static_cast<float>(samples[i]) / 32768.0f;
            stopped = !sink(block.data(), block.size(), DecodedAudio::kSampleRate);
            return !stopped;
        });
        if (!decoded)
            return R::failure(decoded.error());
        if (stopped)
            return R::cancelled();
        // A recording that holds no audio at all still tells its rate: an empty block.
        if (delivered == 0 && !sink(block.data(), 0, DecodedAudio::kSampleRate))
            return R::cancelled();
        return R::success();
    }
    if (start.startsWith("RIFF"))
        return streamWav(file, RegularFile::size(fd.value()), name, sink);
    return R::failure(tr("%1: not a recording Interview Coach can read (Ogg Opus or WAV)").arg(name));
}

} // namespace coach
