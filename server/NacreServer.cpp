#include "NacreServer.h"

#include "ServerWorker.h"
#include "audit/AuditChain.h"
#include "http/ConnectionCount.h"
#include "http/HttpServer.h"
#include "http/ListeningSocket.h"
#include "http/Metrics.h"
#include "http/Router.h"
#include "mail/OutboxTransport.h"
#include "mail/SmtpTransport.h"
#include "routes/SystemRoutes.h"
#include "services/WorkspaceFactory.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStartup, "nacre.server.startup")

namespace nacre::server {

NacreServer::NacreServer(NacreServerConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (m_config.database.isEmpty())
        m_config.database = defaultDatabasePath();
    if (m_config.outboxDirectory.isEmpty())
        m_config.outboxDirectory = defaultOutboxPath();
}

NacreServer::~NacreServer()
{
    // Nothing new comes in; the worker threads end (their connections and database connections with
    // them); then this thread's worker, before the context, metrics and mail it refers to.
    stopAccepting();
    m_workerThreads.clear();
    m_worker.reset();
    delete m_metricsHttp;
    m_metricsHttp = nullptr;
}

QString NacreServer::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"nacred.sqlite"_s);
}

QString NacreServer::defaultOutboxPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"outbox"_s);
}

bool NacreServer::start(QString* error)
{
    QString locationError;
    const DatabaseLocation location = DatabaseLocation::parse(m_config.database, &locationError);
    if (!locationError.isEmpty()) {
        *error = u"--database: "_s + locationError;
        return false;
    }
    try {
        m_database = std::make_unique<Database>(location);
        m_database->open();
        m_database->migrate([this](int version) {
            if (version == 11)
                AuditChain(*m_database).linkUnchained();
        });
    } catch (const std::exception& exception) {
        *error = QString::fromStdString(exception.what());
        return false;
    }

    m_metrics = std::make_unique<Metrics>();
    // The port is bound here. Several workers on Linux: a socket each (SO_REUSEPORT), the kernel
    // spreading connections over them; else one socket the workers share (duplicates of it, which
    // outlive `listening`).
    QTcpServer listening;
    std::vector<qintptr> ownSockets;
    if (m_config.workers > 1 && ListeningSocket::spreadsConnections()) {
        m_port = m_config.port;
        ownSockets = ListeningSocket::openSpread(m_config.address, &m_port, m_config.workers, error);
        if (ownSockets.empty())
            return false;
    } else {
        if (!listening.listen(m_config.address, m_config.port)) {
            *error = listening.errorString();
            return false;
        }
        listening.pauseAccepting();
        m_port = listening.serverPort();
    }
    if (m_config.metricsEnabled) {
        m_metricsRouter = std::make_unique<Router>();
        m_metricsRoutes = std::make_unique<MetricsRoutes>(*m_metrics);
        m_metricsRoutes->install(*m_metricsRouter);
        m_metricsHttp = new HttpServer(*m_metricsRouter, *m_metrics, m_config.limits);
        QString metricsError;
        m_metricsPort = m_metricsHttp->listen(m_config.metricsAddress, m_config.metricsPort, &metricsError);
        if (m_metricsPort == 0) {
            *error = u"--metrics-listen: "_s + metricsError;
            return false;
        }
    }

    ServerOptions options = m_config.options;
    if (options.publicUrl.isEmpty())
        options.publicUrl
            = m_config.publicHost.isEmpty() ? baseUrl() : u"http://%1:%2"_s.arg(m_config.publicHost).arg(m_port);
    m_context = std::make_unique<ServerContext>(*m_database, m_clock, options);
    if (!startMail(error))
        return false;
    {
        Transaction transaction(*m_database);
        if (const int added = WorkspaceFactory::addMissingBuiltinRoles(*m_context))
            qCInfo(lcStartup) << "added" << added << "built-in roles to workspaces made before they existed";
        transaction.commit();
    }
    const qintptr shared = listening.socketDescriptor();
    return startWorkers(
        [&ownSockets, shared](int worker) -> WorkerThread::Listen {
            if (ownSockets.empty())
                return [shared](HttpServer& http, QString* why) {
                    return http.listenShared(shared, why);
                };
            const qintptr own = ownSockets[std::size_t(worker)];
            return [own](HttpServer& http, QString* why) {
                return http.listenOn(own, why);
            };
        },
        error);
}

