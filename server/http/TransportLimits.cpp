#include "http/TransportLimits.h"

namespace nacre::server {

namespace {

// ::ffff:10.0.0.1 and 10.0.0.1 are one peer.
QHostAddress plain(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

bool TransportLimits::isTrustedProxy(const QHostAddress& peer) const
{
    const QHostAddress address = plain(peer);
    return std::any_of(trustedProxies.cbegin(), trustedProxies.cend(),
        [&address](const QHostAddress& proxy) { return plain(proxy) == address; });
}

QHostAddress TransportLimits::clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor) const
{
    const QHostAddress direct = plain(peer);
    if (!isTrustedProxy(direct) || forwardedFor.trimmed().isEmpty())
        return direct;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address = plain(QHostAddress(QString::fromLatin1(hop->trimmed())));
        if (address.isNull())
            return direct; // a hop that is no address: believe nothing further left
        if (!isTrustedProxy(address))
            return address;
    }
    return direct;
}

} // namespace nacre::server
