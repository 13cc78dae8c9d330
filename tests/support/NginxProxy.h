#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace nacre::test {

// Debian's nginx as a load balancer for the tests: its own prefix folder, a free port on 127.0.0.1,
// round robin over the given nacred addresses, and the shipped proxy settings
// (packaging/nginx/nacre-proxy.conf). It connects to the backends from 127.0.0.3, so that nacred
// can be told to trust that address and no other.
class NginxProxy
{
public:
    static constexpr auto SourceAddress = "127.0.0.3";

    explicit NginxProxy(const QStringList& backends); // "127.0.0.1:port"
    ~NginxProxy();

    bool start();
    QString baseUrl() const;
    QString errorLog() const;
    QString accessLog() const; // one line per request: the backend that answered, and the status

private:
    QTemporaryDir m_prefix;
    QStringList m_backends;
    quint16 m_port = 0;
    QProcess m_process;
};

} // namespace nacre::test
