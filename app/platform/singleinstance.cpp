#include "platform/singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSocketNotifier>
#include <QThread>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace coach {

namespace {

constexpr int kTimeoutMs = 1000;
// How long a start that found the lock taken waits for the running program to listen (it may be starting
// at the same moment).
constexpr int kHandOverMs = 5000;
const char kActivate[] = "activate\n";
// A start says no more than this; a connection that sends more is closed.
constexpr qsizetype kLongestRequest = 64;
const char kLockName[] = "instance.lock";

// The socket address of path; false when the path is too long for one.
bool socketAddress(const QByteArray &path, sockaddr_un &address)
{
    address = {};
    address.sun_family = AF_UNIX;
    if (path.size() >= static_cast<qsizetype>(sizeof address.sun_path))
        return false;
    std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
    return true;
}

const sockaddr *asSocketAddress(const sockaddr_un &address)
{
    return reinterpret_cast<const sockaddr *>(&address);
}

// The data folder as the file system knows it: the same folder gives the same path however it is reached.
QString canonicalFolder(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    const QString canonical = QFileInfo(dataDir).canonicalFilePath();
    return canonical.isEmpty() ? QDir(dataDir).absolutePath() : canonical;
}

// A lock held for the whole session: no age makes it stale, only a holder that is gone.
std::unique_ptr<QLockFile> sessionLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

struct LockAhead::Taken
{
    QString path;
    std::unique_ptr<QLockFile> lock;
    bool locked = false;
};

LockAhead::LockAhead(const QString &dataDir)
{
    m_thread = std::thread([this, dataDir] {
        auto taken = std::make_unique<Taken>();
        taken->path = QDir(canonicalFolder(dataDir)).filePath(QLatin1String(kLockName));
        taken->lock = sessionLock(taken->path);
        taken->locked = taken->lock->tryLock(0);
        m_taken = std::move(taken);
    });
}

LockAhead::~LockAhead()
{
    take();
}

std::unique_ptr<LockAhead::Taken> LockAhead::take()
{
    if (m_thread.joinable())
        m_thread.join();
    return std::move(m_taken);
}

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    m_canonical = canonicalFolder(dataDir);
    // A full path, so that TMPDIR does not change where the socket is looked for.
    m_name = QStringLiteral("/tmp/interview-coach-") +
             QString::fromLatin1(
                 QCryptographicHash::hash(m_canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::~SingleInstance()
{
    stopListening();
}

QString SingleInstance::lockPath() const
{
    return QDir(m_canonical).filePath(QLatin1String(kLockName));
}

void SingleInstance::release()
{
    stopListening();
    if (m_lock)
        m_lock->unlock();
}

bool SingleInstance::askOtherToShow(int timeoutMs)
{
    sockaddr_un address;
    if (!socketAddress(QFile::encodeName(m_name), address))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    do {
        const int other = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (other < 0)
            return false;
        // The running program's socket takes the connection at once (its backlog), whatever it is doing.
        const timeval limit{kTimeoutMs / 1000, 0};
        ::setsockopt(other, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
        const auto length = static_cast<ssize_t>(sizeof kActivate - 1);
        const bool asked = ::connect(other, asSocketAddress(address), sizeof address) == 0 &&
                           ::send(other, kActivate, sizeof kActivate - 1, MSG_NOSIGNAL) == length;
        ::close(other);
        if (asked)
            return true;
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    return false;
}

bool SingleInstance::claim(LockAhead *ahead)
{
    m_canonical = canonicalFolder(m_dataDir); // the folder may have been made since
    bool locked = false;
    if (const auto taken = ahead ? ahead->take() : nullptr; taken && taken->path == lockPath()) {
        m_lock = std::move(taken->lock);
        locked = taken->locked;
    } else {
        m_lock = sessionLock(lockPath());
        locked = m_lock->tryLock(0);
    }
    if (!locked) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            askOtherToShow(kHandOverMs);
            return false;
        }
        // The lock cannot be written (a read-only data folder): the socket alone guards, as it can.
        if (askOtherToShow(0))
            return false;
    }
    listen();
    return true;
}

// Without the socket the program still runs; only the hand-over is lost.
void SingleInstance::listen()
{
    const QByteArray path = QFile::encodeName(m_name);
    sockaddr_un address;
    if (!socketAddress(path, address))
        return;
    // This start holds the lock: a socket of that name is left over from a crash and goes.
    ::unlink(path.constData());
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (listener < 0)
        return;
    if (::bind(listener, asSocketAddress(address), sizeof address) != 0) {
        ::close(listener);
        return;
    }
    // Only this user's programs may hand over.
    if (::chmod(path.constData(), S_IRUSR | S_IWUSR) != 0 || ::listen(listener, 8) != 0) {
        ::close(listener);
        ::unlink(path.constData());
        return;
    }
    m_listener = listener;
    m_accepting = new QSocketNotifier(listener, QSocketNotifier::Read, this);
    connect(m_accepting, &QSocketNotifier::activated, this, &SingleInstance::acceptStarts);
}

void SingleInstance::stopListening()
{
    if (m_listener < 0)
        return;
    // The connections of starts that have not finished saying what they want go too.
    for (QSocketNotifier *notifier : findChildren<QSocketNotifier *>()) {
        if (notifier != m_accepting)
            ::close(static_cast<int>(notifier->socket()));
        delete notifier;
    }
    m_accepting = nullptr;
    ::close(m_listener);
    m_listener = -1;
    ::unlink(QFile::encodeName(m_name).constData());
}

void SingleInstance::acceptStarts()
{
    int start = -1;
    while ((start = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK)) >= 0) {
        auto *notifier = new QSocketNotifier(start, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] { readStart(notifier); });
    }
}

// What one start sends: its request, then the end of the connection.
void SingleInstance::readStart(QSocketNotifier *notifier)
{
    const int start = static_cast<int>(notifier->socket());
    char buffer[kLongestRequest];
    const ssize_t received = ::recv(start, buffer, sizeof buffer, 0);
    if (received < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    const QByteArray request = notifier->property("request").toByteArray() +
                               QByteArray(buffer, static_cast<qsizetype>(std::max<ssize_t>(received, 0)));
    const bool ended = received <= 0 || request.size() >= kLongestRequest;
    if (!ended && !request.contains('\n')) {
        notifier->setProperty("request", request);
        return;
    }
    if (request.startsWith("activate"))
        Q_EMIT activationRequested();
    notifier->setEnabled(false);
    ::close(start);
    notifier->setParent(nullptr); // no longer one of the open connections stopListening() closes
    notifier->deleteLater();
}

} // namespace coach
