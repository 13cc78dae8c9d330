#pragma once

#include "mail/MimeMessage.h"

#include <QUrl>

namespace nacre::server {

struct InvitationRecord;
class MailDispatcher;
struct ServerContext;

// The invitation mail: who invites whom to which workspace with which role, the link to the
// invitation's web page, the nacre:// link that opens the app at it, and the code to paste. Written
// in the inviter's language, with Reply-To the inviter, and queued in the transaction that created
// (or renewed) the invitation: the queue sends it once that transaction has committed.
class InvitationMail
{
public:
    InvitationMail(ServerContext& context, MailAddress from, const QString& publicUrl, MailDispatcher& dispatcher)
        : m_context(context)
        , m_from(std::move(from))
        , m_publicUrl(publicUrl)
        , m_dispatcher(dispatcher)
    { }

    QString linkFor(const QString& token) const; // the web page, on the public URL
    // Inside the transaction that issued `token` for the invitation.
    void queue(const InvitationRecord& invitation, const QString& token) const;
    MailContent compose(const InvitationRecord& invitation, const QString& token) const;
    // After the transaction committed: what it queued leaves now rather than at the next poll.
    void sendQueued() const;

private:
    ServerContext& m_context;
    MailAddress m_from;
    QUrl m_publicUrl;
    MailDispatcher& m_dispatcher;
};

} // namespace nacre::server
