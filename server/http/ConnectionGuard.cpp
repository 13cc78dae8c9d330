#include "http/ConnectionGuard.h"

#include "http/ApiError.h"
#include "http/ApiResponse.h"
#include "http/RequestHead.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcTransport)

namespace nacre::server {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

QByteArray serialize(const ApiResponse& response)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    return bytes + response.body;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const TransportLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcTransport) << "closing idle connection from" << m_socket->peerAddress().toString();
        m_socket->abort();
    });
    m_headTimer.setSingleShot(true);
    m_headTimer.setInterval(m_limits.headTimeoutMs);
    connect(&m_headTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcTransport) << "request head too slow from" << m_socket->peerAddress().toString();
        reject(ApiError(408, ProblemCode::RequestTimeout, QStringLiteral("Request timeout"),
            QStringLiteral("The request's headers did not arrive in time.")));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, &m_idleTimer, qOverload<>(&QTimer::start));
    m_idleTimer.start();
}

void ConnectionGuard::requestCompleted(QTcpSocket* socket)
{
    if (auto* guard = socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly)) {
        guard->m_bytesInRequest = 0;
        guard->m_headInspected = false;
    }
}

void ConnectionGuard::rejectAndClose(QTcpSocket* socket, const ApiError& error)
{
    socket->write(serialize(ApiResponse::problem(error)));
    socket->disconnectFromHost();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void ConnectionGuard::onReadyRead()
{
    m_idleTimer.start();
    if (m_rejected) {
        // Drop: QHttpServer must not buffer what was refused.
        m_drainRemaining -= m_socket->readAll().size();
        if (m_drainRemaining <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
        return;
    }
    // Runs before QHttpServer's own slot; what is available now is what arrived since it last read.
    if (m_bytesInRequest == 0 && !m_headInspected)
        m_headTimer.start(); // a request begins: its head has until the deadline
    m_bytesInRequest += m_socket->bytesAvailable();
    if (!m_headInspected)
        inspectHead();
    if (!m_rejected && m_bytesInRequest > m_limits.maxBodyBytes + m_limits.maxHeaderBytes)
        reject(ApiError::payloadTooLarge(m_limits.maxBodyBytes));
}

void ConnectionGuard::inspectHead()
{
    const RequestHead head = RequestHead::read(m_socket->peek(m_limits.maxHeaderBytes + 4), m_limits.maxHeaderBytes);
    switch (head.state) {
    case RequestHead::State::Incomplete:
        return; // wait for the rest of the head
    case RequestHead::State::TooLarge:
        reject(ApiError(431, ProblemCode::HeadersTooLarge, QStringLiteral("Request headers too large"),
            QStringLiteral("The request headers are larger than this server accepts.")));
        return;
    case RequestHead::State::BadContentLength:
        m_headTimer.stop();
        reject(ApiError::badRequest(QStringLiteral("The Content-Length header is not a number.")));
        return;
    case RequestHead::State::Complete:
        break;
    }
    m_headInspected = true;
    m_headTimer.stop();
    if (head.contentLength && *head.contentLength > m_limits.maxBodyBytes) {
        const qint64 bodyAlreadyHere = m_socket->bytesAvailable() - head.size;
        const qint64 rest = *head.contentLength - bodyAlreadyHere;
        reject(ApiError::payloadTooLarge(m_limits.maxBodyBytes), rest <= MaxDrainBytes ? rest : 0);
        return;
    }
    if (head.expectsContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void ConnectionGuard::reject(const ApiError& error, qint64 drainBytes)
{
    qCWarning(lcTransport) << "refusing request from" << m_socket->peerAddress().toString() << error.status()
                           << ProblemCodes::name(error.code());
    m_rejected = true;
    m_socket->readAll();
    m_drainRemaining = drainBytes;
    if (drainBytes <= 0) {
        rejectAndClose(m_socket, error);
        return;
    }
    m_socket->write(serialize(ApiResponse::problem(error)));
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
}

} // namespace nacre::server
