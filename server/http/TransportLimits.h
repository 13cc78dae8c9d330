#pragma once

#include <QHostAddress>
#include <QList>

namespace nacre::server {

// What the transport guard enforces before QHttpServer (which has no limits of its own in 6.4)
// buffers anything, and whom it believes about the client's address.
struct TransportLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 32 * 1024;
    int idleTimeoutMs = 30'000;
    // From a request's first byte to the end of its head: a client sending one byte a second to hold
    // a connection (slowloris) is answered 408 and closed.
    int headTimeoutMs = 10'000;
    int maxConnectionsPerAddress = 64; // not for trusted proxies: every client arrives through them
    int maxConnections = 1024; // in all: past this, 503 with Retry-After, never an endless queue
    // --trusted-proxy: peers (a load balancer) whose X-Forwarded-For names the client. From anyone
    // else the header is ignored, so nobody can pose as another address to the throttles and logs.
    QList<QHostAddress> trustedProxies;

    bool isTrustedProxy(const QHostAddress& peer) const;
    // The client's address: the peer's, or — when the peer is a trusted proxy — the nearest address
    // in X-Forwarded-For that is not itself a trusted proxy (proxies append; the right end is the
    // one the nearest proxy saw). An IPv4 address arriving mapped into IPv6 (::ffff:127.0.0.1) comes
    // back as the IPv4 address, so every record of it reads the same.
    QHostAddress clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor) const;
};

} // namespace nacre::server
