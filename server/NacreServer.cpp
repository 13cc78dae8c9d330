#include "NacreServer.h"

#include "auth/Authenticator.h"
#include "http/HttpServer.h"
#include "http/Metrics.h"
#include "http/Router.h"
#include "mail/InvitationMail.h"
#include "mail/OutboxTransport.h"
#include "mail/PasswordResetMail.h"
#include "mail/SmtpTransport.h"
#include "routes/AuditRoutes.h"
#include "routes/AuthRoutes.h"
#include "routes/InvitationPageRoutes.h"
#include "routes/InvitationRoutes.h"
#include "routes/MeRoutes.h"
#include "routes/MemberRoutes.h"
#include "routes/RoleRoutes.h"
#include "routes/SystemRoutes.h"
#include "routes/TwoFactorRoutes.h"
#include "routes/WorkspaceRoutes.h"
#include "services/Services.h"
#include "services/WorkspaceFactory.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStartup, "nacre.server.startup")

namespace nacre::server {

namespace {

template <typename Routes, typename... Args>
std::unique_ptr<RouteGroup> installGroup(Router& router, Args&&... args)
{
    auto routes = std::make_unique<Routes>(std::forward<Args>(args)...);
    routes->install(router);
    return routes;
}

} // namespace

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
    delete m_http; // before the router and context it refers to
    m_http = nullptr;
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
        m_database->migrate();
    } catch (const std::exception& exception) {
        *error = QString::fromStdString(exception.what());
        return false;
    }

    m_router = std::make_unique<Router>();
    m_metrics = std::make_unique<Metrics>();
    m_http = new HttpServer(*m_router, *m_metrics, m_config.limits);
    m_port = m_http->listen(m_config.address, m_config.port, error);
    if (m_port == 0)
        return false;
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
    m_authenticator = std::make_unique<Authenticator>(*m_context);
    m_invitationMail
        = std::make_unique<InvitationMail>(*m_context, m_mailFrom, m_context->options.publicUrl, *m_mailDispatcher);
    m_resetMail
        = std::make_unique<PasswordResetMail>(*m_context, m_mailFrom, m_context->options.publicUrl, *m_mailDispatcher);
    m_services = std::make_unique<Services>(*m_context, *m_authenticator, *m_invitationMail, *m_resetMail);
    installRoutes();
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

void NacreServer::installRoutes()
{
    m_systemRoutes = std::make_unique<SystemRoutes>(m_services->health);
    m_systemRoutes->install(*m_router);
    m_routeGroups.push_back(installGroup<AuthRoutes>(*m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<MeRoutes>(*m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<TwoFactorRoutes>(*m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<WorkspaceRoutes>(*m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<MemberRoutes>(*m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<RoleRoutes>(*m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<InvitationRoutes>(*m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<InvitationPageRoutes>(*m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<AuditRoutes>(*m_router, *m_services, *m_authenticator));
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
    return *m_router;
}

ServerContext& NacreServer::context()
{
    return *m_context;
}

int NacreServer::requestsInFlight() const
{
    return m_http ? m_http->requestsInFlight() : 0;
}

int NacreServer::openConnections() const
{
    return m_http ? m_http->openConnections() : 0;
}

void NacreServer::stopAccepting()
{
    if (m_http)
        m_http->stopAccepting();
}

} // namespace nacre::server
