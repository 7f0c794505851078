// The fuzz target of the recording readers: WAV from memory, Ogg Opus from a temporary file (libopusfile
// reads files), for libFuzzer; test_fuzz_corpus replays its corpus (tests/fuzz/corpus-audio) and saved
// crash inputs. Besides not crashing, what is accepted must be audio the analysis can take.
#include "audio/audiofile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

#include <unistd.h>

namespace coach::fuzz {

int audioInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (bytes.startsWith("OggS")) {
        static const QString path =
            QDir::temp().filePath(QStringLiteral("coach-fuzz-%1.opus").arg(::getpid()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return 0;
        file.close();
        const auto audio = AudioFile::read(path);
        QFile::remove(path);
        if (audio && audio->sampleRate != 48000)
            __builtin_trap();
        return 0;
    }
    const auto audio = AudioFile::readWav(bytes, QStringLiteral("fuzz.wav"));
    if (audio && (audio->sampleRate < 8000 || audio->sampleRate > 192000 ||
                  static_cast<qint64>(audio->samples.size()) > bytes.size() / 2))
        __builtin_trap();
    return 0;
}

} // namespace coach::fuzz

#ifndef COACH_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return coach::fuzz::audioInput(data, size);
}
#endif
