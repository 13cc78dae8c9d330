#pragma once

#include "http/TransportLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

#include <functional>

namespace nacre::server {

// The one listening socket. Each accepted connection is admitted here (an address with too many open
// connections, or a server at its limit, is turned away with a problem) and then either handed to a
// worker (setDispatcher: the descriptor goes to a ConnectionInbox on the worker's thread) or, with no
// dispatcher, guarded and kept for the HttpServer bound to this object.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    // Takes an admitted connection; `closed` must run (on any thread) once it is gone.
    using Dispatcher = std::function<void(qintptr descriptor, std::function<void()> closed)>;

    explicit GuardedTcpServer(TransportLimits limits, QObject* parent = nullptr);

    const TransportLimits& limits() const { return m_limits; }
    int openConnections() const;
    void setDispatcher(Dispatcher dispatcher) { m_dispatcher = std::move(dispatcher); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void release(const QHostAddress& address);

    TransportLimits m_limits;
    Dispatcher m_dispatcher;
    QHash<QHostAddress, int> m_connectionsByAddress;
};

} // namespace nacre::server
