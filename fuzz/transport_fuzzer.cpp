// libFuzzer target: arbitrary bytes as what a client sends before QHttpServer sees it — the request
// head the transport guard reads (RequestHead) and the X-Forwarded-For it may believe
// (TransportLimits::clientAddress). A crash or a sanitizer report is a finding; so is an answer that
// breaks the rules checked below.
#include "http/RequestHead.h"
#include "http/TransportLimits.h"

#include <cstdlib>

using namespace nacre::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    constexpr qint64 MaxHeaderBytes = 4096;
    const RequestHead head = RequestHead::read(bytes, MaxHeaderBytes);
    if (head.state == RequestHead::State::Complete) {
        if (head.size > bytes.size() || head.size > MaxHeaderBytes + 4 || !bytes.left(head.size).endsWith("\r\n\r\n"))
            std::abort(); // a head that is not the bytes it claims
        if (head.contentLength && *head.contentLength < 0)
            std::abort();
    }
    static TransportLimits limits = [] {
        TransportLimits made;
        made.trustedProxies = {QHostAddress(QStringLiteral("10.0.0.5")), QHostAddress(QStringLiteral("::1"))};
        return made;
    }();
    const QHostAddress peer(QStringLiteral("10.0.0.5"));
    const QHostAddress client = limits.clientAddress(peer, bytes);
    if (client.isNull() || (client != peer && limits.isTrustedProxy(client)))
        std::abort(); // the client is never nobody, and never a proxy standing in for someone
    return 0;
}
