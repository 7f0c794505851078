// Reads a recording (Ogg Opus or WAV) into mono float samples, for analysis.
#pragma once

#include "core/result.h"

#include <QCoreApplication>

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
    static Result<MonoAudio> read(const QString &path);
    static Result<MonoAudio> readWav(const QByteArray &bytes, const QString &name);
};

} // namespace coach
