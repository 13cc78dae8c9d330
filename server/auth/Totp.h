#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nacre::server {

// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) as authenticator
// apps make them. Secrets are 160 random bits, shown to people in base32 (RFC 4648, no padding).
class Totp
{
public:
    static constexpr qint64 StepSeconds = 30;
    static constexpr int Digits = 6;

    static QByteArray newSecret();
    static QString toBase32(const QByteArray& bytes);
    static std::optional<QByteArray> fromBase32(QStringView text);

    // The code for the time step that contains `unixSeconds`.
    static QString code(const QByteArray& secret, qint64 unixSeconds);
    static QString codeForStep(const QByteArray& secret, qint64 step);
    // The step `code` belongs to, when it matches the current one or a neighbour (clocks drift and
    // people type slowly); none otherwise. Callers refuse a step used before (no replays).
    static std::optional<qint64> matchingStep(const QByteArray& secret, const QString& code, qint64 unixSeconds);
    // The same for a secret as the database keeps it (base32); none when it is empty or unreadable.
    static std::optional<qint64> matchingStepOfStored(
        const QString& base32Secret, const QString& code, qint64 unixSeconds);

    // otpauth://totp/Nacre:ann@example.com?secret=…&issuer=Nacre — what the QR code holds.
    static QString provisioningUri(const QByteArray& secret, const QString& account, const QString& issuer);
};

} // namespace nacre::server
