#include "desktop/InstanceChannel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace nacre::client {

namespace {
constexpr qsizetype MaxMessage = 8 * 1024; // a link, not a file
const QByteArray OpenPrefix = "open ";
const QByteArray Activate = "activate";
} // namespace

InstanceChannel::InstanceChannel(QString socketPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(socketPath))
{ }

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::defaultSocketPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return QDir(base).filePath(u"nacre/instance"_s);
}

bool InstanceChannel::handToRunning(const QString& link, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray message = link.isEmpty() ? Activate : OpenPrefix + link.toUtf8();
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance closes the connection once it has the message.
    socket.waitForDisconnected(timeoutMs);
    return true;
}

bool InstanceChannel::listen(QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile::setPermissions(QFileInfo(m_path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        // Nobody answered handToRunning(), so a socket file here is a crashed instance's.
        QLocalServer::removeServer(m_path);
        if (!m_server->listen(m_path)) {
            *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::readConnection);
    return true;
}

void InstanceChannel::readConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto read = [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxMessage)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(MaxMessage).trimmed();
            socket->disconnectFromServer();
            if (line == Activate)
                Q_EMIT activationRequested();
            else if (line.startsWith(OpenPrefix))
                Q_EMIT linkReceived(QString::fromUtf8(line.mid(OpenPrefix.size())));
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        if (socket->canReadLine())
            read(); // arrived before the connection was taken
    }
}

} // namespace nacre::client
