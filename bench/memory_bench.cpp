// Memory of `interview-coach --analyze` against the length of the take: the peak resident size of the
// program (as /usr/bin/time -v reports it) on a 2-hour take and on a 1-minute take made in the same run.
// Target: the 2-hour take needs under 150 MB more than the 1-minute one. Both takes are 48 kHz 16-bit WAV: a
// minute of a synthetic voice, and the same minute followed by silence (a sparse file, written at once; an
// Ogg Opus take of two hours takes minutes to encode, and reads through the same blocks).

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>

#include <fcntl.h>

#include <cmath>
#include <cstdio>
#include <spawn.h>
#include <vector>

extern char **environ;

namespace {

constexpr int kRate = 48000;

// Harmonics switched on and off like syllables, a pause of 1.2 s every 9 s.
std::vector<qint16> voiceLike(int seconds)
{
    std::vector<qint16> out(static_cast<size_t>(seconds) * kRate);
    for (size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / kRate;
        const bool pause = std::fmod(t, 9.0) > 7.8;
        const double envelope = pause ? 0.0 : std::pow(std::sin(M_PI * std::fmod(t * 4.0, 1.0)), 2.0);
        const double f0 = 130.0 + 25.0 * std::sin(2 * M_PI * 0.3 * t);
        double v = 0;
        for (int h = 1; h <= 6; ++h)
            v += std::sin(2 * M_PI * f0 * h * t) / h;
        out[i] = static_cast<qint16>(std::lround(0.2 * envelope * v * 32767.0));
    }
    return out;
}

void put32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// A mono 16-bit WAV of the voice followed by silentSeconds of silence, left as a hole in the file.
bool writeTake(const QString &path, const std::vector<qint16> &voice, int silentSeconds)
{
    const qint64 samples = static_cast<qint64>(voice.size()) + qint64{silentSeconds} * kRate;
    const auto dataBytes = static_cast<quint32>(samples * 2);
    QByteArray header("RIFF");
    put32(header, dataBytes + 36);
    header.append("WAVEfmt ");
    put32(header, 16);
    put32(header, 1 | (1 << 16)); // PCM, one channel
    put32(header, kRate);
    put32(header, kRate * 2);
    put32(header, 2 | (16 << 16)); // 2 bytes a frame, 16 bits
    header.append("data");
    put32(header, dataBytes);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(header) == header.size() &&
           file.write(reinterpret_cast<const char *>(voice.data()), static_cast<qint64>(voice.size() * 2)) ==
               static_cast<qint64>(voice.size() * 2) &&
           file.resize(44 + samples * 2);
}

// The child's own peak resident size in kB, from wait4 (what /usr/bin/time -v prints); -1 if it failed.
long peakKb(const QString &take)
{
    const QByteArray program = COACH_APP_PATH;
    const QByteArray file = QFile::encodeName(take);
    char *argv[] = {const_cast<char *>(program.constData()), const_cast<char *>("--analyze"),
                    const_cast<char *>(file.constData()), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
}

} // namespace

int main()
{
    QTemporaryDir dir;
    const QString shortTake = QDir(dir.path()).filePath(QStringLiteral("minute.wav"));
    const QString longTake = QDir(dir.path()).filePath(QStringLiteral("two-hours.wav"));
    const std::vector<qint16> voice = voiceLike(60);
    if (!writeTake(shortTake, voice, 0) || !writeTake(longTake, voice, 2 * 3600 - 60)) {
        std::fprintf(stderr, "memory bench: the takes could not be written\n");
        return 1;
    }
    const long shortKb = peakKb(shortTake);
    const long longKb = peakKb(longTake);
    if (shortKb <= 0 || longKb <= 0) {
        std::fprintf(stderr, "memory bench: interview-coach --analyze failed\n");
        return 1;
    }
    const double extraMb = static_cast<double>(longKb - shortKb) / 1024.0;
    std::printf("analysis memory (peak resident size of interview-coach --analyze)\n");
    std::printf(
        "  1-minute take: %.1f MB; 2-hour take: %.1f MB; ratio %.2f; %.1f MB more (target under 150)\n",
        static_cast<double>(shortKb) / 1024.0, static_cast<double>(longKb) / 1024.0,
        static_cast<double>(longKb) / static_cast<double>(shortKb), extraMb);
    return extraMb < 150.0 ? 0 : 1;
}
