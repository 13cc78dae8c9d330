#pragma once

#include <QHostAddress>
#include <QString>

#include <vector>

namespace nacre::server {

// Listening sockets for several worker threads on one address. On Linux each worker gets a socket
// of its own, all bound with SO_REUSEPORT, and the kernel spreads new connections evenly over them;
// one shared socket would let whichever worker wakes first accept a whole burst. Elsewhere (and with
// one worker) the caller shares one socket.
namespace ListeningSocket {

// Whether this system spreads connections over sockets bound with SO_REUSEPORT.
bool spreadsConnections();

// `count` listening TCP sockets on `address`:`port` (0: a free port, written to `port`), all bound
// with SO_REUSEPORT. SO_REUSEPORT would also let another process of this user bind the port and take
// a share of the connections (a second nacred started on it by mistake), so the port is first bound
// without it: a port in use is refused. Empty, and `error`, on failure. The caller owns the
// descriptors (QTcpServer's setSocketDescriptor takes each over).
std::vector<qintptr> openSpread(const QHostAddress& address, quint16* port, int count, QString* error);

} // namespace ListeningSocket

} // namespace nacre::server
