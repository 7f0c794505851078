// Encodes 16-bit PCM to an Ogg Opus file as it arrives, with pages reaching the file at least every second.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>

#include <memory>
#include <span>

struct OggOpusEnc;

namespace coach {

class OpusFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(OpusFileWriter)

public:
    static constexpr int kBitrate = 28000; // voice at 28 kbps: about 210 kB a minute

    ~OpusFileWriter();
    Q_DISABLE_COPY_MOVE(OpusFileWriter)

    // Creates the file (which must not exist) and writes the headers with the given tags.
    static Result<std::unique_ptr<OpusFileWriter>> create(const QString &path, int sampleRate, int channels,
                                                          const QMap<QString, QString> &tags = {});

    // Interleaved samples; the count must be a multiple of the channel count.
    Status write(std::span<const qint16> samples);
    // Writes the last pages and closes the file.
    Status finish();

    qint64 framesWritten() const { return m_frames; }
    qint64 bytesWritten() const { return m_bytes; }
    QString path() const { return m_file.fileName(); }

private:
    OpusFileWriter() = default;
    static int writeCallback(void *user, const unsigned char *data, int length);
    static int closeCallback(void *user);
    Status failure(const QString &what);

    QFile m_file;
    OggOpusEnc *m_encoder = nullptr;
    int m_channels = 1;
    qint64 m_frames = 0;
    qint64 m_bytes = 0;
    QString m_writeError;
};

} // namespace coach
