#include "media/opusfilewriter.h"

#include <QDir>

#include <cerrno>
#include <cstring>

#include <opus/opusenc.h>

namespace coach {

namespace {

// Pages leave the encoder within a quarter of a second, so a killed process loses at most about that much.
constexpr int kMuxingDelaySamples = 12000; // 250 ms at the encoder's 48 kHz
constexpr int kDecisionDelaySamples = 4800;

} // namespace

Result<std::unique_ptr<OpusFileWriter>>
OpusFileWriter::create(const QString &path, int sampleRate, int channels, const QMap<QString, QString> &tags)
{
    using R = Result<std::unique_ptr<OpusFileWriter>>;
    std::unique_ptr<OpusFileWriter> writer(new OpusFileWriter);
    writer->m_channels = channels;
    writer->m_file.setFileName(path);
    // Unbuffered: every page goes straight to the operating system, which keeps it if the process dies.
    if (!writer->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return R::failure(tr("The recording cannot be created in %1: %2")
                              .arg(QDir::toNativeSeparators(path), writer->m_file.errorString()));

    OggOpusComments *comments = ope_comments_create();
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        ope_comments_add(comments, it.key().toUtf8().constData(), it.value().toUtf8().constData());
    const OpusEncCallbacks callbacks{&OpusFileWriter::writeCallback, &OpusFileWriter::closeCallback};
    int error = OPE_OK;
    writer->m_encoder = ope_encoder_create_callbacks(&callbacks, writer.get(), comments, sampleRate, channels,
                                                     channels > 2 ? 1 : 0, &error);
    ope_comments_destroy(comments);
    if (!writer->m_encoder) {
        writer->m_file.remove();
        return R::failure(
            tr("The recording cannot be encoded: %1").arg(QString::fromUtf8(ope_strerror(error))));
    }
    ope_encoder_ctl(writer->m_encoder, OPUS_SET_BITRATE(kBitrate));
    ope_encoder_ctl(writer->m_encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    ope_encoder_ctl(writer->m_encoder, OPE_SET_MUXING_DELAY(kMuxingDelaySamples));
    ope_encoder_ctl(writer->m_encoder, OPE_SET_DECISION_DELAY(kDecisionDelaySamples));
    if (ope_encoder_flush_header(writer->m_encoder) != OPE_OK) {
        const QString message = writer->failure(tr("the file header")).error();
        writer->m_file.remove(); // nothing half-written stays behind
        return R::failure(message);
    }
    return writer;
}

OpusFileWriter::~OpusFileWriter()
{
    if (m_encoder)
        ope_encoder_destroy(m_encoder);
}

int OpusFileWriter::writeCallback(void *user, const unsigned char *data, int length)
{
    auto *self = static_cast<OpusFileWriter *>(user);
    errno = 0;
    const qint64 written = self->m_file.write(reinterpret_cast<const char *>(data), length);
    if (written != length) {
        // After a short write QFile keeps no error of its own; the system's reason (a full disk) is in errno.
        const int reason = errno;
        if (self->m_writeError.isEmpty())
            self->m_writeError = self->m_file.error() == QFileDevice::NoError && reason != 0
                                     ? QString::fromLocal8Bit(std::strerror(reason))
                                     : self->m_file.errorString();
        return 1;
    }
    self->m_bytes += written;
    return 0;
}

int OpusFileWriter::closeCallback(void *user)
{
    auto *self = static_cast<OpusFileWriter *>(user);
    self->m_file.close();
    return 0;
}

Status OpusFileWriter::failure(const QString &what)
{
    const QString reason = m_writeError.isEmpty() ? tr("the encoder failed") : m_writeError;
    return Status::failure(tr("Writing %1 of the recording %2 failed: %3")
                               .arg(what, QDir::toNativeSeparators(m_file.fileName()), reason));
}

Status OpusFileWriter::write(std::span<const qint16> samples)
{
    if (!m_encoder)
        return Status::failure(
            tr("The recording %1 is already closed.").arg(QDir::toNativeSeparators(path())));
    const int frames = static_cast<int>(samples.size()) / m_channels;
    if (frames == 0)
        return Status::success();
    if (ope_encoder_write(m_encoder, samples.data(), frames) != OPE_OK || !m_writeError.isEmpty())
        return failure(tr("audio"));
    m_frames += frames;
    return Status::success();
}

Status OpusFileWriter::finish()
{
    if (!m_encoder)
        return Status::success();
    // libopusenc 0.2.1 aborts when draining a stream that never received a sample: such a file only holds the
    // headers, and the encoder is just let go.
    const int drained = m_frames > 0 ? ope_encoder_drain(m_encoder) : OPE_OK;
    ope_encoder_destroy(m_encoder);
    m_encoder = nullptr;
    m_file.close();
    if (drained != OPE_OK || !m_writeError.isEmpty())
        return failure(tr("the end"));
    return Status::success();
}

} // namespace coach
