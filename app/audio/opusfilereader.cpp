#include "audio/opusfilereader.h"

#include "audio/libopusfile.h"
#include "audio/regularfile.h"

#include <QDir>
#include <QFile>

#include <memory>

#include <unistd.h>

namespace coach {

namespace {

struct OpusFileCloser
{
    void operator()(OggOpusFile *file) const { libopusfile().free(file); }
};

QString describe(int error)
{
    switch (error) {
    case OP_EREAD:
        return OpusFileReader::tr("it cannot be read");
    case OP_ENOTFORMAT:
    case OP_EBADHEADER:
    case OP_EVERSION:
        return OpusFileReader::tr("it is not an Ogg Opus recording");
    default:
        return OpusFileReader::tr("it is damaged (error %1)").arg(error);
    }
}

} // namespace

Result<DecodedAudio> OpusFileReader::decode(const QString &path)
{
    std::vector<qint16> samples;
    bool reserved = false;
    auto decoded = decode(path, [&](const qint16 *block, int count) {
        if (!reserved) {
            reserved = true;
            samples.reserve(static_cast<size_t>(DecodedAudio::kSampleRate) * 60);
        }
        samples.insert(samples.end(), block, block + count);
        return true;
    });
    if (!decoded)
        return decoded;
    DecodedAudio audio = std::move(decoded).value();
    audio.samples = std::move(samples);
    return audio;
}

namespace {

using OpusFilePtr = std::unique_ptr<OggOpusFile, OpusFileCloser>;

// Opened here, so that only a regular file reaches the decoder (a FIFO would block it for ever).
Result<OpusFilePtr> openOpus(const QString &path)
{
    using R = Result<OpusFilePtr>;
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFile::exists(path))
        return R::failure(OpusFileReader::tr("The audio file %1 is missing.").arg(shown));
    if (const auto library = LibOpusFile::load(); !library)
        return R::failure(
            OpusFileReader::tr("The audio file %1 cannot be played: %2.").arg(shown, library.error()));
    const auto fd = RegularFile::open(path);
    if (!fd)
        return R::failure(fd.error());
    OpusFileCallbacks callbacks{};
    void *stream = libopusfile().fdopen(&callbacks, fd.value(), "rb");
    if (!stream) {
        ::close(fd.value());
        return R::failure(
            OpusFileReader::tr("The audio file %1 cannot be played: %2.").arg(shown, describe(OP_EREAD)));
    }
    int error = 0;
    OpusFilePtr file(libopusfile().open_callbacks(stream, &callbacks, nullptr, 0, &error));
    if (!file) {
        callbacks.close(stream); // not closed by a failed open
        return R::failure(
            OpusFileReader::tr("The audio file %1 cannot be played: %2.").arg(shown, describe(error)));
    }
    return file;
}

} // namespace

Result<qint64> OpusFileReader::sampleCount(const QString &path)
{
    {
        auto opened = openOpus(path);
        if (!opened)
            return Result<qint64>::failure(opened.error());
        // The granule position of the last page: no decoding, so a take of hours answers at once.
        const ogg_int64_t total = libopusfile().pcm_total(opened.value().get(), -1);
        if (total >= 0)
            return static_cast<qint64>(total);
    }
    qint64 samples = 0;
    const auto decoded = decode(path, [&samples](const qint16 *, int count) {
        samples += count;
        return true;
    });
    if (!decoded)
        return Result<qint64>::failure(decoded.error());
    return samples;
}

Result<DecodedAudio> OpusFileReader::decode(const QString &path, const MonoSink &sink)
{
    using R = Result<DecodedAudio>;
    auto opened = openOpus(path);
    if (!opened)
        return R::failure(opened.error());
    OpusFilePtr file = std::move(opened).value();

    DecodedAudio audio;
    if (const OpusTags *tags = libopusfile().tags(file.get(), -1)) {
        for (int i = 0; i < tags->comments; ++i) {
            const QString comment = QString::fromUtf8(tags->user_comments[i], tags->comment_lengths[i]);
            const qsizetype eq = comment.indexOf(u'=');
            if (eq > 0)
                audio.tags.insert(comment.left(eq).toUpper(), comment.mid(eq + 1));
        }
    }
    constexpr int kMaxChannels = 8;
    constexpr int kLongestFrame = 5760; // 120 ms at 48 kHz
    std::vector<opus_int16> buffer(kLongestFrame * kMaxChannels);
    std::vector<qint16> mono(kLongestFrame);
    for (;;) {
        int link = 0;
        const int frames =
            libopusfile().read(file.get(), buffer.data(), static_cast<int>(buffer.size()), &link);
        const int channels = std::max(1, libopusfile().channel_count(file.get(), link));
        if (frames == 0)
            break;
        if (frames < 0) {
            // A hole or a cut-off page: keep what decoded so far.
            audio.truncated = true;
            if (frames == OP_HOLE)
                continue;
            break;
        }
        for (int f = 0; f < frames; ++f) {
            int sum = 0;
            for (int c = 0; c < channels; ++c)
                sum += buffer[static_cast<size_t>(f * channels + c)];
            mono[static_cast<size_t>(f)] = static_cast<qint16>(sum / channels);
        }
        if (!sink(mono.data(), frames))
            break;
    }
    return audio;
}

} // namespace coach
