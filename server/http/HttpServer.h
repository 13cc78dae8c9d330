#pragma once

#include "http/Metrics.h"
#include "http/Router.h"
#include "http/TransportLimits.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace nacre::server {

class GuardedTcpServer;

// QHttpServer's low-level base with our own routing: every request goes through Router::dispatch,
// is counted in Metrics and logged as one structured line.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(const Router& router, Metrics& metrics, TransportLimits limits, QObject* parent = nullptr);

    // Binds the guarded TCP server; returns the port (useful with port 0), or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port, QString* error);
    int openConnections() const;

    // Handlers and responses in flight; SIGTERM waits for this to reach zero.
    int requestsInFlight() const { return m_inFlight; }
    void stopAccepting();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    const Router& m_router;
    Metrics& m_metrics;
    TransportLimits m_limits;
    GuardedTcpServer* m_tcpServer = nullptr;
    int m_inFlight = 0;
};

} // namespace nacre::server
