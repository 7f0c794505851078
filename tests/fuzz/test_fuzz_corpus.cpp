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
