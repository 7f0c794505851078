#include "storage/libarchive.h"

#include <QCoreApplication>
#include <QLibrary>

namespace coach {

namespace {

struct Loaded
{
    LibArchive api;
    QString problem;
};

template<typename Function>
bool resolve(QLibrary &library, const char *name, Function &function, QStringList &missing)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    if (!function)
        missing.append(QString::fromLatin1(name));
    return function != nullptr;
}

Loaded loadOnce()
{
    Loaded loaded;
    // libarchive 3 is libarchive.so.13 (Debian: libarchive13).
    QLibrary library(QStringLiteral("archive"), 13);
    if (!library.load()) {
        loaded.problem =
            QCoreApplication::translate("coach::ProfileArchive", "libarchive could not be loaded: %1")
                .arg(library.errorString());
        return loaded;
    }
    LibArchive &api = loaded.api;
    QStringList missing;
    resolve(library, "archive_entry_filetype", api.entry_filetype, missing);
    resolve(library, "archive_entry_free", api.entry_free, missing);
    resolve(library, "archive_entry_hardlink", api.entry_hardlink, missing);
    resolve(library, "archive_entry_new", api.entry_new, missing);
    resolve(library, "archive_entry_pathname", api.entry_pathname, missing);
    resolve(library, "archive_entry_set_filetype", api.entry_set_filetype, missing);
    resolve(library, "archive_entry_set_mtime", api.entry_set_mtime, missing);
    resolve(library, "archive_entry_set_pathname_utf8", api.entry_set_pathname_utf8, missing);
    resolve(library, "archive_entry_set_perm", api.entry_set_perm, missing);
    resolve(library, "archive_entry_set_size", api.entry_set_size, missing);
    resolve(library, "archive_entry_size", api.entry_size, missing);
    resolve(library, "archive_entry_size_is_set", api.entry_size_is_set, missing);
    resolve(library, "archive_error_string", api.error_string, missing);
    resolve(library, "archive_read_data", api.read_data, missing);
    resolve(library, "archive_read_free", api.read_free, missing);
    resolve(library, "archive_read_new", api.read_new, missing);
    resolve(library, "archive_read_next_header", api.read_next_header, missing);
    resolve(library, "archive_read_open_fd", api.read_open_fd, missing);
    resolve(library, "archive_read_open_memory", api.read_open_memory, missing);
    resolve(library, "archive_read_support_format_tar", api.read_support_format_tar, missing);
    resolve(library, "archive_write_close", api.write_close, missing);
    resolve(library, "archive_write_data", api.write_data, missing);
    resolve(library, "archive_write_free", api.write_free, missing);
    resolve(library, "archive_write_header", api.write_header, missing);
    resolve(library, "archive_write_new", api.write_new, missing);
    resolve(library, "archive_write_open_filename", api.write_open_filename, missing);
    resolve(library, "archive_write_set_format_pax_restricted", api.write_set_format_pax_restricted, missing);
    if (!missing.isEmpty())
        loaded.problem = QCoreApplication::translate("coach::ProfileArchive", "%1 lacks %2")
                             .arg(library.fileName(), missing.join(QStringLiteral(", ")));
    return loaded; // the library stays loaded: QLibrary does not unload when destroyed
}

const Loaded &loadedLibrary()
{
    static const Loaded loaded = loadOnce();
    return loaded;
}

} // namespace

Result<const LibArchive *> LibArchive::load()
{
    const Loaded &loaded = loadedLibrary();
    if (!loaded.problem.isEmpty())
        return Result<const LibArchive *>::failure(loaded.problem);
    return &loaded.api;
}

const LibArchive &libarchive()
{
    return loadedLibrary().api;
}

} // namespace coach
