#include "audio/regularfile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coach {

namespace {

QString whatItIs(mode_t mode)
{
    if (S_ISDIR(mode))
        return RegularFile::tr("is a folder");
    if (S_ISFIFO(mode))
        return RegularFile::tr("is a FIFO");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return RegularFile::tr("is a device");
    if (S_ISSOCK(mode))
        return RegularFile::tr("is a socket");
    return RegularFile::tr("is not a regular file");
}

} // namespace

Result<int> RegularFile::open(const QString &path, bool followLinks)
{
    using R = Result<int>;
    const QString shown = QDir::toNativeSeparators(path);
    int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
    if (!followLinks)
        flags |= O_NOFOLLOW;
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return R::failure(tr("%1: no such file").arg(shown));
        if (error == ELOOP)
            return R::failure(tr("%1 is a symbolic link, not a recording").arg(shown));
        return R::failure(
            tr("%1: cannot be read: %2").arg(shown, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const QString what = whatItIs(info.st_mode);
        ::close(fd);
        return R::failure(tr("%1 %2, not a recording").arg(shown, what));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

qint64 RegularFile::size(int fd)
{
    struct stat info
    {
    };
    return ::fstat(fd, &info) == 0 ? static_cast<qint64>(info.st_size) : -1;
}

} // namespace coach
