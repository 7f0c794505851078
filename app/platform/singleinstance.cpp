#include "platform/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace coach {

namespace {

constexpr int kTimeoutMs = 1000;
const char kActivate[] = "activate\n";

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
{
    const QByteArray who = qgetenv("USER") + '\n' + QDir(dataDir).absolutePath().toUtf8();
    m_name = QStringLiteral("interview-coach-") +
             QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::~SingleInstance() = default;

void SingleInstance::release()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::claim()
{
    {
        QLocalSocket other;
        other.connectToServer(m_name);
        if (other.waitForConnected(kTimeoutMs)) {
            other.write(kActivate);
            other.waitForBytesWritten(kTimeoutMs);
            other.disconnectFromServer();
            return false;
        }
    }
    // Nobody answers: a socket left behind by a crash is stale and goes.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return true; // without the socket the program still runs; only the hand-over is lost
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains("activate"))
                    Q_EMIT activationRequested();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace coach
