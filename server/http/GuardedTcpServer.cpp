#include "http/GuardedTcpServer.h"

#include "http/ApiError.h"
#include "http/ApiResponse.h"
#include "http/ConnectionGuard.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <numeric>

Q_LOGGING_CATEGORY(lcTransport, "nacre.server.transport")

namespace nacre::server {

GuardedTcpServer::GuardedTcpServer(TransportLimits limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

int GuardedTcpServer::openConnections() const
{
    return std::accumulate(m_connectionsByAddress.cbegin(), m_connectionsByAddress.cend(), 0);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress address = socket->peerAddress();
    if (openConnections() >= m_limits.maxConnections) {
        qCWarning(lcTransport) << "refusing connection: the server is at its limit of" << m_limits.maxConnections;
        ConnectionGuard::rejectAndClose(
            socket, ApiError::serviceUnavailable(2, QStringLiteral("The server is busy. Try again in a moment.")));
        return;
    }
    int& open = m_connectionsByAddress[address];
    if (open >= m_limits.maxConnectionsPerAddress && !m_limits.isTrustedProxy(address)) {
        qCWarning(lcTransport) << "refusing connection: too many open from" << address.toString();
        ConnectionGuard::rejectAndClose(
            socket, ApiError::tooManyRequests(1, QStringLiteral("Too many open connections from this address.")));
        if (open == 0)
            m_connectionsByAddress.remove(address);
        return;
    }
    ++open;
    // Responses leave in a few writes (status line and headers, then the body): without TCP_NODELAY,
    // Nagle's algorithm holds the last segment until the client's delayed ACK, 40 ms later, for every
    // answer between about 32 and 64 KB (a 100-member page).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QObject::destroyed, this, [this, address] {
        auto it = m_connectionsByAddress.find(address);
        if (it != m_connectionsByAddress.end() && --it.value() <= 0)
            m_connectionsByAddress.erase(it);
    });
    // The guard connects to readyRead before QHttpServer does, so it sees every byte first.
    new ConnectionGuard(socket, m_limits);
    addPendingConnection(socket);
}

} // namespace nacre::server
