#include "http/GuardedTcpServer.h"

#include "http/ApiError.h"
#include "http/ConnectionGuard.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcTransport, "nacre.server.transport")

namespace nacre::server {

GuardedTcpServer::GuardedTcpServer(TransportLimits limits, ConnectionCount& count, QObject* parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
    , m_count(count)
{ }

bool GuardedTcpServer::listenShared(qintptr descriptor)
{
#ifdef Q_OS_WIN
    WSAPROTOCOL_INFOW info {};
    if (::WSADuplicateSocketW(SOCKET(descriptor), ::GetCurrentProcessId(), &info) != 0)
        return false;
    const SOCKET copy = ::WSASocketW(AF_UNSPEC, SOCK_STREAM, 0, &info, 0, WSA_FLAG_OVERLAPPED);
    if (copy == INVALID_SOCKET)
        return false;
#else
    const int copy = ::dup(int(descriptor));
    if (copy < 0)
        return false;
#endif
    // Every worker is woken for a new connection; one accepts it, the others find nothing (a
    // temporary error QTcpServer expects).
    return setSocketDescriptor(qintptr(copy));
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress address = socket->peerAddress();
    switch (m_count.admit(address)) {
    case ConnectionCount::Admission::ServerFull:
        qCWarning(lcTransport) << "refusing connection: the server is at its limit of" << m_limits.maxConnections;
        ConnectionGuard::rejectAndClose(
            socket, ApiError::serviceUnavailable(2, QStringLiteral("The server is busy. Try again in a moment.")));
        return;
    case ConnectionCount::Admission::AddressFull:
        qCWarning(lcTransport) << "refusing connection: too many open from" << address.toString();
        ConnectionGuard::rejectAndClose(
            socket, ApiError::tooManyRequests(1, QStringLiteral("Too many open connections from this address.")));
        return;
    case ConnectionCount::Admission::Admitted:
        break;
    }
    // Responses leave in a few writes (status line and headers, then the body): without TCP_NODELAY,
    // Nagle's algorithm holds the last segment until the client's delayed ACK, 40 ms later, for every
    // answer between about 32 and 64 KB (a 100-member page).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ConnectionCount* count = &m_count;
    connect(socket, &QObject::destroyed, this, [count, address] { count->release(address); });
    // The guard connects to readyRead before QHttpServer does, so it sees every byte first.
    new ConnectionGuard(socket, m_limits);
    addPendingConnection(socket);
}

} // namespace nacre::server
