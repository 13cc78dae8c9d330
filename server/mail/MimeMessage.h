#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nacre::server {

// A mailbox: "Ann Lee <ann@example.com>".
struct MailAddress
{
    QString name; // may be empty
    QString address;

    // "Name <address>", "<address>" or a bare address; nullopt when there is no plausible address.
    static std::optional<MailAddress> parse(const QString& text);
    QByteArray header() const; // the display name as an RFC 5322 phrase (RFC 2047 when not ASCII)
    QString domain() const { return address.section(u'@', -1); }
};

struct MailContent
{
    MailAddress to;
    std::optional<MailAddress> replyTo;
    QString subject;
    QString text; // the plain-text part
    QString html; // the HTML part: the same content
};

// Writes a mail as RFC 5322 + MIME: multipart/alternative with the plain-text part first and the HTML
// part second, both UTF-8 in base64 (so the message is ASCII, safe for any relay and for storing),
// Date, Message-ID on the sender's domain, and every non-ASCII header word encoded per RFC 2047.
class MimeMessage
{
public:
    static QByteArray build(const MailAddress& from, const MailContent& content, const QDateTime& date);
    // RFC 2047 "B" encoded words for `text`, each within the 75-character limit, folded between words.
    static QByteArray encodedWords(const QString& text);
};

} // namespace nacre::server
