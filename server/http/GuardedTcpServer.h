#pragma once

#include "http/TransportLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace nacre::server {

// The QTcpServer that QHttpServer is bound to. Every accepted socket gets a ConnectionGuard before
// QHttpServer sees it, and an address with too many open connections is turned away.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(TransportLimits limits, QObject* parent = nullptr);

    const TransportLimits& limits() const { return m_limits; }
    int openConnections() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    TransportLimits m_limits;
    QHash<QHostAddress, int> m_connectionsByAddress;
};

} // namespace nacre::server
