#pragma once

#include "http/Metrics.h"
#include "http/Router.h"
#include "http/TransportLimits.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <atomic>

namespace nacre::server {

class GuardedTcpServer;

// QHttpServer's low-level base with our own routing: every request goes through Router::dispatch,
// is counted in Metrics and logged as one structured line.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(const Router& router, Metrics& metrics, TransportLimits limits, QObject* parent = nullptr);

    // Binds a guarded TCP server of its own; returns the port (useful with port 0), or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port, QString* error);
    // Serves the connections another listener hands to `inbox` (a worker's; see GuardedTcpServer).
    void serve(QTcpServer* inbox) { bind(inbox); }
    int openConnections() const;

    // Handlers and responses in flight; SIGTERM waits for this to reach zero. Read from any thread.
    int requestsInFlight() const { return m_inFlight.load(); }
    void stopAccepting();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    const Router& m_router;
    Metrics& m_metrics;
    TransportLimits m_limits;
    GuardedTcpServer* m_tcpServer = nullptr;
    std::atomic<int> m_inFlight = 0;
};

} // namespace nacre::server
