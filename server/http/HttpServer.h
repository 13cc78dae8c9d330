#pragma once

#include "http/ConnectionCount.h"
#include "http/Metrics.h"
#include "http/Router.h"
#include "http/TransportLimits.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <atomic>
#include <memory>

namespace nacre::server {

class GuardedTcpServer;

// QHttpServer's low-level base with our own routing: every request goes through Router::dispatch,
// is counted in Metrics and logged as one structured line.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // `count`: the connection count shared with the other workers of the process; null: its own.
    HttpServer(const Router& router, Metrics& metrics, TransportLimits limits, ConnectionCount* count = nullptr,
        QObject* parent = nullptr);
    ~HttpServer() override;

    // Binds a guarded TCP server; returns the port (useful with port 0), or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port, QString* error);
    // Accepts from a listening socket made elsewhere (ListeningSocket::open), taking it over.
    bool listenOn(qintptr descriptor, QString* error);
    // Accepts from another server's listening socket, sharing it (a duplicate; see GuardedTcpServer).
    bool listenShared(qintptr descriptor, QString* error);
    int openConnections() const;

    // Handlers and responses in flight; SIGTERM waits for this to reach zero. Read from any thread.
    int requestsInFlight() const { return m_inFlight.load(); }
    void stopAccepting();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    // Serves `server` when `listening` (its listen call succeeded); else deletes it and says why.
    bool serveFrom(GuardedTcpServer* server, bool listening, QString* error);

    const Router& m_router;
    Metrics& m_metrics;
    TransportLimits m_limits;
    std::unique_ptr<ConnectionCount> m_ownCount;
    ConnectionCount& m_count;
    GuardedTcpServer* m_tcpServer = nullptr;
    std::atomic<int> m_inFlight = 0;
};

} // namespace nacre::server
