#include "services/InvitationService.h"

#include "ServerContext.h"
#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"
#include "http/ApiError.h"
#include "mail/InvitationMail.h"
#include "policy/AccessPolicy.h"
#include "validation/EmailAddress.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QJsonObject emailAndRole(const QString& email, const QString& role)
{
    return QJsonObject {{u"email"_s, email}, {u"role"_s, role}};
}

// A pending invitation past its expiry reads as expired, whether or not the row says so yet.
InvitationRecord asOf(InvitationRecord record, qint64 now)
{
    if (record.invitation.isExpiredAt(fromMs(now)))
        record.invitation.status = InvitationStatus::Expired;
    return record;
}

} // namespace

QString InvitationService::linkFor(const QString& token) const
{
    return m_mail.linkFor(token);
}

QString InvitationService::publicUrl() const
{
    return m_context.options.publicUrl;
}

InvitationPage InvitationService::list(const WorkspaceScope& scope, const QString& cursor, int limit) const
{
    AccessPolicy::enforce({scope.actor, Action::ManageInvitations});
    InvitationPage page;
    const qint64 at = now();
    for (const InvitationRecord& record :
        m_context.invitations.listPending(scope.workspace.id, cursor, limit, &page.nextCursor))
        page.items.append(asOf(record, at));
    if (cursor.isEmpty())
        page.total = m_context.invitations.countOpen(scope.workspace.id);
    return page;
}

void InvitationService::validateRequest(const InviteRequest& request)
{
    if (request.emails.isEmpty())
        throw ApiError::validation(
            FieldError {u"emails"_s, QString::fromLatin1(ErrorCode::Required), u"Enter at least one email address."_s});
    if (request.emails.size() > MaxEmailsPerRequest)
        throw ApiError::validation(FieldError {u"emails"_s, QString::fromLatin1(ErrorCode::TooLong),
            u"Invite at most %1 people at a time."_s.arg(MaxEmailsPerRequest)});
}

InvitationService::Classified InvitationService::classifyAs(
    const MemberRecord& actor, const WorkspaceScope& scope, const InviteRequest& request) const
{
    AccessPolicy::enforce({actor, Action::ManageInvitations});
    validateRequest(request);
    Classified classified {.results = {}, .role = requireRoleForField(scope, request.roleId, u"roleId"_s)};
    AccessRequest access {actor, Action::Invite};
    access.grantedRole = &classified.role;
    AccessPolicy::enforce(access);

    const qint64 at = now();
    QSet<QString> seen;
    for (const QString& input : request.emails) {
        const auto normalized = EmailAddress::normalized(input);
        if (!normalized) {
            classified.results.append(
                {.input = input, .outcome = InviteOutcome::Invalid, .reason = normalized.error().message});
            continue;
        }
        const QString email = normalized.value();
        InviteResult result {.input = input, .email = email, .outcome = InviteOutcome::Invited};
        const auto account = m_context.users.findByEmail(email);
        if (account && m_context.members.find(scope.workspace.id, account->id))
            result.outcome = InviteOutcome::AlreadyMember;
        else if (seen.contains(email) || m_context.invitations.findUsable(scope.workspace.id, email, at))
            result.outcome = InviteOutcome::AlreadyInvited;
        seen.insert(email);
        classified.results.append(result);
    }
    return classified;
}

QList<InviteResult> InvitationService::classify(const WorkspaceScope& scope, const InviteRequest& request) const
{
    return classifyAs(scope.actor, scope, request).results;
}

