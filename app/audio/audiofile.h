// Reads a recording (Ogg Opus or WAV) into mono float samples, for analysis.
#pragma once

#include "core/result.h"

#include <QCoreApplication>

class QIODevice;

#include <functional>
#include <vector>

namespace coach {

struct MonoAudio
{
    std::vector<float> samples; // -1 .. 1
    int sampleRate = 0;
};

class AudioFile final
{
    Q_DECLARE_TR_FUNCTIONS(AudioFile)

public:
    // Ogg Opus by its "OggS" start, WAV by "RIFF…WAVE"; anything else is refused with a message naming the
    // file.
    // Only a regular file is opened (a FIFO, a device or a folder is refused at once with a one-line
    // message), and it is read a block at a time: only the mono floats are kept.
    static Result<MonoAudio> read(const QString &path);
    // A WAV header with more than 8 channels, a rate outside 8 to 192 kHz, or a chunk larger than what
    // the file holds is refused with a message.
    static Result<MonoAudio> readWav(const QByteArray &bytes, const QString &name);
    static Result<MonoAudio> readWav(QIODevice &in, qint64 fileSize, const QString &name);

    // The same, handed over a block at a time (at most 16384 samples) and never all held, so a recording of
    // any length reads in the same memory. The sink returns false to stop reading: the status is then
    // cancelled.
    using BlockSink = std::function<bool(const float *samples, size_t count, int sampleRate)>;
    static Status stream(const QString &path, const BlockSink &sink);
    static Status streamWav(QIODevice &in, qint64 fileSize, const QString &name, const BlockSink &sink);
};

} // namespace coach
