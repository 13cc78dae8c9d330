#pragma once

#include "ServerContext.h"
#include "http/Router.h"
#include "http/TransportLimits.h"
#include "mail/MimeMessage.h"

#include <QThread>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <vector>

namespace nacre::server {

class Authenticator;
class ConnectionCount;
class HttpServer;
class InvitationMail;
class MailDispatcher;
class Metrics;
class PasswordResetMail;
class RouteGroup;
class SystemRoutes;
struct Services;

// What every worker of one nacred shares. Only thread-safe parts: the clock, the metrics, the mail
// dispatcher (a worker only asks it to look at the queue), and values.
struct WorkerShared
{
    Clock& clock;
    ConnectionCount& connections;
    ServerOptions options; // publicUrl resolved
    Metrics& metrics;
    TransportLimits limits;
    MailDispatcher& mail;
    MailAddress mailFrom;
};

// Serves requests on the thread it was made on, through one database connection of that thread:
// the authenticator, mail composers, services and routes over `context`, and an HttpServer that
// accepts from the listening socket NacreServer gives it (its own, or one shared by all). nacred runs
// one per --workers thread; the first on NacreServer's own thread, over its connection.
class ServerWorker
{
public:
    ServerWorker(ServerContext& context, const WorkerShared& shared);
    ~ServerWorker();
    ServerWorker(const ServerWorker&) = delete;
    ServerWorker& operator=(const ServerWorker&) = delete;

    const Router& router() const { return m_router; }
    HttpServer& http() const { return *m_http; }
    int requestsInFlight() const;

private:
    Router m_router;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<InvitationMail> m_invitationMail;
    std::unique_ptr<PasswordResetMail> m_resetMail;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<SystemRoutes> m_systemRoutes;
    std::vector<std::unique_ptr<RouteGroup>> m_routeGroups;
    std::unique_ptr<HttpServer> m_http; // destroyed first: it refers to the router
};

// A worker on a thread of its own, with its own database connection (opened there: Qt Sql's rule).
// `listen` makes its HttpServer accept, on that thread.
class WorkerThread : public QThread
{
    Q_OBJECT

public:
    using Listen = std::function<bool(HttpServer& http, QString* error)>;
    WorkerThread(DatabaseLocation location, WorkerShared shared, Listen listen, QObject* parent = nullptr);
    ~WorkerThread() override; // stops the event loop; the worker and its connection end on the thread

    // Starts the thread and waits until its worker accepts; false (and `error`) when it could not.
    bool startServing(QString* error);
    int requestsInFlight() const;
    void stopAccepting(); // from the owner's thread; returns once this worker accepts no more

protected:
    void run() override;

private:
    DatabaseLocation m_location;
    WorkerShared m_shared;
    Listen m_listen;
    std::promise<QString> m_started;
    std::atomic<ServerWorker*> m_worker = nullptr;
};

} // namespace nacre::server
