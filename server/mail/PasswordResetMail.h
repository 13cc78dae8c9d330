#pragma once

#include "mail/MailOutbox.h"

#include <QUrl>

namespace nacre::server {

struct Origin;

// "Forgot password?": the code, the nacre:// link that opens the app at it, how long it works, and
// where the request came from. Sent after the code is stored.
class PasswordResetMail
{
public:
    PasswordResetMail(const MailOutbox& outbox, const QString& publicUrl)
        : m_outbox(outbox)
        , m_publicUrl(publicUrl)
    { }

    void send(const QString& email, const QString& code, int validMinutes, const Origin& origin) const;

private:
    const MailOutbox& m_outbox;
    QUrl m_publicUrl;
};

} // namespace nacre::server
