#pragma once

#include "validation/Result.h"

#include <QCoreApplication>
#include <QString>

namespace nacre {

// The one definition of a valid email address in Nacre (RFC 5322 addr-spec, as SMTP accepts it):
// a dot-atom or quoted local part of at most 64 octets, "@", and a domain of at least two labels.
// Internationalized domains are accepted (checked through their ASCII form); IP-literal domains
// and single-label hosts are not, since they are almost always typing mistakes in an invitation.
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(nacre::EmailAddress)

public:
    static constexpr int MaxLength = 254; // RFC 5321 path limit less the angle brackets
    static constexpr int MaxLocalPartLength = 64;
    static constexpr int MaxLabelLength = 63;

    // Trimmed, validated and lower-cased: the form under which an address identifies an account.
    static Result<QString> normalized(QStringView input, const QString& field = QStringLiteral("email"));

    static bool isValid(QStringView input) { return normalized(input).isOk(); }
};

} // namespace nacre
