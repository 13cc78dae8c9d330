#pragma once

#include "mail/MimeMessage.h"

#include <QUrl>

namespace nacre::server {

struct Origin;
class MailDispatcher;
struct ServerContext;
struct UserRecord;

// "Forgot password?": the code, the nacre:// link that opens the app at it, how long it works, and
// where the request came from; in the account's language. Queued in the transaction that stores
// the code.
class PasswordResetMail
{
public:
    PasswordResetMail(ServerContext& context, MailAddress from, const QString& publicUrl, MailDispatcher& dispatcher)
        : m_context(context)
        , m_from(std::move(from))
        , m_publicUrl(publicUrl)
        , m_dispatcher(dispatcher)
    { }

    void queue(const UserRecord& user, const QString& code, int validMinutes, const Origin& origin) const;
    void sendQueued() const; // after the transaction committed

private:
    ServerContext& m_context;
    MailAddress m_from;
    QUrl m_publicUrl;
    MailDispatcher& m_dispatcher;
};

} // namespace nacre::server
