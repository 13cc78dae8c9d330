#include "mail/MimeMessage.h"

#include "auth/Tokens.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

bool isPlainAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

// A header value that is plain ASCII and short stays as it is; anything else becomes encoded words.
QByteArray headerText(const QString& text)
{
    if (isPlainAscii(text) && text.size() <= 60)
        return text.toLatin1();
    return MimeMessage::encodedWords(text);
}

QByteArray base64Lines(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace("\r\n", "\n");
    utf8.replace("\n", "\r\n");
    const QByteArray encoded = utf8.toBase64();
    QByteArray lines;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        lines += encoded.mid(at, 76) + "\r\n";
    return lines;
}

QByteArray part(const char* type, const QString& body)
{
    return QByteArray("Content-Type: ") + type + "; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(body);
}

} // namespace

std::optional<MailAddress> MailAddress::parse(const QString& text)
{
    static const QRegularExpression named(u"^\\s*(.*?)\\s*<([^<>\\s]+@[^<>\\s]+)>\\s*$"_s);
    static const QRegularExpression bare(u"^\\s*([^<>\\s]+@[^<>\\s]+)\\s*$"_s);
    if (const auto match = named.match(text); match.hasMatch()) {
        QString name = match.captured(1);
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2);
        return MailAddress {name, match.captured(2)};
    }
    if (const auto match = bare.match(text); match.hasMatch())
        return MailAddress {QString(), match.captured(1)};
    return std::nullopt;
}

QByteArray MailAddress::header() const
{
    const QByteArray angle = "<" + address.toLatin1() + ">";
    if (name.isEmpty())
        return angle;
    if (!isPlainAscii(name))
        return MimeMessage::encodedWords(name) + " " + angle;
    static const QRegularExpression special(u"[()<>\\[\\]:;@\\\\,.\"]"_s);
    if (!name.contains(special))
        return name.toLatin1() + " " + angle;
    QString quoted = name;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return "\"" + quoted.toLatin1() + "\" " + angle;
}

QByteArray MimeMessage::encodedWords(const QString& text)
{
    // 75 characters at most per word: "=?UTF-8?B?" + 60 base64 characters + "?=", that is 45 bytes,
    // cut only between characters (a word must decode on its own).
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > 45) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += character;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words.append(chunk);
    QByteArray result;
    for (const QByteArray& word : std::as_const(words)) {
        if (!result.isEmpty())
            result += "\r\n "; // folding white space between encoded words is not part of the text
        result += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return result;
}

QByteArray MimeMessage::build(const MailAddress& from, const MailContent& content, const QDateTime& date)
{
    const QByteArray boundary = "=_nacre_" + Tokens::newId().remove(u'-').toLatin1();
    const QString when = QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss +0000"_s);
    QByteArray message;
    message += "From: " + from.header() + "\r\n";
    message += "To: " + content.to.header() + "\r\n";
    if (content.replyTo)
        message += "Reply-To: " + content.replyTo->header() + "\r\n";
    message += "Subject: " + headerText(content.subject) + "\r\n";
    message += "Date: " + when.toLatin1() + "\r\n";
    message += "Message-ID: <" + Tokens::newId().toLatin1() + "@" + from.domain().toLatin1() + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    message += "\r\nThis is a message in MIME format.\r\n";
    message += "\r\n--" + boundary + "\r\n" + part("text/plain", content.text);
    message += "\r\n--" + boundary + "\r\n" + part("text/html", content.html);
    message += "\r\n--" + boundary + "--\r\n";
    return message;
}

} // namespace nacre::server
