#pragma once

#include <QByteArray>
#include <QUrl>

namespace nacre::server {

struct InvitationLookup;
class MailLanguage;

// The web page an invitation mail links to (GET /invite/{code}): what the invitation is (workspace,
// who invites, role, for which address, until when), a button that opens Nacre at it through the
// nacre:// link, and what to do without Nacre installed. For a used, revoked, expired or unknown code
// it says so and who to ask. Static HTML with no script; every value from the database is escaped.
// Written in `language` (right to left for one written that way).
class InvitationWebPage
{
public:
    struct Page
    {
        int status = 200;
        QByteArray html;
    };

    static Page render(
        const InvitationLookup& lookup, const QUrl& publicUrl, const QString& code, const MailLanguage& language);
};

} // namespace nacre::server