QList<InviteResult> InvitationService::invite(const WorkspaceScope& scope, const InviteRequest& request)
{
    Transaction transaction(m_context.db);
    const qint64 at = now();
    // Pending invitations past their expiry stop counting as "already invited"; expiring them
    // here lets a new one take their place.
    m_context.invitations.expireDue(at);
    Classified classified = classifyAs(currentActor(scope), scope, request);
    for (InviteResult& result : classified.results) {
        if (result.outcome != InviteOutcome::Invited)
            continue;
        InvitationRecord record;
        record.workspaceId = scope.workspace.id;
        record.workspaceName = scope.workspace.settings.name;
        record.invitation.id = Tokens::newId();
        record.invitation.email = result.email;
        record.invitation.role = classified.role.role.ref();
        record.invitation.invitedBy = scope.auth.person();
        record.invitation.createdAt = fromMs(at);
        record.invitation.expiresAt = fromMs(at + Invitation::ValidityDays * DayMs);
        record.grantedById = scope.actor.userId;
        const QString token = Tokens::generate(u"nki_"_s);
        m_context.invitations.insert(record, Tokens::hash(token));
        audit(scope,
            {.type = AuditEventType::InvitationCreated,
                .targetType = u"invitation"_s,
                .targetId = record.invitation.id,
                .after = emailAndRole(result.email, classified.role.role.name)});
        result.invitationId = record.invitation.id;
        result.invitation = record.invitation;
        m_mail.queue(record, token); // in this transaction: no invitation without its mail, and no mail without it
    }
    transaction.commit();
    m_mail.sendQueued();
    // The list shows each new invitation's mail as it stands now (sent already, with the outbox).
    QStringList created;
    for (const InviteResult& result : std::as_const(classified.results)) {
        if (result.invitation)
            created.append(result.invitationId);
    }
    const QHash<QString, MailDelivery> deliveries = m_context.invitations.deliveriesOf(created);
    for (InviteResult& result : classified.results) {
        if (result.invitation)
            result.invitation->delivery = deliveries.value(result.invitationId);
    }
    return classified.results;
}

InvitationRecord InvitationService::requireOpen(const QString& workspaceId, const QString& invitationId) const
{
    // Accepted and revoked invitations are history: to these operations they do not exist.
    const auto record = m_context.invitations.find(workspaceId, invitationId);
    if (!record
        || (record->invitation.status != InvitationStatus::Pending
            && record->invitation.status != InvitationStatus::Expired))
        throw ApiError::notFound(u"invitation"_s);
    return *record;
}

IssuedInvitation InvitationService::renew(const WorkspaceScope& scope, const QString& invitationId, Renewal renewal)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    AccessPolicy::enforce({actor, Action::ManageInvitations});
    const InvitationRecord record = requireOpen(scope.workspace.id, invitationId);
    // A renewal hands out the role again, to whoever holds the new code: the same grant rules as
    // inviting with that role.
    const auto role = m_context.roles.find(scope.workspace.id, record.invitation.role.id);
    if (!role)
        throw ApiError::notFound(u"invitation"_s);
    AccessRequest access {actor, Action::Invite};
    access.grantedRole = &*role;
    AccessPolicy::enforce(access);

    const qint64 at = now();
    m_context.invitations.expireDue(at);
    if (const auto newer = m_context.invitations.findPending(scope.workspace.id, record.invitation.email);
        newer && newer->invitation.id != record.invitation.id)
        throw ApiError::conflict(ProblemCode::InvitationSuperseded,
            u"%1 has a newer invitation to this workspace. Resend or revoke that one instead."_s.arg(
                record.invitation.email))
            .withMember(u"invitationId"_s, newer->invitation.id)
            .withMember(u"email"_s, record.invitation.email);
    const QString token = Tokens::generate(u"nki_"_s);
    m_context.invitations.renew(
        record.invitation.id, Tokens::hash(token), at, at + Invitation::ValidityDays * DayMs, actor.userId);
    audit(scope,
        {.type = renewal == Renewal::Mail ? AuditEventType::InvitationResent : AuditEventType::InvitationLinkCreated,
            .targetType = u"invitation"_s,
            .targetId = record.invitation.id,
            .after = emailAndRole(record.invitation.email, role->role.name)});
    IssuedInvitation issued {asOf(*m_context.invitations.find(scope.workspace.id, record.invitation.id), at), token};
    if (renewal == Renewal::Mail)
        m_mail.queue(issued.record, issued.token);
    transaction.commit();
    m_mail.sendQueued();
    issued.record.invitation.delivery
        = m_context.invitations.deliveriesOf({record.invitation.id}).value(record.invitation.id);
    return issued;
}

