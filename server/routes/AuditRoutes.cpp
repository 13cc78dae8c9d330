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
        query.type = request.queryValue(u"type"_s);
        query.actorId = request.queryValue(u"actor"_s);
        query.cursor = request.queryValue(u"cursor"_s);
        query.limit = RouteSupport::pageLimit(request);
        const AuditPage page = m_services.audit.list(scope, query);
        QJsonArray items;
        for (const AuditEvent& event : page.items)
            items.append(event.toJson());
        return RouteSupport::list(items, page.nextCursor);
    });
}

} // namespace nacre::server
