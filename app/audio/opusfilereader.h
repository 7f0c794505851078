// Decodes an Ogg Opus file to 48 kHz mono 16-bit PCM, keeping whatever decodes of a damaged or cut-off file.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>
#include <vector>

namespace coach {

struct DecodedAudio
{
    static constexpr int kSampleRate = 48000; // Opus always decodes at 48 kHz

    std::vector<qint16> samples; // mono
    QMap<QString, QString> tags; // upper-case names
    bool truncated = false;      // decoding stopped at damage before the file's end

    qint64 durationMs() const { return static_cast<qint64>(samples.size()) * 1000 / kSampleRate; }
};

class OpusFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(OpusFileReader)

public:
    // Fails only when not even the headers can be read, or when path is not a regular file (a FIFO, a
    // device or a folder is refused at once, never waited on).
    static Result<DecodedAudio> decode(const QString &path);
    // Mono samples as they decode, a block at a time (at most 120 ms), none of them kept: the returned
    // value carries the tags and whether the file was cut short, and no samples. The sink returns false to
    // stop decoding there (the analysis being cancelled).
    using MonoSink = std::function<bool(const qint16 *samples, int count)>;
    static Result<DecodedAudio> decode(const QString &path, const MonoSink &sink);
    // How many samples the file holds: from the position of its last page when the file's end can be
    // found (nothing decoded, so a take of hours answers at once), otherwise decoded and counted.
    static Result<qint64> sampleCount(const QString &path);
};

} // namespace coach