void InvitationService::revoke(const WorkspaceScope& scope, const QString& invitationId)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    AccessPolicy::enforce({actor, Action::ManageInvitations});
    const InvitationRecord record = requireOpen(scope.workspace.id, invitationId);
    m_context.invitations.setStatus(record.invitation.id, InvitationStatus::Revoked, now());
    audit(scope,
        {.type = AuditEventType::InvitationRevoked,
            .targetType = u"invitation"_s,
            .targetId = record.invitation.id,
            .before = emailAndRole(record.invitation.email, record.invitation.role.name)});
    transaction.commit();
}

InvitationLookup InvitationService::lookUp(const QString& token) const
{
    InvitationLookup lookup = stateOf(token);
    if (lookup.state == InvitationLookup::State::Open)
        lookup.accountExists = m_context.users.findByEmail(lookup.record.invitation.email).has_value();
    if (const QString inviter = lookup.record.invitation.invitedBy.id; !inviter.isEmpty()) {
        if (const std::optional<UserRecord> user = m_context.users.findById(inviter))
            lookup.inviterLocale = user->locale;
    }
    return lookup;
}

InvitationLookup InvitationService::stateOf(const QString& token) const
{
    InvitationLookup lookup;
    const auto record = m_context.invitations.findByTokenHash(Tokens::hash(token));
    if (!record)
        return lookup;
    lookup.record = *record;
    switch (record->invitation.status) {
    case InvitationStatus::Accepted:
        lookup.state = InvitationLookup::State::Used;
        break;
    case InvitationStatus::Revoked:
        lookup.state = InvitationLookup::State::Revoked;
        break;
    case InvitationStatus::Expired:
        lookup.state = InvitationLookup::State::Expired;
        break;
    case InvitationStatus::Pending:
        lookup.state = record->invitation.isExpiredAt(fromMs(now())) ? InvitationLookup::State::Expired
                                                                     : InvitationLookup::State::Open;
        break;
    }
    return lookup;
}

InvitationRecord InvitationService::requireUsable(const QString& token) const
{
    const InvitationLookup lookup = stateOf(token);
    using State = InvitationLookup::State;
    if (lookup.state == State::Open)
        return lookup.record;
    if (lookup.state == State::Unknown)
        throw ApiError(404, ProblemCode::NotFound, u"Invitation not found"_s,
            u"No invitation has this code. Check that the whole link or code was copied; a resent "
            "invitation replaces the earlier link."_s);
    const Invitation& invitation = lookup.record.invitation;
    const QString workspace = lookup.record.workspaceName;
    const QString inviter = invitation.invitedBy.name;
    const QString ask = inviter.isEmpty() ? u"an admin of \u201c%1\u201d"_s.arg(workspace)
                                          : u"%1 or another admin of \u201c%2\u201d"_s.arg(inviter, workspace);
    QString state;
    QString detail;
    switch (lookup.state) {
    case State::Used:
        state = u"used"_s;
        detail = u"This invitation to \u201c%1\u201d was already used. If you accepted it, sign in instead; "
                 "otherwise ask %2 for a new one."_s.arg(workspace, ask);
        break;
    case State::Revoked:
        state = u"revoked"_s;
        detail = u"This invitation to \u201c%1\u201d was withdrawn. Ask %2 whether you should still join."_s.arg(
            workspace, ask);
        break;
    default:
        state = u"expired"_s;
        detail = u"This invitation to \u201c%1\u201d expired on %2 (UTC). Ask %3 to send a new one."_s.arg(
            workspace, invitation.expiresAt.toString(u"yyyy-MM-dd HH:mm"_s), ask);
        break;
    }
    throw ApiError(410, ProblemCode::InvitationUnusable, u"Invitation no longer valid"_s, detail)
        .withMember(u"state"_s, state)
        .withMember(u"workspaceName"_s, workspace)
        .withMember(u"invitedBy"_s, JsonReader::stringOrNull(inviter))
        .withMember(u"expiresAt"_s, JsonReader::formatDateTime(invitation.expiresAt));
}

