#include "routes/InvitationRoutes.h"

#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "policy/AccessPolicy.h"
#include "routes/RouteSupport.h"
#include "validation/EmailAddress.h"
#include "validation/NameRules.h"
#include "validation/PasswordRules.h"

#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInvitations, "nacre.server.invitations")

namespace nacre::server {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QJsonObject invitationJson(const InvitationRecord& record, qint64 now)
{
    Invitation invitation = record.invitation;
    if (invitation.isExpiredAt(fromMs(now)))
        invitation.status = InvitationStatus::Expired;
    return invitation.toJson();
}

QJsonObject outcome(const QString& input, const QString& email, const QString& result, const QString& reason = {})
{
    QJsonObject json {{u"input"_s, input}, {u"email"_s, JsonReader::stringOrNull(email)}, {u"outcome"_s, result}};
    if (!reason.isEmpty())
        json.insert(u"reason"_s, reason);
    return json;
}

} // namespace

QString InvitationRoutes::invitationLink(const QString& token) const
{
    return m_context.options.publicUrl + u"/api/v1/invitations/"_s + token;
}

InvitationRecord InvitationRoutes::requireOpen(const QString& workspaceId, const QString& invitationId) const
{
    // Accepted and revoked invitations are history: to these routes they do not exist.
    const auto record = m_context.invitations.find(workspaceId, invitationId);
    if (!record
        || (record->invitation.status != InvitationStatus::Pending
            && record->invitation.status != InvitationStatus::Expired))
        throw ApiError::notFound(u"invitation"_s);
    return *record;
}

std::pair<InvitationRecord, QString> InvitationRoutes::renew(ApiRequest& request, const QString& auditAction) const
{
    const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
    AccessPolicy::enforce({scope.actor, Action::ManageInvitations});
    Transaction transaction(m_context.db);
    const InvitationRecord record = requireOpen(scope.workspace.id, request.param(u"invitation"_s));
    const qint64 now = m_context.clock.nowMs();
    const QString token = Tokens::generate(u"nki_"_s);
    m_context.invitations.renew(record.invitation.id, Tokens::hash(token), now, now + Invitation::ValidityDays * DayMs);
    m_context.audit.record(
        AuditEntry {scope.workspace.id, scope.auth.person(), auditAction, u"invitation"_s, record.invitation.id, {},
            QJsonObject {{u"email"_s, record.invitation.email}}, RouteSupport::clientAddress(request)},
        now);
    transaction.commit();
    return {*m_context.invitations.find(scope.workspace.id, record.invitation.id), token};
}

void InvitationRoutes::sendMail(const InvitationRecord& record, const QString& token) const
{
    const QString link = invitationLink(token);
    const QString inviter
        = record.invitation.invitedBy.name.isEmpty() ? u"Someone"_s : record.invitation.invitedBy.name;
    OutgoingMail mail;
    mail.to = record.invitation.email;
    mail.subject = u"%1 invited you to %2 on Nacre"_s.arg(inviter, record.workspaceName);
    mail.body = u"%1 invited you to join the workspace \u201c%2\u201d as %3.\n\n"
                "Open Nacre and choose \u201cAccept invitation\u201d, or open this link:\n%4\n\n"
                "Invitation code: %5\n\nThe invitation expires on %6 (UTC).\n"_s.arg(inviter, record.workspaceName,
                    record.invitation.role.displayName(), link, token,
                    record.invitation.expiresAt.toString(u"yyyy-MM-dd HH:mm"_s));
    try {
        m_context.outbox.deliver(mail);
    } catch (const std::exception& exception) {
        // The invitation stands; it can be resent once the outbox is writable again.
        qCCritical(lcInvitations) << "could not write invitation mail:" << exception.what();
    }
}

InvitationRecord InvitationRoutes::requireUsable(const QString& token) const
{
    const auto record = m_context.invitations.findByTokenHash(Tokens::hash(token));
    if (!record)
        throw ApiError::notFound(u"invitation"_s);
    const qint64 now = m_context.clock.nowMs();
    if (record->invitation.status != InvitationStatus::Pending || record->invitation.isExpiredAt(fromMs(now)))
        throw ApiError(410, u"invitation_unusable"_s, u"Invitation no longer valid"_s,
            u"This invitation was already used, revoked or has expired. Ask for a new one."_s);
    return *record;
}

void InvitationRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces/{ws}/invitations"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ManageInvitations});
        const int limit = RouteSupport::pageLimit(request);
        QString nextCursor;
        const qint64 now = m_context.clock.nowMs();
        QJsonArray items;
        for (const InvitationRecord& record :
            m_context.invitations.listPending(scope.workspace.id, request.queryValue(u"cursor"_s), limit, &nextCursor))
            items.append(invitationJson(record, now));
        return RouteSupport::list(items, nextCursor);
    });

    router.add("POST", u"/api/v1/workspaces/{ws}/invitations"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ManageInvitations});
        JsonReader reader = RouteSupport::bodyReader(request);
        const QStringList emails = reader.stringList(u"emails"_s);
        const QString roleId = reader.id(u"roleId"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        if (emails.isEmpty())
            throw ApiError::validation(FieldError {
                u"emails"_s, QString::fromLatin1(ErrorCode::Required), u"Enter at least one email address."_s});
        if (emails.size() > MaxEmailsPerRequest)
            throw ApiError::validation(FieldError {u"emails"_s, QString::fromLatin1(ErrorCode::TooLong),
                u"Invite at most %1 people at a time."_s.arg(MaxEmailsPerRequest)});

        Transaction transaction(m_context.db);
        const RoleRecord role = m_context.roles.requireForField(scope.workspace.id, roleId, u"roleId"_s);
        AccessRequest access {scope.actor, Action::Invite};
        access.grantedRole = &role;
        AccessPolicy::enforce(access);

        // ?dryRun=true answers what inviting would do, for the invite dialog's live checks, and
        // changes nothing.
        const bool dryRun = request.queryValue(u"dryRun"_s) == u"true"_s;
        const qint64 now = m_context.clock.nowMs();
        m_context.invitations.expireDue(now);
        QJsonArray results;
        QSet<QString> seen;
        QList<QPair<InvitationRecord, QString>> toMail;
        for (const QString& input : emails) {
            const auto normalized = EmailAddress::normalized(input);
            if (!normalized) {
                results.append(outcome(input, {}, u"invalid"_s, normalized.error().message));
                continue;
            }
            const QString email = normalized.value();
            const auto account = m_context.users.findByEmail(email);
            if (account && m_context.members.find(scope.workspace.id, account->id)) {
                results.append(outcome(input, email, u"already_member"_s));
                continue;
            }
            if (m_context.invitations.findPending(scope.workspace.id, email) || seen.contains(email)) {
                results.append(outcome(input, email, u"already_invited"_s));
                continue;
            }
            seen.insert(email);
            if (dryRun) {
                results.append(outcome(input, email, u"invited"_s));
                continue;
            }
            InvitationRecord record;
            record.workspaceId = scope.workspace.id;
            record.workspaceName = scope.workspace.settings.name;
            record.invitation.id = Tokens::newId();
            record.invitation.email = email;
            record.invitation.role = role.role.ref();
            record.invitation.invitedBy = scope.auth.person();
            record.invitation.createdAt = fromMs(now);
            record.invitation.expiresAt = fromMs(now + Invitation::ValidityDays * DayMs);
            const QString token = Tokens::generate(u"nki_"_s);
            m_context.invitations.insert(record, Tokens::hash(token));
            m_context.audit.record(
                AuditEntry {scope.workspace.id, scope.auth.person(), u"invitation.created"_s, u"invitation"_s,
                    record.invitation.id, {}, QJsonObject {{u"email"_s, email}, {u"role"_s, role.role.name}},
                    RouteSupport::clientAddress(request)},
                now);
            QJsonObject result = outcome(input, email, u"invited"_s);
            result.insert(u"invitationId"_s, record.invitation.id);
            results.append(result);
            toMail.append({record, token});
        }
        if (dryRun)
            return ApiResponse::json(QJsonObject {{u"results"_s, results}, {u"dryRun"_s, true}}); // rolled back
        transaction.commit();
        for (const auto& [record, token] : std::as_const(toMail))
            sendMail(record, token);
        return ApiResponse::json(QJsonObject {{u"results"_s, results}});
    });

    router.add("POST", u"/api/v1/workspaces/{ws}/invitations/{invitation}/resend"_s, [this](ApiRequest& request) {
        const auto [invitation, token] = renew(request, u"invitation.resent"_s);
        sendMail(invitation, token);
        return ApiResponse::json(invitationJson(invitation, m_context.clock.nowMs()));
    });

    // For an admin who hands the invitation over another way (chat, phone): a new token, not
    // mailed, returned once as a link. The earlier link stops working, as with a resend.
    router.add("POST", u"/api/v1/workspaces/{ws}/invitations/{invitation}/link"_s, [this](ApiRequest& request) {
        const auto [invitation, token] = renew(request, u"invitation.link_created"_s);
        QJsonObject json = invitationJson(invitation, m_context.clock.nowMs());
        json.insert(u"link"_s, invitationLink(token));
        json.insert(u"code"_s, token);
        return ApiResponse::json(json);
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}/invitations/{invitation}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ManageInvitations});
        Transaction transaction(m_context.db);
        const InvitationRecord record = requireOpen(scope.workspace.id, request.param(u"invitation"_s));
        const qint64 now = m_context.clock.nowMs();
        m_context.invitations.setStatus(record.invitation.id, InvitationStatus::Revoked, now);
        m_context.audit.record(
            AuditEntry {scope.workspace.id, scope.auth.person(), u"invitation.revoked"_s, u"invitation"_s,
                record.invitation.id, QJsonObject {{u"email"_s, record.invitation.email}}, {},
                RouteSupport::clientAddress(request)},
            now);
        transaction.commit();
        return ApiResponse::noContent();
    });

    router.add("GET", u"/api/v1/invitations/{token}"_s, [this](ApiRequest& request) {
        const InvitationRecord record = requireUsable(request.param(u"token"_s));
        // A preview shows what the invitee needs to decide, nothing else of the workspace.
        return ApiResponse::json(QJsonObject {{u"workspaceName"_s, record.workspaceName},
            {u"email"_s, record.invitation.email}, {u"role"_s, record.invitation.role.displayName()},
            {u"invitedBy"_s, JsonReader::stringOrNull(record.invitation.invitedBy.name)},
            {u"expiresAt"_s, JsonReader::formatDateTime(record.invitation.expiresAt)},
            {u"accountExists"_s, m_context.users.findByEmail(record.invitation.email).has_value()}});
    });

    router.add("POST", u"/api/v1/invitations/{token}/accept"_s, [this](ApiRequest& request) {
        const QString token = request.param(u"token"_s);
        requireUsable(token);
        const bool signedIn = !request.bearerToken().isEmpty();
        std::optional<AuthContext> auth;
        UserRecord user;
        QString password;
        if (signedIn) {
            auth = m_auth.authenticate(request);
            user = auth->user;
        } else {
            JsonReader reader = RouteSupport::bodyReader(request);
            user.displayName = reader.validatedString(u"displayName"_s, &NameRules::displayName);
            password = reader.validatedString(u"password"_s, &PasswordRules::validated);
            reader.rejectUnknownFields();
            RouteSupport::throwIfInvalid(reader);
            user.passwordHash = PasswordHasher::hash(password);
        }

        Transaction transaction(m_context.db);
        const InvitationRecord invitation = requireUsable(token); // again, under the write lock
        const qint64 now = m_context.clock.nowMs();
        if (signedIn) {
            if (user.email != invitation.invitation.email)
                throw ApiError::forbidden(u"wrong_account"_s,
                    u"This invitation is for %1. Sign in with that address to accept it."_s.arg(
                        invitation.invitation.email));
            if (m_context.members.find(invitation.workspaceId, user.id))
                throw ApiError::conflict(u"already_member"_s, u"You are already a member of this workspace."_s);
        } else {
            if (m_context.users.findByEmail(invitation.invitation.email))
                throw ApiError::conflict(u"account_exists"_s,
                    u"An account for %1 exists. Sign in to accept the invitation."_s.arg(invitation.invitation.email));
            user.id = Tokens::newId();
            user.email = invitation.invitation.email;
            user.createdAt = now;
            m_context.users.insert(user);
        }
        m_context.members.insert(invitation.workspaceId, user.id, invitation.invitation.role.id, now);
        m_context.invitations.setStatus(invitation.invitation.id, InvitationStatus::Accepted, now);
        m_context.audit.record(AuditEntry {invitation.workspaceId, PersonRef {user.id, user.displayName},
                                   u"invitation.accepted"_s, u"invitation"_s, invitation.invitation.id, {},
                                   QJsonObject {{u"email"_s, user.email}, {u"role"_s, invitation.invitation.role.name}},
                                   RouteSupport::clientAddress(request)},
            now);
        QJsonObject body {{u"workspaceId"_s, invitation.workspaceId}, {u"user"_s, user.toProfile().toJson()}};
        if (!signedIn) {
            SessionRecord session;
            body.insert(u"token"_s, m_auth.issueSession(user, request, &session));
            body.insert(u"sessionId"_s, session.id);
        }
        transaction.commit();
        return ApiResponse::json(body, signedIn ? 200 : 201);
    });
}

} // namespace nacre::server
