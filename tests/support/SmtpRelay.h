#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace nacre::test {

// A certificate authority and a certificate it signed for 127.0.0.1, made with the openssl tool in
// a folder of the test's: what a relay presents, and what nacred is told to trust (or not).
struct TestCertificates
{
    QString caFile;
    QString certFile;
    QString keyFile;

    static TestCertificates make(const QString& folder); // qFatal when openssl fails
};

// A real SMTP relay on 127.0.0.1 (tests/support/smtp_relay.py: Debian's aiosmtpd, STARTTLS required,
// AUTH when a user is given, chosen recipients refused with 550). What it accepts it parses with
// Python's MIME parser; mails() reads those results back.
class SmtpRelay
{
public:
    struct Options
    {
        QString user; // AUTH required when set
        QString password;
        QStringList reject; // recipients starting with one of these get "550 … User unknown"
        bool implicitTls = false; // smtps: TLS from the first byte instead of STARTTLS
        bool noTls = false; // offers no STARTTLS at all (an old or misconfigured relay)
    };

    SmtpRelay(TestCertificates certificates, quint16 port, Options options);
    ~SmtpRelay();

    bool start(); // true once it accepts connections
    void stop();
    quint16 port() const { return m_port; }
    QList<QJsonObject> mails() const; // oldest first
    bool waitForMails(int count, int timeoutMs = 15000) const;

    static quint16 freePort(); // one nothing listens on now

private:
    TestCertificates m_certificates;
    quint16 m_port;
    Options m_options;
    QTemporaryDir m_out;
    QProcess m_process;
};

} // namespace nacre::test
