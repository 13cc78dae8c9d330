#include "mail/InvitationMail.h"

#include "store/InvitationStore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInvitationMail, "nacre.server.mail")

namespace nacre::server {

QString InvitationMail::linkFor(const QString& token) const
{
    return m_publicUrl + u"/api/v1/invitations/"_s + token;
}

void InvitationMail::send(const InvitationRecord& record, const QString& token) const
{
    const QString inviter
        = record.invitation.invitedBy.name.isEmpty() ? u"Someone"_s : record.invitation.invitedBy.name;
    OutgoingMail mail;
    mail.to = record.invitation.email;
    mail.subject = u"%1 invited you to %2 on Nacre"_s.arg(inviter, record.workspaceName);
    mail.body = u"%1 invited you to join the workspace \u201c%2\u201d as %3.\n\n"
                "Open Nacre and choose \u201cAccept invitation\u201d, or open this link:\n%4\n\n"
                "Invitation code: %5\n\nThe invitation expires on %6 (UTC).\n"_s.arg(inviter, record.workspaceName,
                    record.invitation.role.displayName(), linkFor(token), token,
                    record.invitation.expiresAt.toString(u"yyyy-MM-dd HH:mm"_s));
    try {
        m_outbox.deliver(mail);
    } catch (const std::exception& exception) {
        // The invitation stands; it can be resent once the outbox is writable again.
        qCCritical(lcInvitationMail) << "could not write invitation mail:" << exception.what();
    }
}

} // namespace nacre::server
