#include "platform/singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

namespace coach {

namespace {

constexpr int kTimeoutMs = 1000;
// How long a start that found the lock taken waits for the running program to listen (it may be starting
// at the same moment).
constexpr int kHandOverMs = 5000;
const char kActivate[] = "activate\n";
const char kLockName[] = "instance.lock";

// The data folder as the file system knows it: the same folder gives the same path however it is reached.
QString canonicalFolder(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    const QString canonical = QFileInfo(dataDir).canonicalFilePath();
    return canonical.isEmpty() ? QDir(dataDir).absolutePath() : canonical;
}

} // namespace

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

SingleInstance::~SingleInstance() = default;

QString SingleInstance::lockPath() const
{
    return QDir(m_canonical).filePath(QLatin1String(kLockName));
}

void SingleInstance::release()
{
    if (m_server)
        m_server->close();
    if (m_lock)
        m_lock->unlock();
}

bool SingleInstance::askOtherToShow(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        QLocalSocket other;
        other.connectToServer(m_name);
        if (other.waitForConnected(kTimeoutMs)) {
            other.write(kActivate);
            other.waitForBytesWritten(kTimeoutMs);
            other.disconnectFromServer();
            return true;
        }
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    return false;
}

bool SingleInstance::claim()
{
    m_canonical = canonicalFolder(m_dataDir); // the folder may have been made since
    m_lock = std::make_unique<QLockFile>(lockPath());
    // No age makes a lock stale, only a holder that is gone: this one is held for the whole session.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
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

void SingleInstance::listen()
{
    // This start holds the lock: a socket of that name is left over from a crash and goes.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return; // without the socket the program still runs; only the hand-over is lost
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains("activate"))
                    Q_EMIT activationRequested();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

} // namespace coach
