#include "routes/InvitationRoutes.h"

#include "auth/Authenticator.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"
#include "validation/NameRules.h"
#include "validation/PasswordRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QJsonObject invitationJson(const InvitationRecord& record)
{
    return record.invitation.toJson();
}

QJsonObject resultJson(const InviteResult& result)
{
    QJsonObject json {{u"input"_s, result.input}, {u"email"_s, JsonReader::stringOrNull(result.email)},
        {u"outcome"_s, QString(InviteOutcomes::name(result.outcome))}};
    if (!result.reason.isEmpty())
        json.insert(u"reason"_s, result.reason);
    if (!result.invitationId.isEmpty())
        json.insert(u"invitationId"_s, result.invitationId);
    if (result.invitation)
        json.insert(u"invitation"_s, result.invitation->toJson());
    return json;
}

InviteRequest parseInvite(const ApiRequest& request)
{
    JsonReader reader = RouteSupport::bodyReader(request);
    InviteRequest invite {.emails = reader.stringList(u"emails"_s), .roleId = reader.id(u"roleId"_s)};
    reader.rejectUnknownFields();
    RouteSupport::throwIfInvalid(reader);
    return invite;
}

} // namespace

void InvitationRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces/{ws}/invitations"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const InvitationPage page
            = m_services.invitations.list(scope, request.queryValue(u"cursor"_s), RouteSupport::pageLimit(request));
        QJsonArray items;
        for (const InvitationRecord& record : page.items)
            items.append(invitationJson(record));
        return RouteSupport::list(items, page.nextCursor, page.total);
    });

    // ?dryRun=true answers what inviting would do, for the invite dialog's live checks, and
    // changes nothing.
    router.add("POST", u"/api/v1/workspaces/{ws}/invitations"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const InviteRequest invite = parseInvite(request);
        const bool dryRun = request.queryValue(u"dryRun"_s) == u"true"_s;
        const QList<InviteResult> results
            = dryRun ? m_services.invitations.classify(scope, invite) : m_services.invitations.invite(scope, invite);
        QJsonArray items;
        for (const InviteResult& result : results)
            items.append(resultJson(result));
        QJsonObject body {{u"results"_s, items}};
        if (dryRun)
            body.insert(u"dryRun"_s, true);
        return ApiResponse::json(body);
    });

    router.add("POST", u"/api/v1/workspaces/{ws}/invitations/{invitation}/resend"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const IssuedInvitation issued
            = m_services.invitations.renew(scope, request.param(u"invitation"_s), InvitationService::Renewal::Mail);
        return ApiResponse::json(invitationJson(issued.record));
    });

    // For an admin who hands the invitation over another way (chat, phone): a new token, not
    // mailed, returned once as a link. The earlier link stops working, as with a resend.
    router.add("POST", u"/api/v1/workspaces/{ws}/invitations/{invitation}/link"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const IssuedInvitation issued
            = m_services.invitations.renew(scope, request.param(u"invitation"_s), InvitationService::Renewal::Link);
        QJsonObject json = invitationJson(issued.record);
        json.insert(u"link"_s, m_services.invitations.linkFor(issued.token));
        json.insert(u"code"_s, issued.token);
        return ApiResponse::json(json);
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}/invitations/{invitation}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        m_services.invitations.revoke(scope, request.param(u"invitation"_s));
        return ApiResponse::noContent();
    });

    router.add("GET", u"/api/v1/invitations/{token}"_s, [this](ApiRequest& request) {
        const InvitationPreview preview = m_services.invitations.preview(request.param(u"token"_s));
        const Invitation& invitation = preview.record.invitation;
        return ApiResponse::json(QJsonObject {{u"workspaceName"_s, preview.record.workspaceName},
            {u"email"_s, invitation.email}, {u"role"_s, invitation.role.displayName()},
            {u"invitedBy"_s, JsonReader::stringOrNull(invitation.invitedBy.name)},
            {u"expiresAt"_s, JsonReader::formatDateTime(invitation.expiresAt)},
            {u"accountExists"_s, preview.accountExists}});
    });

    router.add("POST", u"/api/v1/invitations/{token}/accept"_s, [this](ApiRequest& request) {
        Acceptor acceptor {
            .signedIn = std::nullopt, .displayName = {}, .password = {}, .origin = Authenticator::originOf(request)};
        if (!request.bearerToken().isEmpty()) {
            acceptor.signedIn = m_auth.authenticate(request);
        } else {
            JsonReader reader = RouteSupport::bodyReader(request);
            acceptor.displayName = reader.validatedString(u"displayName"_s, &NameRules::displayName);
            acceptor.password = reader.validatedString(u"password"_s, &PasswordRules::validated);
            reader.rejectUnknownFields();
            RouteSupport::throwIfInvalid(reader);
        }
        const Acceptance accepted = m_services.invitations.accept(request.param(u"token"_s), acceptor);
        QJsonObject body {{u"workspaceId"_s, accepted.workspaceId}, {u"user"_s, accepted.user.toProfile().toJson()}};
        if (accepted.createdAccount) {
            body.insert(u"token"_s, accepted.sessionToken);
            body.insert(u"sessionId"_s, accepted.session.id);
        }
        return ApiResponse::json(body, accepted.createdAccount ? 201 : 200);
    });
}

} // namespace nacre::server
