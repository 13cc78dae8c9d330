#include "mail/InvitationMail.h"

#include "ServerContext.h"
#include "mail/MailBody.h"
#include "mail/MailDispatcher.h"
#include "mail/MailLanguage.h"
#include "protocol/DeepLink.h"
#include "store/InvitationStore.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

QString InvitationMail::linkFor(const QString& token) const
{
    return m_publicUrl.toString(QUrl::StripTrailingSlash) + DeepLink::landingPath(token);
}

void InvitationMail::queue(const InvitationRecord& record, const QString& token) const
{
    const MailContent content = compose(record, token);
    m_context.mailQueue.enqueue({u"invitation"_s, record.invitation.id, record.invitation.email,
                                    MimeMessage::build(m_from, content, m_context.clock.now())},
        m_context.clock.nowMs());
}

MailContent InvitationMail::compose(const InvitationRecord& record, const QString& token) const
{
    const std::optional<UserRecord> inviter = record.invitation.invitedBy.id.isEmpty()
        ? std::nullopt
        : m_context.users.findById(record.invitation.invitedBy.id);
    // In the inviter's language: they know whom they invite (and the invitee's page can follow theirs).
    const MailLanguage language = MailLanguage::forLocale(inviter ? inviter->locale : QString());
    const QString appLink = DeepLink::invitation(m_publicUrl, token).toString(QUrl::FullyEncoded);
    const QString email = record.invitation.email;
    const QString workspace = record.workspaceName;
    const QString name
        = inviter ? inviter->displayName : language.translate("nacre::server::InvitationMail", "Someone");

    MailContent content;
    content.to = {QString(), email};
    if (inviter)
        content.replyTo = MailAddress {inviter->displayName, inviter->email};
    content.subject
        = language.translate("nacre::server::InvitationMail", "%1 invited you to %2 on Nacre").arg(name, workspace);
    MailBody body;
    body.paragraph(
            language
                .translate("nacre::server::InvitationMail", "%1 invited you to join the workspace “%2” on Nacre as %3.")
                .arg(name, workspace, language.roleName(record.invitation.role)))
        .link(language.translate("nacre::server::InvitationMail", "See the invitation and join here:"), linkFor(token))
        .link(language.translate(
                  "nacre::server::InvitationMail", "With Nacre installed, this opens it at the invitation:"),
            appLink)
        .code(language.translate("nacre::server::InvitationMail",
                  "Or start Nacre, choose “I Have an Invitation…” and paste this code:"),
            token)
        .paragraph(
            language
                .translate("nacre::server::InvitationMail",
                    "The invitation is for %1 and expires on %2 (UTC). If you did not expect it, ignore this mail.")
                .arg(email, language.dateTime(record.invitation.expiresAt)));
    content.text = body.text();
    content.html = body.html(content.subject, language);
    return content;
}

void InvitationMail::sendQueued() const
{
    m_dispatcher.kick();
}

} // namespace nacre::server
