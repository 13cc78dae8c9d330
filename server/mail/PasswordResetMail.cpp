#include "mail/PasswordResetMail.h"

#include "ServerContext.h"
#include "auth/Origin.h"
#include "mail/MailBody.h"
#include "mail/MailDispatcher.h"
#include "mail/MailLanguage.h"
#include "protocol/DeepLink.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void PasswordResetMail::queue(const UserRecord& user, const QString& code, int validMinutes, const Origin& origin) const
{
    const QString server = m_publicUrl.toString(QUrl::StripTrailingSlash);
    const QString appLink = DeepLink::passwordReset(m_publicUrl, code).toString(QUrl::FullyEncoded);
    const MailLanguage language = MailLanguage::forLocale(user.locale); // the account's own
    MailContent content;
    content.to = {user.displayName, user.email};
    content.subject = language.translate("nacre::server::PasswordResetMail", "Reset your Nacre password");
    MailBody body;
    body.paragraph(language
                       .translate("nacre::server::PasswordResetMail",
                           "Someone, hopefully you, asked to reset the password of the Nacre account %1 on %2 (from "
                           "the address %3).")
                       .arg(user.email, server, origin.address))
        .link(language.translate(
                  "nacre::server::PasswordResetMail", "With Nacre installed, this opens it to choose a new password:"),
            appLink)
        .code(language.translate("nacre::server::PasswordResetMail",
                  "Or, in Nacre's sign-in window, choose “Forgot Password?”, then “I Have a Code”, and paste this "
                  "code:"),
            code)
        .paragraph(
            language
                .translate("nacre::server::PasswordResetMail",
                    "The code works once, for %1 minutes. Resetting signs the account out everywhere. If you did not "
                    "ask for this, ignore this mail: your password stays as it is.")
                .arg(validMinutes));
    content.text = body.text();
    content.html = body.html(content.subject, language);
    m_context.mailQueue.enqueue(
        {u"password_reset"_s, QString(), user.email, MimeMessage::build(m_from, content, m_context.clock.now())},
        m_context.clock.nowMs());
}

void PasswordResetMail::sendQueued() const
{
    m_dispatcher.kick();
}

} // namespace nacre::server
