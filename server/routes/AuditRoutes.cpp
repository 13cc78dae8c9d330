#include "routes/AuditRoutes.h"

#include "auth/Authenticator.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

qint64 timeParameter(const ApiRequest& request, const QString& key)
{
    const QString text = request.queryValue(key);
    if (text.isEmpty())
        return 0;
    JsonReader reader(QJsonObject {{key, text}});
    const QDateTime at = reader.dateTime(key);
    RouteSupport::throwIfInvalid(reader);
    return at.toMSecsSinceEpoch();
}

} // namespace

void AuditRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces/{ws}/audit-log"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AuditQuery query;
        query.from = timeParameter(request, u"from"_s);
        query.until = timeParameter(request, u"until"_s);
        // Several types, comma-separated: a group of the client's filter ("every member event").
        query.types = request.queryValue(u"type"_s).split(u',', Qt::SkipEmptyParts);
        query.actorId = request.queryValue(u"actor"_s);
        query.targetId = request.queryValue(u"target"_s);
        query.cursor = request.queryValue(u"cursor"_s);
        query.limit = RouteSupport::pageLimit(request);
        const AuditPage page = m_services.audit.list(scope, query);
        QJsonArray items;
        for (const AuditEvent& event : page.items)
            items.append(event.toJson());
        return RouteSupport::list(items, page.nextCursor, page.total);
    });
    router.add("GET", u"/api/v1/workspaces/{ws}/audit-log/verify"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const AuditVerification found = m_services.audit.verify(scope);
        QJsonObject body {{u"intact"_s, found.intact()}, {u"events"_s, found.events}, {u"head"_s, found.head}};
        if (!found.intact()) {
            body.insert(u"broken"_s,
                QJsonObject {{u"seq"_s, found.brokenSeq}, {u"eventId"_s, JsonReader::stringOrNull(found.brokenEventId)},
                    {u"problem"_s, nameOfEnum<AuditVerification::Problem>(AuditProblemNames, found.problem)}});
        }
        return ApiResponse::json(body);
    });
}

} // namespace nacre::server
