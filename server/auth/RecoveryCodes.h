#pragma once

#include <QStringList>

#include <optional>

namespace nacre::server {

// Two-factor recovery codes: ten single-use codes for when the authenticator is lost, each ten
// characters from an alphabet without look-alikes (50 bits), shown as "xxxxx-xxxxx". Kept as a
// SHA-256 over the account's id and the code, so one table of hashes does not serve every account.
// Sign-in tells a recovery code from a 6-digit one by its shape.
class RecoveryCodes
{
public:
    static constexpr int Count = 10;

    static QStringList generate(); // as shown to the person
    static QString hash(const QString& userId, const QString& normalized);
    // Lower case without spaces or dashes when `typed` has the shape of a recovery code; else nothing.
    static std::optional<QString> normalize(const QString& typed);
};

} // namespace nacre::server
