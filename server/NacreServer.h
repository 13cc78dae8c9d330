#pragma once

#include "ServerContext.h"
#include "http/TransportLimits.h"
#include "mail/MailDispatcher.h"
#include "mail/MimeMessage.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace nacre::server {

class ConnectionCount;
class HttpServer;
class MailTransport;
class Metrics;
class MetricsRoutes;
class Router;
class ServerWorker;
class WorkerThread;

// How mail leaves: into the outbox folder (the default) or through an SMTP relay.
struct MailConfig
{
    QString smtpUrl; // smtp://user:password@host:587 or smtps://…:465; empty: the outbox folder
    bool smtpAllowPlain = false; // a loopback relay without TLS
    QString smtpCaFile; // extra certificates to trust for the relay (PEM)
    QString from = QStringLiteral("Nacre <no-reply@nacre.invalid>"); // "Name <address>"
    MailRetryPolicy retry;
};

struct NacreServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0 picks a free port
    QString database; // SQLite file or postgres:// URL
    QString outboxDirectory;
    MailConfig mail;
    // When options.publicUrl is empty: links name this host and the port bound (the embedded server
    // shared with the network); empty too: the listening address.
    QString publicHost;
    TransportLimits limits;
    ServerOptions options;
    // /metrics is served only here, on its own listener, and only when asked for (--metrics-listen).
    bool metricsEnabled = false;
    QHostAddress metricsAddress = QHostAddress::LocalHost;
    quint16 metricsPort = 0; // 0 picks a free port
    // Threads serving requests, each with its own database connection; 1 serves on the server's
    // own thread (the embedded server, the tests).
    int workers = 1;
};

// nacred as an object: opens and migrates the database, installs every route and listens. Used by
// server/main.cpp, by the desktop app (in-process, on its own thread) and by the tests.
class NacreServer : public QObject
{
    Q_OBJECT

public:
    explicit NacreServer(NacreServerConfig config, QObject* parent = nullptr);
    ~NacreServer() override;

    // Returns false and sets `error` when the database cannot be opened or the port not bound.
    bool start(QString* error);
    quint16 port() const { return m_port; }
    quint16 metricsPort() const { return m_metricsPort; } // 0 when metrics are off
    QString baseUrl() const;
    const Router& router() const;
    Clock& clock() { return m_clock; }
    ServerContext& context();
    MailDispatcher& mailDispatcher() { return *m_mailDispatcher; }
    const MailAddress& mailFrom() const { return m_mailFrom; }
    int requestsInFlight() const;
    int openConnections() const;
    void stopAccepting();

    static QString defaultDatabasePath();
    static QString defaultOutboxPath();

private:
    bool startMail(QString* error);
    bool startWorkers(
        const std::function<std::function<bool(HttpServer&, QString*)>(int worker)>& listenFor, QString* error);

    NacreServerConfig m_config;
    Clock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<Metrics> m_metrics;
    MailAddress m_mailFrom;
    std::unique_ptr<MailTransport> m_mailTransport;
    std::unique_ptr<MailDispatcher> m_mailDispatcher;
    std::unique_ptr<ConnectionCount> m_connections; // shared by every worker
    std::unique_ptr<ServerWorker> m_worker; // on this thread, over m_context; opens the listening socket
    std::vector<std::unique_ptr<WorkerThread>> m_workerThreads;
    std::unique_ptr<Router> m_metricsRouter;
    std::unique_ptr<MetricsRoutes> m_metricsRoutes;
    HttpServer* m_metricsHttp = nullptr;
    quint16 m_port = 0;
    quint16 m_metricsPort = 0;
};

} // namespace nacre::server
