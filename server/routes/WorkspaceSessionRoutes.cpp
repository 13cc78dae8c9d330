#include "routes/WorkspaceSessionRoutes.h"

#include "auth/Authenticator.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"
#include "services/WorkspaceSessionService.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void WorkspaceSessionRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces/{ws}/sessions"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        QJsonArray items;
        for (const MemberSession& found : m_services.workspaceSessions.list(scope, request.queryValue(u"member"_s))) {
            const SessionRecord& session = found.session;
            items.append(QJsonObject {{u"id"_s, session.id},
                {u"member"_s,
                    QJsonObject {{u"userId"_s, found.member.userId}, {u"displayName"_s, found.member.displayName},
                        {u"email"_s, found.member.email}}},
                {u"createdAt"_s, JsonReader::formatDateTime(fromMs(session.createdAt))},
                {u"lastActiveAt"_s, JsonReader::formatDateTime(fromMs(session.lastActiveAt))},
                {u"lastSeenAt"_s, JsonReader::formatDateTime(fromMs(session.lastSeenAt))},
                {u"expiresAt"_s, JsonReader::formatDateTime(fromMs(session.expiresAt))},
                {u"address"_s, session.address}, {u"userAgent"_s, session.userAgent},
                {u"current"_s, session.id == scope.auth.session.id}});
        }
        return RouteSupport::list(items, {}, items.size());
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}/sessions/{session}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        m_services.workspaceSessions.endSession(scope, request.param(u"session"_s));
        return ApiResponse::noContent();
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}/members/{user}/sessions"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const int ended = m_services.workspaceSessions.signOutMember(scope, request.param(u"user"_s));
        return ApiResponse::json(QJsonObject {{u"sessionsEnded"_s, ended}});
    });
}

} // namespace nacre::server
