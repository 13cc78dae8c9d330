#include "http/GuardedTcpServer.h"

#include "http/ApiError.h"
#include "http/ConnectionGuard.h"
#include "http/ConnectionInbox.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#include <numeric>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcTransport, "nacre.server.transport")

namespace nacre::server {

namespace {

// The peer of an accepted descriptor, read before any QTcpSocket owns it (a socket is made on the
// thread that will serve it).
QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage peer {};
    socklen_t length = sizeof(peer);
    if (::getpeername(descriptor, reinterpret_cast<sockaddr*>(&peer), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr*>(&peer));
}

} // namespace

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
    const QHostAddress address = peerOf(descriptor);
    const auto refuse = [&](const ApiError& error) {
        auto* socket = new QTcpSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            ConnectionGuard::rejectAndClose(socket, error);
        else
            delete socket;
    };
    if (openConnections() >= m_limits.maxConnections) {
        qCWarning(lcTransport) << "refusing connection: the server is at its limit of" << m_limits.maxConnections;
        refuse(ApiError::serviceUnavailable(2, QStringLiteral("The server is busy. Try again in a moment.")));
        return;
    }
    if (m_connectionsByAddress.value(address) >= m_limits.maxConnectionsPerAddress
        && !m_limits.isTrustedProxy(address)) {
        qCWarning(lcTransport) << "refusing connection: too many open from" << address.toString();
        refuse(ApiError::tooManyRequests(1, QStringLiteral("Too many open connections from this address.")));
        return;
    }
    ++m_connectionsByAddress[address];
    // The count goes down on this thread, whichever thread the connection ends on.
    auto closed = [self = QPointer<GuardedTcpServer>(this), address] {
        if (self)
            QMetaObject::invokeMethod(self, [self, address] {
                if (self)
                    self->release(address);
            });
    };
    if (m_dispatcher) {
        m_dispatcher(descriptor, std::move(closed));
    } else if (QTcpSocket* socket = ConnectionInbox::guardedSocket(this, descriptor, m_limits, std::move(closed))) {
        addPendingConnection(socket);
    }
}

void GuardedTcpServer::release(const QHostAddress& address)
{
    auto it = m_connectionsByAddress.find(address);
    if (it != m_connectionsByAddress.end() && --it.value() <= 0)
        m_connectionsByAddress.erase(it);
}

} // namespace nacre::server