bool NacreServer::startWorkers(
    const std::function<std::function<bool(HttpServer&, QString*)>(int worker)>& listenFor, QString* error)
{
    m_connections = std::make_unique<ConnectionCount>(m_config.limits);
    const WorkerShared shared {.clock = m_clock,
        .connections = *m_connections,
        .options = m_context->options,
        .metrics = *m_metrics,
        .limits = m_config.limits,
        .mail = *m_mailDispatcher,
        .mailFrom = m_mailFrom};
    m_worker = std::make_unique<ServerWorker>(*m_context, shared);
    if (!listenFor(0)(m_worker->http(), error))
        return false;
    for (int i = 1; i < m_config.workers; ++i) {
        auto thread = std::make_unique<WorkerThread>(m_database->location(), shared, listenFor(i));
        if (!thread->startServing(error))
            return false;
        m_workerThreads.push_back(std::move(thread));
    }
    qCInfo(lcStartup) << "serving with" << m_config.workers << (m_config.workers == 1 ? "worker" : "workers");
    return true;
}

bool NacreServer::startMail(QString* error)
{
    const std::optional<MailAddress> from = MailAddress::parse(m_config.mail.from);
    if (!from) {
        *error = u"--mail-from: expected \"Name <address>\" or an address"_s;
        return false;
    }
    m_mailFrom = *from;
    if (m_config.mail.smtpUrl.isEmpty()) {
        m_mailTransport = std::make_unique<OutboxTransport>(m_config.outboxDirectory);
    } else {
        QString relayError;
        std::optional<SmtpRelay> relay
            = SmtpRelay::parse(m_config.mail.smtpUrl, m_config.mail.smtpAllowPlain, &relayError);
        if (!relay) {
            *error = u"--smtp: "_s + relayError;
            return false;
        }
        if (m_mailFrom.domain().endsWith(u".invalid"_s)) {
            *error = u"--mail-from: a relay needs a real sender address, e.g. \"Nacre <nacre@example.com>\""_s;
            return false;
        }
        relay->caFile = m_config.mail.smtpCaFile;
        relay->from = m_mailFrom;
        m_mailTransport = std::make_unique<SmtpTransport>(*relay);
    }
    m_mailDispatcher = std::make_unique<MailDispatcher>(
        m_context->mailQueue, m_clock, *m_mailTransport, *m_metrics, m_config.mail.retry);
    m_mailDispatcher->start();
    return true;
}

QString NacreServer::baseUrl() const
{
    const QString host = m_config.address == QHostAddress::Any || m_config.address == QHostAddress::AnyIPv6
        ? u"127.0.0.1"_s
        : m_config.address.toString();
    const QString bracketed = host.contains(u':') ? u'[' + host + u']' : host;
    return u"http://%1:%2"_s.arg(bracketed).arg(m_port);
}

const Router& NacreServer::router() const
{
    return m_worker->router();
}

ServerContext& NacreServer::context()
{
    return *m_context;
}

int NacreServer::requestsInFlight() const
{
    int inFlight = m_worker ? m_worker->requestsInFlight() : 0;
    for (const auto& thread : m_workerThreads)
        inFlight += thread->requestsInFlight();
    return inFlight;
}

int NacreServer::openConnections() const
{
    return m_connections ? m_connections->open() : 0;
}

void NacreServer::stopAccepting()
{
    if (m_worker)
        m_worker->http().stopAccepting();
    for (const auto& thread : m_workerThreads)
        thread->stopAccepting();
}

} // namespace nacre::server
