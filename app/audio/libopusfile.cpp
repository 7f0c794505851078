#include "audio/libopusfile.h"

#include "core/libraryfunctions.h"

namespace coach {

namespace {

void resolveAll(LibraryFunctions &library, LibOpusFile &api)
{
    library.resolve("op_channel_count", api.channel_count);
    library.resolve("op_fdopen", api.fdopen);
    library.resolve("op_free", api.free);
    library.resolve("op_open_callbacks", api.open_callbacks);
    library.resolve("op_pcm_total", api.pcm_total);
    library.resolve("op_read", api.read);
    library.resolve("op_tags", api.tags);
}

const LoadedLibrary<LibOpusFile> &loaded()
{
    return LoadedLibrary<LibOpusFile>::get(QStringLiteral("opusfile"), 0, resolveAll);
}

} // namespace

Result<const LibOpusFile *> LibOpusFile::load()
{
    return loaded().result();
}

const LibOpusFile &libopusfile()
{
    return loaded().api();
}

} // namespace coach
