#pragma once

#include <QHostAddress>
#include <QString>

namespace nacre::server {

// Listening sockets for several worker threads on one address. On Linux each worker gets a socket
// of its own, all bound with SO_REUSEPORT, and the kernel spreads new connections evenly over them;
// one shared socket would let whichever worker wakes first accept a whole burst. Elsewhere (and with
// one worker) the caller shares one socket.
namespace ListeningSocket {

// Whether this system spreads connections over sockets bound with SO_REUSEPORT.
bool spreadsConnections();

// A listening TCP socket on `address`:`port` (0: a free port, written to `port`), with SO_REUSEPORT
// when `reusePort`; -1 and `error` on failure. The caller owns the descriptor (QTcpServer's
// setSocketDescriptor takes it over).
qintptr open(const QHostAddress& address, quint16* port, bool reusePort, QString* error);
void close(qintptr descriptor); // one that open() made and nothing took over

} // namespace ListeningSocket

} // namespace nacre::server
