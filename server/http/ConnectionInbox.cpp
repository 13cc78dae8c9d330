#include "http/ConnectionInbox.h"

#include "http/ConnectionGuard.h"

#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <unistd.h>
#endif

namespace nacre::server {

ConnectionInbox::ConnectionInbox(TransportLimits limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
{ }

void ConnectionInbox::adopt(qintptr descriptor, std::function<void()> closed)
{
    if (QTcpSocket* socket = guardedSocket(this, descriptor, m_limits, std::move(closed)))
        addPendingConnection(socket);
}

QTcpSocket* ConnectionInbox::guardedSocket(
    QTcpServer* owner, qintptr descriptor, const TransportLimits& limits, std::function<void()> closed)
{
    auto* socket = new QTcpSocket(owner);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
#ifdef Q_OS_WIN
        ::closesocket(SOCKET(descriptor));
#else
        ::close(int(descriptor));
#endif
        closed();
        return nullptr;
    }
    // Responses leave in a few writes (status line and headers, then the body): without TCP_NODELAY,
    // Nagle's algorithm holds the last segment until the client's delayed ACK, 40 ms later, for every
    // answer between about 32 and 64 KB (a 100-member page).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QObject::connect(socket, &QObject::destroyed, owner, [closed = std::move(closed)] { closed(); });
    // The guard connects to readyRead before QHttpServer does, so it sees every byte first.
    new ConnectionGuard(socket, limits);
    return socket;
}

} // namespace nacre::server
