#pragma once

#include "http/TransportLimits.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace nacre::server {

class ApiError;

// Watches one connection on QHttpServer's behalf (a child of the socket):
//  - a request whose declared Content-Length, or whose received bytes, pass the limit gets 413 and
//    the connection is closed; the rest is read and dropped, never buffered (a declared body up to
//    MaxDrainBytes is drained first, so the client sees the 413);
//  - a head larger than the header limit gets 431;
//  - `Expect: 100-continue` is answered at once (QHttpServer 6.4 does not), so clients do not stall;
//  - a connection idle for the idle timeout is closed;
//  - a request whose head does not arrive in full within the head timeout gets 408 and is closed.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxDrainBytes = 64LL * 1024 * 1024;

    ConnectionGuard(QTcpSocket* socket, const TransportLimits& limits);

    // The response to the current request was written: the next bytes start a new request.
    static void requestCompleted(QTcpSocket* socket);
    static void rejectAndClose(QTcpSocket* socket, const ApiError& error);

private:
    void onReadyRead();
    void inspectHead();
    // Answers now; drains (reads and drops) up to `drainBytes` more of the request before closing, so
    // a client still sending its body reads the answer instead of a reset connection.
    void reject(const ApiError& error, qint64 drainBytes = 0);

    QTcpSocket* m_socket;
    TransportLimits m_limits;
    QTimer m_idleTimer;
    QTimer m_headTimer;
    qint64 m_bytesInRequest = 0;
    bool m_headInspected = false;
    bool m_rejected = false;
    qint64 m_drainRemaining = 0;
};

} // namespace nacre::server
