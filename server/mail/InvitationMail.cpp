#include "mail/InvitationMail.h"

#include "protocol/DeepLink.h"
#include "store/InvitationStore.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

QString InvitationMail::linkFor(const QString& token) const
{
    return m_publicUrl.toString(QUrl::StripTrailingSlash) + DeepLink::landingPath(token);
}

void InvitationMail::send(const InvitationRecord& record, const QString& token) const
{
    const QString inviter
        = record.invitation.invitedBy.name.isEmpty() ? u"Someone"_s : record.invitation.invitedBy.name;
    OutgoingMail mail;
    mail.to = record.invitation.email;
    mail.subject = u"%1 invited you to %2 on Nacre"_s.arg(inviter, record.workspaceName);
    mail.body = u"%1 invited you to join the workspace \u201c%2\u201d on Nacre as %3.\n\n"
                "See the invitation and join here:\n%4\n\n"
                "With Nacre installed, this opens it at the invitation:\n%5\n\n"
                "Or start Nacre, choose \u201cI Have an Invitation\u2026\u201d and paste this code:\n%6\n\n"
                "The invitation is for %7 and expires on %8 (UTC). If you did not expect it, ignore this "
                "mail.\n"_s.arg(inviter, record.workspaceName, record.invitation.role.displayName(), linkFor(token),
                    DeepLink::invitation(m_publicUrl, token).toString(QUrl::FullyEncoded), token,
                    record.invitation.email, record.invitation.expiresAt.toString(u"yyyy-MM-dd HH:mm"_s));
    // The invitation stands when the mail cannot be written; it can be resent later.
    m_outbox.deliverOrLog(mail, "invitation");
}

} // namespace nacre::server
