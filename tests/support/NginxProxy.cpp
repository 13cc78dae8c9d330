#include "support/NginxProxy.h"

#include "support/SmtpRelay.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nacre::test {

NginxProxy::NginxProxy(const QStringList& backends)
    : m_backends(backends)
{ }

NginxProxy::~NginxProxy()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGQUIT); // graceful
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

bool NginxProxy::start()
{
    const QDir prefix(m_prefix.path());
    prefix.mkpath(u"tmp"_s);
    m_port = SmtpRelay::freePort();
    QString upstream;
    for (const QString& backend : std::as_const(m_backends))
        upstream += u"        server %1;\n"_s.arg(backend);
    const QString tmp = prefix.filePath(u"tmp"_s);
    const QString config = (geteuid() == 0 ? u"user root;\n"_s : QString())
        + u"worker_processes 1;\ndaemon off;\npid %1/nginx.pid;\nerror_log %1/error.log warn;\n"
          "events { worker_connections 1024; }\n"
          "http {\n"
          "    log_format upstream '$upstream_addr $status';\n"
          "    access_log %1/access.log upstream;\n"
          "    client_body_temp_path %2/body; proxy_temp_path %2/proxy; fastcgi_temp_path %2/fastcgi;\n"
          "    uwsgi_temp_path %2/uwsgi; scgi_temp_path %2/scgi;\n"
          "    upstream nacred {\n%3        keepalive 8;\n    }\n"
          "    server {\n"
          "        listen 127.0.0.1:%4;\n"
          "        location / {\n"
          "            proxy_bind %5;\n"
          "            include %6;\n"
          "        }\n"
          "    }\n"
          "}\n"_s.arg(m_prefix.path(), tmp, upstream)
              .arg(m_port)
              .arg(QLatin1String(SourceAddress), QStringLiteral(NACRE_NGINX_PROXY_CONF));
    QFile file(prefix.filePath(u"nginx.conf"_s));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(config.toUtf8());
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(u"/usr/sbin/nginx"_s, {u"-p"_s, m_prefix.path(), u"-c"_s, file.fileName()});
    if (!m_process.waitForStarted(10000))
        return false;
    return QTest::qWaitFor(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(200);
        },
        15000);
}

QString NginxProxy::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QString NginxProxy::accessLog() const
{
    QFile file(QDir(m_prefix.path()).filePath(u"access.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString NginxProxy::errorLog() const
{
    QFile file(QDir(m_prefix.path()).filePath(u"error.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace nacre::test
