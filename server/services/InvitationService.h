#pragma once

#include "protocol/InviteOutcome.h"
#include "services/Service.h"
#include "store/InvitationStore.h"

#include <optional>

namespace nacre::server {

class InvitationMail;

struct InviteRequest
{
    QStringList emails;
    QString roleId;
};

// What inviting one address did (or would do), answered per address given.
struct InviteResult
{
    QString input;
    QString email; // normalized; empty when the input is not an address
    InviteOutcome outcome = InviteOutcome::Invalid;
    QString reason; // why an input is invalid
    QString invitationId; // of a created invitation
    std::optional<Invitation> invitation; // the created invitation, for a list to show without asking again
};

struct InvitationPage
{
    QList<InvitationRecord> items;
    QString nextCursor;
    qint64 total = -1; // every open invitation, counted for the first page only
};

// A renewed invitation and its new code: the only time the code exists in clear.
struct IssuedInvitation
{
    InvitationRecord record;
    QString token;
};

// What the invitee sees before accepting: enough to decide, nothing else of the workspace.
struct InvitationPreview
{
    InvitationRecord record;
    bool accountExists = false;
};

// An invitation as its code finds it, usable or not: the web page says which, and who to ask.
struct InvitationLookup
{
    enum class State { Unknown, Open, Expired, Revoked, Used };
    State state = State::Unknown;
    InvitationRecord record; // empty when Unknown
    bool accountExists = false;
    QString inviterLocale; // the inviter's profile locale, for the page's language; empty once they are gone
};

// Who accepts: the signed-in account, or a new one made from a name and password.
struct Acceptor
{
    std::optional<AuthContext> signedIn;
    QString displayName;
    QString password;
    Origin origin;
};

struct Acceptance
{
    QString workspaceId;
    UserRecord user;
    QString sessionToken; // for a new account: signed in at once
    SessionRecord session;
    bool createdAccount = false;
};

// Invitations, end to end. Every path that hands out a role — invite, renew (resend and a new
// link), accept — applies the same grant rules: only an Owner grants Owner, nobody grants what
// they do not hold; at accept time, the person who vouches for the invitation must still hold it.
class InvitationService : public Service
{
public:
    static constexpr int MaxEmailsPerRequest = 500;
    enum class Renewal { Mail, Link };

    InvitationService(ServerContext& context, Authenticator& authenticator, const InvitationMail& mail)
        : Service(context)
        , m_auth(authenticator)
        , m_mail(mail)
    { }

    InvitationPage list(const WorkspaceScope& scope, const QString& cursor, int limit) const;
    // The dry run: what inviting would answer, read-only (no write transaction, nothing expired).
    QList<InviteResult> classify(const WorkspaceScope& scope, const InviteRequest& request) const;
    QList<InviteResult> invite(const WorkspaceScope& scope, const InviteRequest& request);
    IssuedInvitation renew(const WorkspaceScope& scope, const QString& invitationId, Renewal renewal);
    void revoke(const WorkspaceScope& scope, const QString& invitationId);
    // 404 for an unknown code; 410 invitation_unusable for a used, revoked or expired one, with
    // `state`, `workspaceName` and `invitedBy` so the invitee knows who to ask.
    InvitationPreview preview(const QString& token) const;
    InvitationLookup lookUp(const QString& token) const;
    Acceptance accept(const QString& token, const Acceptor& acceptor);

    QString linkFor(const QString& token) const;
    QString publicUrl() const;

private:
    struct Classified
    {
        QList<InviteResult> results;
        RoleRecord role;
    };
    Classified classifyAs(const MemberRecord& actor, const WorkspaceScope& scope, const InviteRequest& request) const;
    static void validateRequest(const InviteRequest& request);
    InvitationRecord requireOpen(const QString& workspaceId, const QString& invitationId) const;
    InvitationRecord requireUsable(const QString& token) const;
    InvitationLookup stateOf(const QString& token) const; // lookUp without the account question
    void requireGranterStillMay(const InvitationRecord& invitation) const;

    Authenticator& m_auth;
    const InvitationMail& m_mail;
};

} // namespace nacre::server
