#pragma once

#include "mail/MailTransport.h"
#include "mail/MimeMessage.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace nacre::server {

// Where and how to reach an SMTP relay: `smtp://user:password@host:587` (STARTTLS, required unless
// plain text is allowed for a relay on this computer) or `smtps://user:password@host:465` (TLS from
// the first byte). Certificates are verified, against the system's trust store or `caFile`.
struct SmtpRelay
{
    QUrl url; // without user and password
    QString user;
    QString password;
    bool implicitTls = false; // smtps://
    bool allowPlain = false; // --smtp-allow-plain: a loopback relay may talk without TLS
    QString caFile; // extra certificates to trust (a private CA), PEM
    MailAddress from;

    // Checks the URL and the combination of options; sets `error` and returns nullopt when wrong.
    static std::optional<SmtpRelay> parse(const QString& url, bool allowPlain, QString* error);
    QString describe() const; // smtp://user@host:587: never the password
    bool isLoopback() const;
};

// Sends mail through an SMTP relay with libcurl (its SMTP client speaks the dialogue, STARTTLS, AUTH
// and certificate checks; nothing here writes SMTP by hand). libcurl blocks, so sends run one at a
// time on a thread of their own; the outcome comes back on the thread that asked.
//
// Outcomes follow the relay's reply: 2xx sent; 5xx permanent (the relay will never take it, e.g.
// "550 no such user"); 4xx, refused or timed-out connections and TLS failures transient (retried:
// a relay that is down or misconfigured may be fixed).
class SmtpTransport : public MailTransport
{
public:
    explicit SmtpTransport(SmtpRelay relay);
    ~SmtpTransport() override; // waits for a send under way (bounded by libcurl's timeouts)

    void send(const QString& recipient, const QByteArray& message, Done done) override;
    QString describe() const override { return m_relay.describe(); }

    // One delivery, blocking: for the worker thread.
    static Outcome deliver(const SmtpRelay& relay, const QString& recipient, const QByteArray& message);

private:
    SmtpRelay m_relay;
    QThread m_thread;
    QObject* m_worker; // lives on m_thread
    QObject m_home; // lives on the caller's thread: outcomes are posted to it
};

} // namespace nacre::server
