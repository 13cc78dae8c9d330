#include "mail/MailOutbox.h"

#include "auth/Tokens.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>

#include <stdexcept>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMail, "nacre.server.mail")

namespace nacre::server {

namespace {

// RFC 2047 encoded-word for header values that are not plain ASCII.
QByteArray encodedHeader(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

} // namespace

MailOutbox::MailOutbox(QString directory, QString sender)
    : m_directory(std::move(directory))
    , m_sender(std::move(sender))
{ }

QByteArray MailOutbox::format(const OutgoingMail& mail, const QString& sender, const QString& messageId)
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss +0000"_s);
    QByteArray body = mail.body.toUtf8();
    body.replace("\r\n", "\n");
    body.replace("\n", "\r\n");
    QByteArray message;
    message += "From: Nacre <" + sender.toUtf8() + ">\r\n";
    message += "To: <" + mail.to.toUtf8() + ">\r\n";
    message += "Subject: " + encodedHeader(mail.subject) + "\r\n";
    message += "Date: " + date.toLatin1() + "\r\n";
    message += "Message-ID: <" + messageId.toLatin1() + "@nacre>\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=utf-8\r\n";
    message += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    return message + body + "\r\n";
}

QString MailOutbox::deliver(const OutgoingMail& mail) const
{
    if (!QDir().mkpath(m_directory))
        throw std::runtime_error("cannot create the outbox folder " + m_directory.toStdString());
    const QString id = Tokens::newId();
    const QString name = u"%1-%2.eml"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s), id);
    QSaveFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write to the outbox: " + file.errorString().toStdString());
    file.write(format(mail, m_sender, id));
    if (!file.commit())
        throw std::runtime_error("cannot write to the outbox: " + file.errorString().toStdString());
    return file.fileName();
}

bool MailOutbox::deliverOrLog(const OutgoingMail& mail, const char* what) const noexcept
{
    try {
        deliver(mail);
        return true;
    } catch (const std::exception& exception) {
        qCCritical(lcMail) << "could not write" << what << "mail:" << exception.what();
        return false;
    }
}

} // namespace nacre::server
