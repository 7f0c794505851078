// Opens a recording for reading only when it is a regular file, without ever waiting on a FIFO, a device
// or anything else that a path can name.
#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace coach {

class RegularFile final
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)

public:
    // A file descriptor (blocking again, close-on-exec) of the regular file at path; the open itself uses
    // O_NONBLOCK, so a FIFO with no writer answers at once. followLinks false adds O_NOFOLLOW. The error is
    // one line naming the file and what it is ("is a FIFO", "is a folder", "is a device").
    static Result<int> open(const QString &path, bool followLinks = true);
    // The size of an open file, -1 when unknown.
    static qint64 size(int fd);
};

} // namespace coach
