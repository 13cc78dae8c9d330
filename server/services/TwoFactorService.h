#pragma once

#include "services/Service.h"

namespace nacre::server {

struct TwoFactorEnrolment
{
    QString secret; // base32, for typing into an authenticator app
    QString uri; // otpauth://, for a QR code
};

// Two-factor sign-in for the signed-in account. Starting an enrolment and turning it off need the
// current password: a stolen session token alone can neither enrol its own authenticator nor
// remove the owner's.
class TwoFactorService : public Service
{
public:
    using Service::Service;

    TwoFactorEnrolment begin(const AuthContext& auth, const QString& password);
    // Turns two-factor on, and issues the account's ten recovery codes (shown this once).
    UserRecord confirm(const AuthContext& auth, const QString& code, QStringList* recoveryCodes);
    void disable(const AuthContext& auth, const QString& password); // the recovery codes go too

    // New recovery codes for an account with two-factor on; the old ones stop working.
    QStringList renewRecoveryCodes(const AuthContext& auth, const QString& password);
    int recoveryCodesLeft(const AuthContext& auth) const;
};

} // namespace nacre::server
