#include "ServerWorker.h"

#include "auth/Authenticator.h"
#include "http/HttpServer.h"
#include "mail/InvitationMail.h"
#include "mail/PasswordResetMail.h"
#include "routes/ApiKeyRoutes.h"
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
#include "routes/WorkspaceSessionRoutes.h"
#include "services/Services.h"

using namespace Qt::StringLiterals;

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

ServerWorker::ServerWorker(ServerContext& context, const WorkerShared& shared)
    : m_authenticator(std::make_unique<Authenticator>(context))
    , m_invitationMail(
          std::make_unique<InvitationMail>(context, shared.mailFrom, context.options.publicUrl, shared.mail))
    , m_resetMail(std::make_unique<PasswordResetMail>(context, shared.mailFrom, context.options.publicUrl, shared.mail))
    , m_services(std::make_unique<Services>(context, *m_authenticator, *m_invitationMail, *m_resetMail))
    , m_systemRoutes(std::make_unique<SystemRoutes>(m_services->health))
    , m_http(std::make_unique<HttpServer>(m_router, shared.metrics, shared.limits, &shared.connections))
{
    m_systemRoutes->install(m_router);
    m_routeGroups.push_back(installGroup<AuthRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<MeRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<TwoFactorRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<WorkspaceRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<MemberRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<RoleRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<InvitationRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<InvitationPageRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<AuditRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<ApiKeyRoutes>(m_router, *m_services, *m_authenticator));
    m_routeGroups.push_back(installGroup<WorkspaceSessionRoutes>(m_router, *m_services, *m_authenticator));
}

ServerWorker::~ServerWorker()
{
    m_http.reset(); // before the router and services it refers to
}

int ServerWorker::requestsInFlight() const
{
    return m_http->requestsInFlight();
}

WorkerThread::WorkerThread(DatabaseLocation location, WorkerShared shared, Listen listen, QObject* parent)
    : QThread(parent)
    , m_location(std::move(location))
    , m_shared(std::move(shared))
    , m_listen(std::move(listen))
{
    setObjectName(QStringLiteral("nacred worker"));
}

WorkerThread::~WorkerThread()
{
    quit();
    wait();
}

bool WorkerThread::startServing(QString* error)
{
    std::future<QString> started = m_started.get_future();
    start();
    const QString failure = started.get();
    if (!failure.isEmpty()) {
        wait();
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

int WorkerThread::requestsInFlight() const
{
    const ServerWorker* worker = m_worker.load();
    return worker ? worker->requestsInFlight() : 0;
}

void WorkerThread::stopAccepting()
{
    if (ServerWorker* worker = m_worker.load())
        QMetaObject::invokeMethod(
            &worker->http(), [worker] { worker->http().stopAccepting(); }, Qt::BlockingQueuedConnection);
}

void WorkerThread::run()
{
    std::unique_ptr<Database> database;
    std::unique_ptr<ServerContext> context;
    std::unique_ptr<ServerWorker> worker;
    QString error;
    try {
        database = std::make_unique<Database>(m_location);
        database->open(); // the first worker migrated it already
        context = std::make_unique<ServerContext>(*database, m_shared.clock, m_shared.options);
        worker = std::make_unique<ServerWorker>(*context, m_shared);
        if (!m_listen(worker->http(), &error))
            error = u"a worker cannot accept connections: "_s + error;
    } catch (const std::exception& exception) {
        error = QString::fromStdString(exception.what());
    }
    if (!error.isEmpty()) {
        m_started.set_value(error);
        return;
    }
    m_worker = worker.get();
    m_started.set_value({});
    exec();
    m_worker = nullptr;
    // On this thread, in this order: the HTTP server and its sockets, what served, the connection.
    worker.reset();
    context.reset();
    database.reset();
}

} // namespace nacre::server
