#pragma once

#include "audit/SecurityLog.h"
#include "services/Service.h"

#include <optional>

namespace nacre::server {

struct ProfilePatch
{
    std::optional<QString> displayName;
    std::optional<QString> locale;
    std::optional<QString> timeZone;
    std::optional<QString> email; // normalized; needs `currentPassword`
    QString currentPassword;
};

// The signed-in person's own account: profile, email, password, sessions and security log. The
// same in every workspace. Credential changes (email, password) need the current password.
class AccountService : public Service
{
public:
    using Service::Service;

    UserRecord updateProfile(const AuthContext& auth, const ProfilePatch& patch, const QByteArray& ifMatch);
    void changePassword(const AuthContext& auth, const QString& currentPassword, const QString& newPassword);
    QList<SessionRecord> sessions(const AuthContext& auth) const;
    void endSession(const AuthContext& auth, const QString& sessionId);
    SecurityPage securityLog(const AuthContext& auth, const QString& cursor, int limit) const;

    // 422 on `field` when `password` is not the account's: re-authentication for sensitive changes.
    static void requirePassword(const UserRecord& user, const QString& password, const QString& field);
};

} // namespace nacre::server
