#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace nacre {

class PermissionSet;

// Every permission a role can hold. The numeric order is the catalog's display order; the string id
// (PermissionCatalog::id) is what the API and the database store, and never changes once released.
enum class Permission : quint8 {
    PearlsManage,
    ActivitiesModerate,
    AnalyticsView,
    LeadsManage,
    CallsView,
    ResourcesPhoneNumbers,
    ResourcesAgents,
    ResourcesApiKeys,
    ResourcesUsers,
    SettingsGeneral,
    SettingsAdvanced,
    AuditLogView,
    BillingManage,
};

// Areas group permissions in the role editor, in this order.
enum class PermissionArea : quint8 {
    Pearls,
    Activities,
    Analytics,
    Leads,
    Calls,
    Resources,
    Workspace,
    AdvancedSettings,
    AuditLog,
    Billing,
};

struct PermissionInfo
{
    Permission permission;
    PermissionArea area;
    QLatin1String id;
    const char* label; // source text, translated through PermissionCatalog
    const char* description; // the product text's "what it allows"
};

// The catalog of DESIGN.md, the single source of truth for the server (what it enforces and serves
// at GET /permissions) and the client (what the role editor shows).
class PermissionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(nacre::PermissionCatalog)

public:
    static constexpr int Count = 13;

    static std::span<const PermissionInfo> all();
    static const PermissionInfo& info(Permission permission);

    static QString id(Permission permission);
    static std::optional<Permission> fromId(QStringView id);
    static QString label(Permission permission);
    static QStringList labels(const PermissionSet& permissions); // in catalog order
    static QString description(Permission permission);

    static QList<PermissionArea> areas();
    static QString areaLabel(PermissionArea area);
    static QString areaId(PermissionArea area);
    static QList<Permission> permissionsIn(PermissionArea area);
};

} // namespace nacre
