// The fuzz target of the question-bank importers (JSON and Markdown), for libFuzzer; the same function runs
// over the seed corpus and every saved crash input in the normal test suite (test_fuzz_corpus).
// Besides not crashing, a bank that is accepted must survive the export: written back as JSON, it must read
// again.
#include "core/bankfiles.h"
#include "core/bankloader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace coach;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The start-up's look at a bank's header reads any bytes without running past them.
    static_cast<void>(BankLoader::peekHeader(bytes));
    for (bool markdown : {false, true}) {
        const auto bank = markdown ? BankFiles::parseMarkdown(bytes, QStringLiteral("fuzz.md"))
                                   : BankLoader::parse(bytes, QStringLiteral("fuzz.json"));
        if (!bank)
            continue;
        static_cast<void>(BankFiles::check(bank.value(), QStringLiteral("fuzz")));
        const auto again = BankLoader::parse(BankFiles::toJson(bank.value()), QStringLiteral("again.json"));
        if (!again || again->questions.size() != bank->questions.size())
            __builtin_trap();
    }
    return 0;
}
