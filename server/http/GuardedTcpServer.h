#pragma once

#include "http/ConnectionCount.h"
#include "http/TransportLimits.h"

#include <QTcpServer>

namespace nacre::server {

// The QTcpServer that a QHttpServer is bound to. Every accepted socket gets a ConnectionGuard before
// QHttpServer sees it, and a connection over the limits (counted in a ConnectionCount that the
// workers of one process share) is turned away with a problem. Several of them, one per worker
// thread, may accept from one listening socket (listenShared).
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(TransportLimits limits, ConnectionCount& count, QObject* parent = nullptr);

    const TransportLimits& limits() const { return m_limits; }
    // Accepts from the listening socket `descriptor` of another GuardedTcpServer (a duplicate of it,
    // so either may be closed first); false when the system refuses.
    bool listenShared(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    TransportLimits m_limits;
    ConnectionCount& m_count;
};

} // namespace nacre::server
