#include "mail/PasswordResetMail.h"

#include "ServerContext.h"
#include "auth/Origin.h"
#include "mail/MailBody.h"
#include "mail/MailDispatcher.h"
#include "protocol/DeepLink.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void PasswordResetMail::queue(const UserRecord& user, const QString& code, int validMinutes, const Origin& origin) const
{
    const QString server = m_publicUrl.toString(QUrl::StripTrailingSlash);
    const QString appLink = DeepLink::passwordReset(m_publicUrl, code).toString(QUrl::FullyEncoded);
    const bool german = MailBody::isGerman(user.locale);
    MailContent content;
    content.to = {user.displayName, user.email};
    MailBody body;
    if (german) {
        content.subject = u"Nacre-Passwort zur\u00fccksetzen"_s;
        body.paragraph(u"Jemand, hoffentlich Sie, hat das Zur\u00fccksetzen des Passworts f\u00fcr das Nacre-Konto %1 "
                       "auf %2 angefordert (von der Adresse %3)."_s.arg(user.email, server, origin.address))
            .link(u"Mit installiertem Nacre \u00f6ffnet dieser Link die App, um ein neues Passwort zu w\u00e4hlen:"_s,
                appLink)
            .code(u"Oder w\u00e4hlen Sie im Anmeldefenster von Nacre \u201ePasswort vergessen?\u201c, dann \u201eIch "
                  "habe einen Code\u201c, und f\u00fcgen Sie diesen Code ein:"_s,
                code)
            .paragraph(u"Der Code gilt einmal, %1 Minuten lang. Das Zur\u00fccksetzen meldet das Konto \u00fcberall "
                       "ab. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, "
                       "wie es ist."_s.arg(validMinutes));
    } else {
        content.subject = u"Reset your Nacre password"_s;
        body.paragraph(u"Someone, hopefully you, asked to reset the password of the Nacre account %1 on %2 (from the "
                       "address %3)."_s.arg(user.email, server, origin.address))
            .link(u"With Nacre installed, this opens it to choose a new password:"_s, appLink)
            .code(u"Or, in Nacre's sign-in window, choose \u201cForgot Password?\u201d, then \u201cI Have a "
                  "Code\u201d, and paste this code:"_s,
                code)
            .paragraph(u"The code works once, for %1 minutes. Resetting signs the account out everywhere. If you did "
                       "not ask for this, ignore this mail: your password stays as it is."_s.arg(validMinutes));
    }
    content.text = body.text();
    content.html = body.html(content.subject, german ? u"de"_s : u"en"_s);
    m_context.mailQueue.enqueue(
        {u"password_reset"_s, QString(), user.email, MimeMessage::build(m_from, content, m_context.clock.now())},
        m_context.clock.nowMs());
}

void PasswordResetMail::sendQueued() const
{
    m_dispatcher.kick();
}

} // namespace nacre::server
