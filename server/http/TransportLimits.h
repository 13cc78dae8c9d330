#pragma once

#include <QtGlobal>

namespace nacre::server {

// What the transport guard enforces before QHttpServer (which has no limits of its own in 6.4)
// buffers anything.
struct TransportLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 32 * 1024;
    int idleTimeoutMs = 30'000;
    int maxConnectionsPerAddress = 64;
};

} // namespace nacre::server
