#pragma once

#include "services/Service.h"

namespace nacre::server {

class PasswordResetMail;

// "Forgot password?". Asking answers the same whether or not the account exists (the caller learns
// nothing about which addresses have accounts); when it does, a single-use code is mailed, stored
// only as its hash and good for CodeLifetimeMinutes. Asking is throttled per client address (429)
// and per account (past the limit no further mail is sent, with the same answer). Completing with
// a good code sets the new password, retires every other code and ends every session of the
// account; wrong codes count against the address like failed sign-ins.
class PasswordResetService : public Service
{
public:
    static constexpr int CodeLifetimeMinutes = 30;
    static constexpr int MaxRequestsPerAddress = 10; // per Window
    static constexpr int MaxMailsPerAccount = 3; // per Window
    static constexpr int MaxWrongCodesPerAddress = 10; // per Window
    static constexpr qint64 WindowMs = 60LL * 60 * 1000;

    PasswordResetService(ServerContext& context, const PasswordResetMail& mail)
        : Service(context)
        , m_mail(mail)
    { }

    void request(const QString& email, const Origin& origin);
    void complete(const QString& code, const QString& newPassword, const Origin& origin);

private:
    void throttle(const char* kind, int limit, const Origin& origin) const;

    const PasswordResetMail& m_mail;
};

} // namespace nacre::server