InvitationPreview InvitationService::preview(const QString& token) const
{
    const InvitationRecord record = requireUsable(token);
    return InvitationPreview {record, m_context.users.findByEmail(record.invitation.email).has_value()};
}

void InvitationService::requireGranterStillMay(const InvitationRecord& invitation) const
{
    // Accepting grants the role now. The person who vouched for it (inviter, or whoever renewed the
    // code last) must still be a member who may give it: a demoted or departed admin's invitation
    // no longer grants what they cannot.
    const auto role = m_context.roles.find(invitation.workspaceId, invitation.invitation.role.id);
    const auto granter = invitation.grantedById.isEmpty()
        ? std::nullopt
        : m_context.members.find(invitation.workspaceId, invitation.grantedById);
    bool allowed = role && granter;
    if (allowed) {
        AccessRequest access {*granter, Action::Invite};
        access.grantedRole = &*role;
        allowed = AccessPolicy::decide(access).allowed;
    }
    if (!allowed)
        throw ApiError::conflict(ProblemCode::InviterCannotGrant,
            u"The person who invited you can no longer give this role. Ask a workspace admin for a new "
            "invitation."_s);
}

Acceptance InvitationService::accept(const QString& token, const Acceptor& acceptor)
{
    requireUsable(token);
    Acceptance acceptance;
    UserRecord user;
    if (acceptor.signedIn) {
        user = acceptor.signedIn->user;
    } else {
        user.displayName = acceptor.displayName;
        user.passwordHash = PasswordHasher::hash(acceptor.password); // slow: outside the write lock
    }

    Transaction transaction(m_context.db);
    // Accepting adds a member: like every membership change it holds the workspace's row, and reads
    // the invitation again once it does — of ten accepts racing through several nacred, the first
    // marks it accepted and the others then find it used.
    m_context.workspaces.lockForChange(requireUsable(token).workspaceId);
    const InvitationRecord invitation = requireUsable(token); // as it stands under the lock
    const qint64 at = now();
    if (acceptor.signedIn) {
        if (user.email != invitation.invitation.email)
            throw ApiError::forbidden(ProblemCode::WrongAccount,
                u"This invitation is for %1. Sign in with that address to accept it."_s.arg(
                    invitation.invitation.email))
                .withMember(u"email"_s, invitation.invitation.email);
        if (m_context.members.find(invitation.workspaceId, user.id))
            throw ApiError::conflict(ProblemCode::AlreadyMember, u"You are already a member of this workspace."_s);
    } else if (m_context.users.findByEmail(invitation.invitation.email)) {
        throw ApiError::conflict(ProblemCode::AccountExists,
            u"An account for %1 exists. Sign in to accept the invitation."_s.arg(invitation.invitation.email))
            .withMember(u"email"_s, invitation.invitation.email);
    }
    requireGranterStillMay(invitation);
    if (!acceptor.signedIn) {
        user.id = Tokens::newId();
        user.email = invitation.invitation.email;
        user.createdAt = at;
        m_context.users.insert(user);
        acceptance.createdAccount = true;
    }
    m_context.members.insert(invitation.workspaceId, user.id, invitation.invitation.role.id, at);
    m_context.invitations.setStatus(invitation.invitation.id, InvitationStatus::Accepted, at);
    m_context.audit.record(AuditEntry {.workspaceId = invitation.workspaceId,
                               .actor = PersonRef {user.id, user.displayName},
                               .type = AuditEventType::InvitationAccepted,
                               .targetType = u"invitation"_s,
                               .targetId = invitation.invitation.id,
                               .after = emailAndRole(user.email, invitation.invitation.role.name),
                               .address = acceptor.origin.address},
        at);
    acceptance.workspaceId = invitation.workspaceId;
    acceptance.user = user;
    if (acceptance.createdAccount)
        acceptance.sessionToken = m_auth.issueSession(user, acceptor.origin, &acceptance.session);
    transaction.commit();
    return acceptance;
}

} // namespace nacre::server
