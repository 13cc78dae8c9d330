#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace nacre::test {

// Reads back a mail nacred wrote (RFC 5322 + MIME): headers unfolded and with RFC 2047 words decoded,
// and each part of a multipart body decoded from base64 or quoted-printable to text. Enough for
// tests to look at what a person would see; the SMTP tests parse mail with Python's own MIME parser.
class MailReader
{
public:
    struct Part
    {
        QHash<QByteArray, QString> headers; // lower-case names
        QString contentType; // "text/plain", without parameters
        QString text;
    };

    explicit MailReader(const QByteArray& message);

    bool isValid() const { return m_valid; }
    QString header(const QByteArray& lowerCaseName) const { return m_headers.value(lowerCaseName); }
    QString contentType() const { return m_contentType; }
    const QList<Part>& parts() const { return m_parts; }
    QString partText(const QString& contentType) const; // empty when there is no such part
    // The headers and every part's text, one after another: for looking for links and codes.
    QString readable() const;

    static QString decodeWords(const QByteArray& value); // RFC 2047

private:
    static QHash<QByteArray, QString> readHeaders(const QByteArray& block);
    static QString decodeBody(const QByteArray& body, const QString& encoding);

    bool m_valid = false;
    QHash<QByteArray, QString> m_headers;
    QString m_contentType;
    QList<Part> m_parts;
};

} // namespace nacre::test
