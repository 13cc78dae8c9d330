#pragma once

#include "mail/MailOutbox.h"

#include <QUrl>

namespace nacre::server {

struct InvitationRecord;

// The invitation mail: who invites whom to which workspace with which role, the link to the
// invitation's web page, the nacre:// link that opens the app at it, and the code to paste. Sent
// after the transaction that created (or renewed) the invitation commits.
class InvitationMail
{
public:
    InvitationMail(const MailOutbox& outbox, const QString& publicUrl)
        : m_outbox(outbox)
        , m_publicUrl(publicUrl)
    { }

    QString linkFor(const QString& token) const; // the web page, on the public URL
    void send(const InvitationRecord& invitation, const QString& token) const; // logs, never throws

private:
    const MailOutbox& m_outbox;
    QUrl m_publicUrl;
};

} // namespace nacre::server
