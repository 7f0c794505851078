#include "audio/opusfilereader.h"

#include <QDir>
#include <QFile>

#include <opus/opusfile.h>

#include <memory>

namespace coach {

namespace {

struct OpusFileCloser
{
    void operator()(OggOpusFile *file) const { op_free(file); }
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
    using R = Result<DecodedAudio>;
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFile::exists(path))
        return R::failure(tr("The audio file %1 is missing.").arg(shown));
    int error = 0;
    std::unique_ptr<OggOpusFile, OpusFileCloser> file(
        op_open_file(QFile::encodeName(path).constData(), &error));
    if (!file)
        return R::failure(tr("The audio file %1 cannot be played: %2.").arg(shown, describe(error)));

    DecodedAudio audio;
    if (const OpusTags *tags = op_tags(file.get(), -1)) {
        for (int i = 0; i < tags->comments; ++i) {
            const QString comment = QString::fromUtf8(tags->user_comments[i], tags->comment_lengths[i]);
            const qsizetype eq = comment.indexOf(u'=');
            if (eq > 0)
                audio.tags.insert(comment.left(eq).toUpper(), comment.mid(eq + 1));
        }
    }
    const ogg_int64_t total = op_pcm_total(file.get(), -1);
    // The length in the file is only a hint: a damaged file may claim anything.
    constexpr ogg_int64_t kReserveLimit = ogg_int64_t(DecodedAudio::kSampleRate) * 60 * 30;
    if (total > 0)
        audio.samples.reserve(static_cast<size_t>(std::min(total, kReserveLimit)));

    constexpr int kMaxChannels = 8;
    std::vector<opus_int16> buffer(5760 * kMaxChannels); // 120 ms, the longest Opus frame
    for (;;) {
        int link = 0;
        const int frames = op_read(file.get(), buffer.data(), static_cast<int>(buffer.size()), &link);
        const int channels = std::max(1, op_channel_count(file.get(), link));
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
            audio.samples.push_back(static_cast<qint16>(sum / channels));
        }
    }
    return audio;
}

} // namespace coach
