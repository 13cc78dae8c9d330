#include "support/SmtpRelay.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace nacre::test {

namespace {

void run(const QStringList& arguments, const QString& folder)
{
    QProcess openssl;
    openssl.setWorkingDirectory(folder);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        qFatal("openssl %s failed: %s", qPrintable(arguments.join(u' ')), openssl.readAllStandardError().constData());
}

} // namespace

TestCertificates TestCertificates::make(const QString& folder)
{
    QFile extensions(QDir(folder).filePath(u"relay.ext"_s));
    if (!extensions.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(extensions.fileName()));
    extensions.write("subjectAltName = IP:127.0.0.1\nbasicConstraints = CA:FALSE\n");
    extensions.close();
    run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s,
            u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Nacre Test CA"_s},
        folder);
    run({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"relay.key"_s, u"-out"_s, u"relay.csr"_s,
            u"-subj"_s, u"/CN=127.0.0.1"_s},
        folder);
    run({u"x509"_s, u"-req"_s, u"-in"_s, u"relay.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
            u"-CAcreateserial"_s, u"-out"_s, u"relay.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"relay.ext"_s},
        folder);
    const QDir dir(folder);
    return {dir.filePath(u"ca.pem"_s), dir.filePath(u"relay.pem"_s), dir.filePath(u"relay.key"_s)};
}

SmtpRelay::SmtpRelay(TestCertificates certificates, quint16 port, Options options)
    : m_certificates(std::move(certificates))
    , m_port(port)
    , m_options(std::move(options))
{ }

SmtpRelay::~SmtpRelay()
{
    stop();
}

bool SmtpRelay::start()
{
    QStringList arguments {QStringLiteral(NACRE_SMTP_RELAY_SCRIPT), u"--port"_s, QString::number(m_port), u"--out"_s,
        m_out.path(), u"--cert"_s, m_certificates.certFile, u"--key"_s, m_certificates.keyFile};
    if (!m_options.user.isEmpty())
        arguments << u"--user"_s << m_options.user << u"--password"_s << m_options.password;
    for (const QString& prefix : std::as_const(m_options.reject))
        arguments << u"--reject"_s << prefix;
    if (m_options.implicitTls)
        arguments << u"--implicit-tls"_s;
    if (m_options.noTls)
        arguments << u"--no-tls"_s;
    // Its own log (TLS handshakes the test makes fail on purpose, …) stays beside the mail, out of the test's.
    m_process.setStandardErrorFile(QDir(m_out.path()).filePath(u"relay.log"_s));
    // Debian's interpreter, where python3-aiosmtpd is installed (not whatever python3 is first on PATH).
    m_process.start(u"/usr/bin/python3"_s, arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray output;
    while (!output.contains("ready") && m_process.waitForReadyRead(15000))
        output += m_process.readAllStandardOutput();
    return output.contains("ready");
}

void SmtpRelay::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the relay stops when its standard input closes
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<QJsonObject> SmtpRelay::mails() const
{
    QList<QJsonObject> result;
    const QStringList names = QDir(m_out.path()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(QDir(m_out.path()).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return result;
}

bool SmtpRelay::waitForMails(int count, int timeoutMs) const
{
    return QTest::qWaitFor([this, count] { return mails().size() >= count; }, timeoutMs);
}

quint16 SmtpRelay::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace nacre::test
