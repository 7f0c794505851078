// libopusfile, loaded when a take is first read (LibraryFunctions): the program starts without it and the
// Opus and Ogg libraries it brings. Call load() before anything else.
#pragma once

#include "core/result.h"

#include <opus/opusfile.h>

namespace coach {

struct LibOpusFile
{
    // The library, loaded once (on any thread); failure names the file and the loader's reason.
    static Result<const LibOpusFile *> load();

    decltype(&::op_channel_count) channel_count = nullptr;
    decltype(&::op_fdopen) fdopen = nullptr;
    decltype(&::op_free) free = nullptr;
    decltype(&::op_open_callbacks) open_callbacks = nullptr;
    decltype(&::op_pcm_total) pcm_total = nullptr;
    decltype(&::op_read) read = nullptr;
    decltype(&::op_tags) tags = nullptr;
};

// The loaded library: only after load() succeeded.
const LibOpusFile &libopusfile();

} // namespace coach
