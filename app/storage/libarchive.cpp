#include "storage/libarchive.h"

#include "core/libraryfunctions.h"

namespace coach {

namespace {

void resolveAll(LibraryFunctions &library, LibArchive &api)
{
    library.resolve("archive_entry_filetype", api.entry_filetype);
    library.resolve("archive_entry_free", api.entry_free);
    library.resolve("archive_entry_hardlink", api.entry_hardlink);
    library.resolve("archive_entry_new", api.entry_new);
    library.resolve("archive_entry_pathname", api.entry_pathname);
    library.resolve("archive_entry_set_filetype", api.entry_set_filetype);
    library.resolve("archive_entry_set_mtime", api.entry_set_mtime);
    library.resolve("archive_entry_set_pathname_utf8", api.entry_set_pathname_utf8);
    library.resolve("archive_entry_set_perm", api.entry_set_perm);
    library.resolve("archive_entry_set_size", api.entry_set_size);
    library.resolve("archive_entry_size", api.entry_size);
    library.resolve("archive_entry_size_is_set", api.entry_size_is_set);
    library.resolve("archive_error_string", api.error_string);
    library.resolve("archive_read_data", api.read_data);
    library.resolve("archive_read_free", api.read_free);
    library.resolve("archive_read_new", api.read_new);
    library.resolve("archive_read_next_header", api.read_next_header);
    library.resolve("archive_read_open_fd", api.read_open_fd);
    library.resolve("archive_read_open_memory", api.read_open_memory);
    library.resolve("archive_read_support_format_tar", api.read_support_format_tar);
    library.resolve("archive_write_close", api.write_close);
    library.resolve("archive_write_data", api.write_data);
    library.resolve("archive_write_free", api.write_free);
    library.resolve("archive_write_header", api.write_header);
    library.resolve("archive_write_new", api.write_new);
    library.resolve("archive_write_open_filename", api.write_open_filename);
    library.resolve("archive_write_set_format_pax_restricted", api.write_set_format_pax_restricted);
}

const LoadedLibrary<LibArchive> &loaded()
{
    // libarchive 3 is libarchive.so.13 (Debian: libarchive13).
    return LoadedLibrary<LibArchive>::get(QStringLiteral("archive"), 13, resolveAll);
}

} // namespace

Result<const LibArchive *> LibArchive::load()
{
    return loaded().result();
}

const LibArchive &libarchive()
{
    return loaded().api();
}

} // namespace coach
