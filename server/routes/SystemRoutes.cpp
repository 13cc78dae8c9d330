#include "routes/SystemRoutes.h"

#include "http/Metrics.h"
#include "http/Router.h"
#include "permissions/Permission.h"
#include "services/Services.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nacre::server {

void SystemRoutes::install(Router& router)
{
    router.add("GET", u"/healthz"_s, [this](ApiRequest&) {
        m_health.check(); // the database answers, or this is a 500
        return ApiResponse::json(QJsonObject {{u"status"_s, u"ok"_s}});
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

void MetricsRoutes::install(Router& router)
{
    router.add("GET", u"/metrics"_s, [this](ApiRequest&) {
        return ApiResponse::text(m_metrics.exposition(), "text/plain; version=0.0.4; charset=utf-8");
    });
}

} // namespace nacre::server
