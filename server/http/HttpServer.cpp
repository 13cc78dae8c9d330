#include "http/HttpServer.h"

#include "http/ApiError.h"
#include "http/ConnectionGuard.h"
#include "http/GuardedTcpServer.h"
#include "policy/AccessPolicy.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcAccess, "nacre.server.access")

namespace nacre::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

ApiRequest toApiRequest(const QHttpServerRequest& request, const TransportLimits& limits)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded);
    api.query = request.query();
    for (const auto& [name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    api.body = request.body();
    api.remoteAddress = limits.clientAddress(request.remoteAddress(), api.headers.value("x-forwarded-for"));
    return api;
}

} // namespace

HttpServer::HttpServer(
    const Router& router, Metrics& metrics, TransportLimits limits, ConnectionCount* count, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_metrics(metrics)
    , m_limits(limits)
    , m_ownCount(count ? nullptr : std::make_unique<ConnectionCount>(limits))
    , m_count(count ? *count : *m_ownCount)
{ }

HttpServer::~HttpServer()
{
    // First: with it go the connections through which its sockets give back their count, before a
    // count of our own (a member) is gone and the base class deletes the remaining children.
    delete m_tcpServer;
    m_tcpServer = nullptr;
}

quint16 HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    auto* server = new GuardedTcpServer(m_limits, m_count, this);
    return serveFrom(server, server->listen(address, port), error) ? server->serverPort() : 0;
}

bool HttpServer::listenOn(qintptr descriptor, QString* error)
{
    auto* server = new GuardedTcpServer(m_limits, m_count, this);
    return serveFrom(server, server->setSocketDescriptor(descriptor), error);
}

bool HttpServer::listenShared(qintptr descriptor, QString* error)
{
    auto* server = new GuardedTcpServer(m_limits, m_count, this);
    return serveFrom(server, server->listenShared(descriptor), error);
}

bool HttpServer::serveFrom(GuardedTcpServer* server, bool listening, QString* error)
{
    if (!listening) {
        if (error)
            *error = server->errorString();
        delete server;
        return false;
    }
    m_tcpServer = server;
    bind(server);
    return true;
}

int HttpServer::openConnections() const
{
    return m_count.open();
}

void HttpServer::stopAccepting()
{
    if (m_tcpServer)
        m_tcpServer->close();
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ++m_inFlight;
    QElapsedTimer timer;
    timer.start();
    ApiRequest api = toApiRequest(request, m_limits);
    const Router::Result result = m_router.dispatch(api);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(result.response.status));
    for (const auto& [name, value] : result.response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(result.response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeBody(result.response.body);
    ConnectionGuard::requestCompleted(socket);

    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    m_metrics.record(api.method, result.pattern, result.response.status, seconds);
    if (result.problem && AccessPolicy::isRefusal(*result.problem))
        m_metrics.recordRefusal(result.pattern, ProblemCodes::name(*result.problem));
    qCInfo(lcAccess).noquote() << QStringLiteral("method=%1 path=%2 route=%3 status=%4 ms=%5 remote=%6")
                                      .arg(QString::fromLatin1(api.method), result.loggedPath,
                                          result.pattern.isEmpty() ? QStringLiteral("-") : result.pattern)
                                      .arg(result.response.status)
                                      .arg(seconds * 1000.0, 0, 'f', 2)
                                      .arg(api.remoteAddress.toString());
    --m_inFlight;
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers everything; kept for the base class contract.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace nacre::server
