// libarchive, loaded when a backup, a restore or an export first needs it (QLibrary): the program starts
// without it and the libraries it brings (libxml2, nettle, acl, bzip2). Call load() before anything else.
#pragma once

#include "core/result.h"

#include <archive.h>
#include <archive_entry.h>

namespace coach {

struct LibArchive
{
    // The library, loaded once (on any thread); failure names the file and the loader's reason.
    static Result<const LibArchive *> load();

    decltype(&::archive_entry_filetype) entry_filetype = nullptr;
    decltype(&::archive_entry_free) entry_free = nullptr;
    decltype(&::archive_entry_hardlink) entry_hardlink = nullptr;
    decltype(&::archive_entry_new) entry_new = nullptr;
    decltype(&::archive_entry_pathname) entry_pathname = nullptr;
    decltype(&::archive_entry_set_filetype) entry_set_filetype = nullptr;
    decltype(&::archive_entry_set_mtime) entry_set_mtime = nullptr;
    decltype(&::archive_entry_set_pathname_utf8) entry_set_pathname_utf8 = nullptr;
    decltype(&::archive_entry_set_perm) entry_set_perm = nullptr;
    decltype(&::archive_entry_set_size) entry_set_size = nullptr;
    decltype(&::archive_entry_size) entry_size = nullptr;
    decltype(&::archive_entry_size_is_set) entry_size_is_set = nullptr;
    decltype(&::archive_error_string) error_string = nullptr;
    decltype(&::archive_read_data) read_data = nullptr;
    decltype(&::archive_read_free) read_free = nullptr;
    decltype(&::archive_read_new) read_new = nullptr;
    decltype(&::archive_read_next_header) read_next_header = nullptr;
    decltype(&::archive_read_open_fd) read_open_fd = nullptr;
    decltype(&::archive_read_open_memory) read_open_memory = nullptr;
    decltype(&::archive_read_support_format_tar) read_support_format_tar = nullptr;
    decltype(&::archive_write_close) write_close = nullptr;
    decltype(&::archive_write_data) write_data = nullptr;
    decltype(&::archive_write_free) write_free = nullptr;
    decltype(&::archive_write_header) write_header = nullptr;
    decltype(&::archive_write_new) write_new = nullptr;
    decltype(&::archive_write_open_filename) write_open_filename = nullptr;
    decltype(&::archive_write_set_format_pax_restricted) write_set_format_pax_restricted = nullptr;
};

// The loaded library: only after load() succeeded.
const LibArchive &libarchive();

} // namespace coach
