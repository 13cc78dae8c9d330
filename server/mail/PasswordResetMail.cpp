#include "mail/PasswordResetMail.h"

#include "auth/Origin.h"
#include "protocol/DeepLink.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void PasswordResetMail::send(const QString& email, const QString& code, int validMinutes, const Origin& origin) const
{
    OutgoingMail mail;
    mail.to = email;
    mail.subject = u"Reset your Nacre password"_s;
    mail.body = u"Someone, hopefully you, asked to reset the password of the Nacre account %1 on %2 "
                "(from the address %3).\n\n"
                "With Nacre installed, this opens it to choose a new password:\n%4\n\n"
                "Or, in Nacre's sign-in window, choose \u201cForgot Password?\u201d, then \u201cI Have a "
                "Code\u201d, and paste this code:\n%5\n\n"
                "The code works once, for %6 minutes. Resetting signs the account out everywhere. If you did "
                "not ask for this, ignore this mail: your password stays as it is.\n"_s.arg(email,
                    m_publicUrl.toString(QUrl::StripTrailingSlash), origin.address,
                    DeepLink::passwordReset(m_publicUrl, code).toString(QUrl::FullyEncoded), code,
                    QString::number(validMinutes));
    m_outbox.deliverOrLog(mail, "password reset");
}

} // namespace nacre::server
