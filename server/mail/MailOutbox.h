#pragma once

#include <QString>

namespace nacre::server {

struct OutgoingMail
{
    QString to;
    QString subject;
    QString body; // plain text
};

// Delivers mail by writing one RFC 5322 message per file (`<time>-<id>.eml`) into a folder, where
// the desktop app shows it and an operator can pick it up. SMTP delivery can replace this later.
class MailOutbox
{
public:
    MailOutbox(QString directory, QString sender);

    const QString& directory() const { return m_directory; }
    QString deliver(const OutgoingMail& mail) const; // returns the file written; throws on I/O failure
    // For mail sent after its change committed: a failure is logged (what, never the body) and the
    // change stands. Returns whether the mail was written.
    bool deliverOrLog(const OutgoingMail& mail, const char* what) const noexcept;

    static QByteArray format(const OutgoingMail& mail, const QString& sender, const QString& messageId);

private:
    QString m_directory;
    QString m_sender;
};

} // namespace nacre::server
