// The fuzz target of the backup reader: ProfileArchive's entry checks (libarchive over bytes in memory),
// for libFuzzer; test_fuzz_corpus replays its corpus (tests/fuzz/corpus-archive) and saved crash inputs.
// Besides not crashing, what is accepted must keep the rules: sizes that add up, never negative.
#include "storage/archiveentries.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace coach::fuzz {

int archiveInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto listing = ArchiveEntries::scanMemory(bytes, QStringLiteral("fuzz.tar"));
    if (listing && (listing->totalBytes < 0 || listing->databaseBytes > listing->totalBytes))
        __builtin_trap();
    if (!listing && listing.error().isEmpty())
        __builtin_trap();
    return 0;
}

} // namespace coach::fuzz

#ifndef COACH_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return coach::fuzz::archiveInput(data, size);
}
#endif
