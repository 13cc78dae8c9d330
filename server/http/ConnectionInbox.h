#pragma once

#include "http/TransportLimits.h"

#include <QTcpServer>

#include <functional>

namespace nacre::server {

// The QTcpServer a worker's HttpServer is bound to. It never listens: the one listener
// (GuardedTcpServer) admits each connection and hands its descriptor here, on this object's thread,
// where it becomes a guarded socket that QHttpServer takes as if it had accepted it itself.
class ConnectionInbox : public QTcpServer
{
    Q_OBJECT

public:
    explicit ConnectionInbox(TransportLimits limits, QObject* parent = nullptr);

    // Wraps an accepted descriptor: TCP_NODELAY, a ConnectionGuard, then pending for QHttpServer.
    // `closed` runs when the connection is gone (or could not be taken).
    void adopt(qintptr descriptor, std::function<void()> closed);

    // The same for any QTcpServer: the socket, guarded, not yet added to the server's pending list.
    static QTcpSocket* guardedSocket(
        QTcpServer* owner, qintptr descriptor, const TransportLimits& limits, std::function<void()> closed);

private:
    TransportLimits m_limits;
};

} // namespace nacre::server
