#include "auth/Totp.h"

#include "auth/Tokens.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QByteArray Totp::newSecret()
{
    Tokens::ensureSodium();
    QByteArray secret(20, Qt::Uninitialized);
    randombytes_buf(secret.data(), std::size_t(secret.size()));
    return secret;
}

QString Totp::toBase32(const QByteArray& bytes)
{
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            text += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 31]);
    return text;
}

std::optional<QByteArray> Totp::fromBase32(QStringView text)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-' || c == u'=')
            continue; // as people copy it: grouped, or padded
        const char upper = char(c.toUpper().toLatin1());
        const char* found = std::strchr(Alphabet, upper);
        if (!found || upper == 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(found - Alphabet);
        bits += 5;
        if (bits >= 8) {
            bytes.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return bytes;
}

QString Totp::codeForStep(const QByteArray& secret, qint64 step)
{
    QByteArray counter(8, Qt::Uninitialized);
    qToBigEndian(quint64(step), counter.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
        | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return u"%1"_s.arg(binary % 1000000, Digits, 10, QLatin1Char('0'));
}

QString Totp::code(const QByteArray& secret, qint64 unixSeconds)
{
    return codeForStep(secret, unixSeconds / StepSeconds);
}

std::optional<qint64> Totp::matchingStep(const QByteArray& secret, const QString& code, qint64 unixSeconds)
{
    const QString typed = QString(code).remove(u' ');
    if (typed.size() != Digits)
        return std::nullopt;
    const qint64 now = unixSeconds / StepSeconds;
    for (const qint64 step : {now, now - 1, now + 1}) {
        // Every candidate is computed and compared whole, so timing says nothing about the code.
        const QByteArray expected = codeForStep(secret, step).toLatin1();
        if (sodium_memcmp(expected.constData(), typed.toLatin1().constData(), std::size_t(Digits)) == 0)
            return step;
    }
    return std::nullopt;
}

std::optional<qint64> Totp::matchingStepOfStored(const QString& base32Secret, const QString& code, qint64 unixSeconds)
{
    const auto secret = fromBase32(base32Secret);
    if (!secret || secret->isEmpty())
        return std::nullopt;
    return matchingStep(*secret, code, unixSeconds);
}

QString Totp::provisioningUri(const QByteArray& secret, const QString& account, const QString& issuer)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer + u':' + account, "@:"));
    return u"otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5"_s.arg(label, toBase32(secret),
        QString::fromLatin1(QUrl::toPercentEncoding(issuer)), QString::number(Digits), QString::number(StepSeconds));
}

} // namespace nacre::server
