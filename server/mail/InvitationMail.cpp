#include "mail/InvitationMail.h"

#include "ServerContext.h"
#include "mail/MailBody.h"
#include "mail/MailDispatcher.h"
#include "protocol/DeepLink.h"
#include "store/InvitationStore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

// Built-in roles by their German names; a workspace's own roles by the name it gave them.
QString germanRoleName(const RoleRef& role)
{
    switch (role.builtin) {
    case BuiltinRole::Owner:
        return u"Inhaber"_s;
    case BuiltinRole::Admin:
        return u"Admin"_s;
    case BuiltinRole::Member:
        return u"Mitglied"_s;
    case BuiltinRole::None:
        break;
    }
    return role.name;
}

} // namespace

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
    const bool german = inviter && MailBody::isGerman(inviter->locale);
    const QString appLink = DeepLink::invitation(m_publicUrl, token).toString(QUrl::FullyEncoded);
    const QString email = record.invitation.email;
    const QString workspace = record.workspaceName;

    MailContent content;
    content.to = {QString(), email};
    if (inviter)
        content.replyTo = MailAddress {inviter->displayName, inviter->email};
    MailBody body;
    if (german) {
        const QString name = inviter ? inviter->displayName : u"Jemand"_s;
        const QString expires
            = QLocale(QLocale::German).toString(record.invitation.expiresAt.toUTC(), u"d. MMMM yyyy, HH:mm"_s);
        content.subject = u"%1 hat Sie zu \u201e%2\u201c auf Nacre eingeladen"_s.arg(name, workspace);
        body.paragraph(u"%1 hat Sie eingeladen, dem Arbeitsbereich \u201e%2\u201c auf Nacre als %3 beizutreten."_s.arg(
                           name, workspace, germanRoleName(record.invitation.role)))
            .link(u"Einladung ansehen und beitreten:"_s, linkFor(token))
            .link(u"Mit installiertem Nacre \u00f6ffnet dieser Link die App bei der Einladung:"_s, appLink)
            .code(u"Oder starten Sie Nacre, w\u00e4hlen Sie \u201eIch habe eine Einladung \u2026\u201c und f\u00fcgen "
                  "Sie diesen Code ein:"_s,
                token)
            .paragraph(u"Die Einladung gilt f\u00fcr %1 und l\u00e4uft am %2 (UTC) ab. Wenn Sie sie nicht erwartet "
                       "haben, ignorieren Sie diese E-Mail."_s.arg(email, expires));
        content.text = body.text();
        content.html = body.html(content.subject, u"de"_s);
        return content;
    }
    const QString name = inviter ? inviter->displayName : u"Someone"_s;
    const QString expires = QLocale::c().toString(record.invitation.expiresAt.toUTC(), u"MMMM d, yyyy, HH:mm"_s);
    content.subject = u"%1 invited you to %2 on Nacre"_s.arg(name, workspace);
    body.paragraph(u"%1 invited you to join the workspace \u201c%2\u201d on Nacre as %3."_s.arg(
                       name, workspace, record.invitation.role.displayName()))
        .link(u"See the invitation and join here:"_s, linkFor(token))
        .link(u"With Nacre installed, this opens it at the invitation:"_s, appLink)
        .code(u"Or start Nacre, choose \u201cI Have an Invitation\u2026\u201d and paste this code:"_s, token)
        .paragraph(
            u"The invitation is for %1 and expires on %2 (UTC). If you did not expect it, ignore this mail."_s.arg(
                email, expires));
    content.text = body.text();
    content.html = body.html(content.subject, u"en"_s);
    return content;
}

void InvitationMail::sendQueued() const
{
    m_dispatcher.kick();
}

} // namespace nacre::server
