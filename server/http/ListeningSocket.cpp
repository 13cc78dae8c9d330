#include "http/ListeningSocket.h"

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace nacre::server::ListeningSocket {

namespace {

// One listening socket, with SO_REUSEPORT when `reusePort`; -1 and `error` on failure.
qintptr open(const QHostAddress& address, quint16* port, bool reusePort, QString* error);
void close(qintptr descriptor);

} // namespace

bool spreadsConnections()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

std::vector<qintptr> openSpread(const QHostAddress& address, quint16* port, int count, QString* error)
{
    const qintptr probe = open(address, port, false, error);
    if (probe < 0)
        return {};
    close(probe);
    std::vector<qintptr> sockets;
    for (int i = 0; i < count; ++i) {
        const qintptr socket = open(address, port, true, error);
        if (socket < 0) {
            for (const qintptr opened : sockets)
                close(opened);
            return {};
        }
        sockets.push_back(socket);
    }
    return sockets;
}

namespace {

qintptr open(const QHostAddress& address, quint16* port, bool reusePort, QString* error)
{
#ifdef Q_OS_LINUX
    const bool ipv4 = address.protocol() == QAbstractSocket::IPv4Protocol || address == QHostAddress::AnyIPv4;
    const int fd = ::socket(ipv4 ? AF_INET : AF_INET6, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const auto fail = [&](const char* what) {
        if (error)
            *error = u"%1: %2"_s.arg(QLatin1StringView(what), QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return qintptr(-1);
    };
    if (fd < 0)
        return fail("socket");
    const int on = 1;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0
        || (reusePort && ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0))
        return fail("setsockopt");
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (ipv4) {
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(*port);
        in->sin_addr.s_addr = address == QHostAddress::AnyIPv4 ? htonl(INADDR_ANY) : htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(*port);
        if (address == QHostAddress::Any || address == QHostAddress::AnyIPv6) {
            in6->sin6_addr = in6addr_any;
            const int dualStack = address == QHostAddress::Any ? 0 : 1; // Any: IPv4 too
            ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &dualStack, sizeof(dualStack));
        } else {
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, bytes.c, sizeof(bytes.c));
            in6->sin6_scope_id = address.scopeId().toUInt();
        }
        length = sizeof(sockaddr_in6);
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0)
        return fail("bind");
    if (::listen(fd, SOMAXCONN) != 0)
        return fail("listen");
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length) == 0)
        *port = ntohs(ipv4 ? reinterpret_cast<sockaddr_in*>(&storage)->sin_port
                           : reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port);
    return fd;
#else
    Q_UNUSED(address);
    Q_UNUSED(port);
    Q_UNUSED(reusePort);
    if (error)
        *error = u"not on this system"_s;
    return -1;
#endif
}

void close(qintptr descriptor)
{
#ifdef Q_OS_LINUX
    ::close(int(descriptor));
#else
    Q_UNUSED(descriptor);
#endif
}

} // namespace

} // namespace nacre::server::ListeningSocket
