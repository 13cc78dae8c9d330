#pragma once

#include "mail/MailOutbox.h"

namespace nacre::server {

struct InvitationRecord;

// The invitation mail: who invites whom to which workspace with which role, the link and the code.
// Sent after the transaction that created (or renewed) the invitation commits.
class InvitationMail
{
public:
    InvitationMail(const MailOutbox& outbox, QString publicUrl)
        : m_outbox(outbox)
        , m_publicUrl(std::move(publicUrl))
    { }

    QString linkFor(const QString& token) const;
    void send(const InvitationRecord& invitation, const QString& token) const; // logs, never throws

private:
    const MailOutbox& m_outbox;
    QString m_publicUrl;
};

} // namespace nacre::server
