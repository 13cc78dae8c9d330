#pragma once

#include "ServerContext.h"
#include "http/Router.h"
#include "http/TransportLimits.h"
#include "mail/MimeMessage.h"

#include <QThread>

#include <functional>
#include <future>
#include <memory>
#include <vector>

namespace nacre::server {

class Authenticator;
class ConnectionInbox;
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
    ServerOptions options; // publicUrl resolved
    Metrics& metrics;
    TransportLimits limits;
    MailDispatcher& mail;
    MailAddress mailFrom;
};

// Serves requests on the thread it was made on, through one database connection of that thread:
// the authenticator, mail composers, services and routes over `context`, and an HttpServer fed the
// connections the listener hands to adopt(). nacred runs one per --workers thread; the first on
// NacreServer's own thread, over its connection.
class ServerWorker
{
public:
    ServerWorker(ServerContext& context, const WorkerShared& shared);
    ~ServerWorker();
    ServerWorker(const ServerWorker&) = delete;
    ServerWorker& operator=(const ServerWorker&) = delete;

    const Router& router() const { return m_router; }
    int requestsInFlight() const;
    // The object whose thread serves: hand connections over with QMetaObject::invokeMethod on it.
    QObject* threadAnchor() const;
    // Takes over an accepted connection. On the worker's thread only.
    void adopt(qintptr descriptor, std::function<void()> closed);

private:
    ServerContext& m_context;
    Router m_router;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<InvitationMail> m_invitationMail;
    std::unique_ptr<PasswordResetMail> m_resetMail;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<SystemRoutes> m_systemRoutes;
    std::vector<std::unique_ptr<RouteGroup>> m_routeGroups;
    std::unique_ptr<HttpServer> m_http; // destroyed first: it refers to the router
    ConnectionInbox* m_inbox = nullptr; // owned by m_http (QAbstractHttpServer::bind takes it)
};

// A worker on a thread of its own, with its own database connection (opened there: Qt Sql's rule).
class WorkerThread : public QThread
{
    Q_OBJECT

public:
    WorkerThread(DatabaseLocation location, WorkerShared shared, QObject* parent = nullptr);
    ~WorkerThread() override; // stops the event loop; the worker and its connection end on the thread

    // Starts the thread and waits until its worker serves; false (and `error`) when it could not.
    bool startServing(QString* error);
    ServerWorker& worker() const { return *m_worker; }

protected:
    void run() override;

private:
    DatabaseLocation m_location;
    WorkerShared m_shared;
    std::promise<QString> m_started;
    ServerWorker* m_worker = nullptr;
};

} // namespace nacre::server
