#include "routes/SystemRoutes.h"

#include "ServerContext.h"
#include "http/Metrics.h"
#include "http/Router.h"
#include "permissions/Permission.h"
#include "store/SqlQuery.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nacre::server {

SystemRoutes::SystemRoutes(ServerContext& context, const Metrics& metrics)
    : m_context(context)
    , m_metrics(metrics)
{ }

void SystemRoutes::install(Router& router)
{
    router.add("GET", u"/healthz"_s, [this](ApiRequest&) {
        SqlQuery(m_context.db, u"SELECT 1"_s).exec(); // the database answers, or this is a 500
        return ApiResponse::json(QJsonObject {{u"status"_s, u"ok"_s}});
    });

    router.add("GET", u"/metrics"_s, [this](ApiRequest&) {
        return ApiResponse::text(m_metrics.exposition(), "text/plain; version=0.0.4; charset=utf-8");
    });

    router.add("GET", u"/api/v1/permissions"_s, [](ApiRequest&) {
        QJsonArray areas;
        for (const PermissionArea area : PermissionCatalog::areas()) {
            QJsonArray permissions;
            for (const Permission permission : PermissionCatalog::permissionsIn(area))
                permissions.append(QJsonObject {{u"id"_s, PermissionCatalog::id(permission)},
                    {u"label"_s, PermissionCatalog::label(permission)},
                    {u"description"_s, PermissionCatalog::description(permission)}});
            areas.append(QJsonObject {{u"id"_s, PermissionCatalog::areaId(area)},
                {u"label"_s, PermissionCatalog::areaLabel(area)}, {u"permissions"_s, permissions}});
        }
        return ApiResponse::json(QJsonObject {{u"areas"_s, areas}});
    });
}

} // namespace nacre::server
