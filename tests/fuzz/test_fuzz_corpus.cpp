#include "support/testsupport.h"

#include <QDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Every seed and every input that once crashed the importers (saved under tests/fuzz/regressions) goes
// through the fuzz target again.
TEST_CASE("The importers survive the fuzz corpus and every saved crash input", "[fuzz]")
{
    int inputs = 0;
    for (const char *folder : {"corpus", "regressions"}) {
        const QDir dir(QStringLiteral(COACH_SOURCE_DIR "/tests/fuzz/") + QLatin1String(folder));
        for (const QString &name : dir.entryList(QDir::Files)) {
            INFO(name.toStdString());
            const QByteArray bytes = coach::test::readFile(dir.filePath(name));
            CHECK(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                         static_cast<size_t>(bytes.size())) == 0);
            ++inputs;
        }
    }
    CHECK(inputs >= 3);
}

namespace coach::fuzz {
int archiveInput(const uint8_t *data, size_t size);
int audioInput(const uint8_t *data, size_t size);
} // namespace coach::fuzz

// The same for the backup reader's entry checks and the recording readers (tests/fuzz/archive.cpp and
// audio.cpp): their seeds under corpus-archive and corpus-audio, their saved crash inputs under
// regressions-archive and regressions-audio.
TEST_CASE("The backup reader and the recording readers survive their fuzz corpus", "[fuzz]")
{
    const QList<std::pair<QString, int (*)(const uint8_t *, size_t)>> targets{
        {QStringLiteral("archive"), coach::fuzz::archiveInput},
        {QStringLiteral("audio"), coach::fuzz::audioInput}};
    for (const auto &[target, input] : targets) {
        int inputs = 0;
        for (const QString &kind : {QStringLiteral("corpus-"), QStringLiteral("regressions-")}) {
            const QDir dir(QStringLiteral(COACH_SOURCE_DIR "/tests/fuzz/") + kind + target);
            for (const QString &name : dir.entryList(QDir::Files)) {
                INFO(QString(kind + target + u'/' + name).toStdString());
                const QByteArray bytes = coach::test::readFile(dir.filePath(name));
                CHECK(input(reinterpret_cast<const uint8_t *>(bytes.constData()),
                            static_cast<size_t>(bytes.size())) == 0);
                ++inputs;
            }
        }
        INFO(target.toStdString());
        CHECK(inputs >= 5);
    }
}
