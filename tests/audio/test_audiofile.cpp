// Recordings that are not what they claim: FIFOs, folders, devices and WAV headers that lie.
#include "audio/audiofile.h"
#include "audio/opusfilereader.h"
#include "support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

#include <chrono>
#include <future>
#include <thread>

using namespace coach;

namespace {

// Runs the call on a thread of its own and gives up after a few seconds, so that a read that blocks fails
// the test instead of hanging it (the blocked thread is left behind; the process ends anyway).
QString errorWithin(const std::function<QString()> &call)
{
    auto promise = std::make_shared<std::promise<QString>>();
    std::future<QString> answer = promise->get_future();
    std::thread([promise, call] { promise->set_value(call()); }).detach();
    if (answer.wait_for(std::chrono::seconds(5)) != std::future_status::ready)
        return QStringLiteral("(still blocked after 5 s)");
    return answer.get();
}

QByteArray wavHeader(quint16 channels, quint32 rate, quint16 bits, quint32 dataBytes)
{
    QByteArray h("RIFF\0\0\0\0WAVEfmt ", 16);
    const auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    const auto le16 = [](quint16 v) {
        QByteArray b(2, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    h += le32(16) + le16(1) + le16(channels) + le32(rate) + le32(rate * channels * bits / 8) +
         le16(static_cast<quint16>(channels * bits / 8)) + le16(bits);
    h += QByteArray("data") + le32(dataBytes);
    return h;
}

} // namespace

TEST_CASE("A FIFO, a folder and a device are refused at once with what they are", "[audio][audiofile]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("take.opus"));
    REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    const QString folder = dir.filePath(QStringLiteral("folder.opus"));
    QDir().mkpath(folder);
    struct Case
    {
        QString path;
        const char *what;
    };
    for (const Case &c : {Case{fifo, "is a FIFO"}, Case{folder, "is a folder"},
                          Case{QStringLiteral("/dev/zero"), "is a device"}}) {
        INFO(c.path);
        const QString read = errorWithin([&c] { return AudioFile::read(c.path).error(); });
        CHECK(read.contains(QString::fromLatin1(c.what)));
        CHECK(read.contains(QDir::toNativeSeparators(c.path)));
        CHECK_FALSE(read.contains(u'\n'));
        const QString decoded = errorWithin([&c] { return OpusFileReader::decode(c.path).error(); });
        CHECK(decoded.contains(QString::fromLatin1(c.what)));
    }
}

TEST_CASE("WAV headers that lie about the rate, the channels or the size are refused", "[audio][audiofile]")
{
    const QByteArray samples(4000, '\0');
    SECTION("2147483647 Hz and 65535 channels")
    {
        const auto read =
            AudioFile::readWav(wavHeader(65535, 2147483647u, 16, 4000) + samples, QStringLiteral("x.wav"));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().contains(QStringLiteral("65535 channels")));
    }
    SECTION("above 192 kHz")
    {
        CHECK_FALSE(
            AudioFile::readWav(wavHeader(1, 384000, 16, 4000) + samples, QStringLiteral("x.wav")).ok());
    }
    SECTION("more than 8 channels")
    {
        CHECK_FALSE(
            AudioFile::readWav(wavHeader(9, 48000, 16, 3996) + samples, QStringLiteral("x.wav")).ok());
    }
    SECTION("a data size beyond the file")
    {
        const auto read =
            AudioFile::readWav(wavHeader(1, 48000, 16, 4000000) + samples, QStringLiteral("x.wav"));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().contains(QStringLiteral("the file holds only 4000")));
    }
    SECTION("a sound header is read, 8 channels at 192 kHz")
    {
        const auto read =
            AudioFile::readWav(wavHeader(8, 192000, 16, 4000) + samples, QStringLiteral("x.wav"));
        REQUIRE(read.ok());
        CHECK(read->sampleRate == 192000);
        CHECK(read->samples.size() == 250);
    }
    SECTION("and from a file")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.wav"));
        coach::test::writeFile(path, wavHeader(2, 44100, 16, 4000) + samples);
        const auto read = AudioFile::read(path);
        REQUIRE(read.ok());
        CHECK(read->samples.size() == 1000);
    }
}
