#include "permissions/Permission.h"

#include "permissions/PermissionSet.h"

#include <array>

using namespace Qt::StringLiterals;

namespace nacre {

namespace {

using P = Permission;
using A = PermissionArea;

// Labels and descriptions are marked for translation here and translated at the point of display.
constexpr std::array<PermissionInfo, PermissionCatalog::Count> Catalog {{
    {P::PearlsManage, A::Pearls, "pearls.manage"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Manage Pearls"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Create and edit Pearls, including access to PearlVibe.")},
    {P::ActivitiesModerate, A::Activities, "activities.moderate"_L1,
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Moderate activities"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Moderate activity status.")},
    {P::AnalyticsView, A::Analytics, "analytics.view"_L1,
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "View analytics"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "View analytics.")},
    {P::LeadsManage, A::Leads, "leads.manage"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Manage leads"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "View and moderate leads.")},
    {P::CallsView, A::Calls, "calls.view"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "View calls"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "View calls and post-call information.")},
    {P::ResourcesPhoneNumbers, A::Resources, "resources.phone_numbers"_L1,
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Phone numbers"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Manage the workspace's phone numbers.")},
    {P::ResourcesAgents, A::Resources, "resources.agents"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Agents"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Manage the workspace's agents.")},
    {P::ResourcesApiKeys, A::Resources, "resources.api_keys"_L1,
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "API keys"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Create and revoke the workspace's API keys.")},
    {P::ResourcesUsers, A::Resources, "resources.users"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Users"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Invite users, change their roles and remove them.")},
    {P::SettingsGeneral, A::Workspace, "settings.general"_L1,
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "General settings"),
        QT_TRANSLATE_NOOP(
            "nacre::PermissionCatalog", "Edit the workspace name, billing and notifications email, and newsletter.")},
    {P::SettingsAdvanced, A::AdvancedSettings, "settings.advanced"_L1,
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Security and sessions"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog",
            "Manage security and sessions: session timeout, public recordings and the 2FA requirement.")},
    {P::AuditLogView, A::AuditLog, "audit_log.view"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "View audit log"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "View and export the audit log.")},
    {P::BillingManage, A::Billing, "billing.manage"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Manage billing"),
        QT_TRANSLATE_NOOP("nacre::PermissionCatalog",
            "Manage account billing: subscription, payment methods, invoices and auto-recharge.")},
}};

struct AreaInfo
{
    PermissionArea area;
    QLatin1String id;
    const char* label;
};

constexpr std::array<AreaInfo, 10> Areas {{
    {A::Pearls, "pearls"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Pearls")},
    {A::Activities, "activities"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Activities")},
    {A::Analytics, "analytics"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Analytics")},
    {A::Leads, "leads"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Leads")},
    {A::Calls, "calls"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Calls")},
    {A::Resources, "resources"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Resources")},
    {A::Workspace, "workspace"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Workspace")},
    {A::AdvancedSettings, "advanced_settings"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Advanced settings")},
    {A::AuditLog, "audit_log"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Audit log")},
    {A::Billing, "billing"_L1, QT_TRANSLATE_NOOP("nacre::PermissionCatalog", "Billing")},
}};

// The tables are indexed by enum value; keep them in step with the enums.
constexpr bool catalogMatchesEnum()
{
    for (std::size_t i = 0; i < Catalog.size(); ++i) {
        if (std::size_t(Catalog[i].permission) != i)
            return false;
    }
    for (std::size_t i = 0; i < Areas.size(); ++i) {
        if (std::size_t(Areas[i].area) != i)
            return false;
    }
    return true;
}
static_assert(catalogMatchesEnum(), "Catalog and Areas must list the enums in declaration order");

} // namespace

std::span<const PermissionInfo> PermissionCatalog::all()
{
    return Catalog;
}

const PermissionInfo& PermissionCatalog::info(Permission permission)
{
    return Catalog[std::size_t(permission)];
}

QString PermissionCatalog::id(Permission permission)
{
    return info(permission).id;
}

std::optional<Permission> PermissionCatalog::fromId(QStringView id)
{
    for (const PermissionInfo& entry : Catalog) {
        if (entry.id == id)
            return entry.permission;
    }
    return std::nullopt;
}

QString PermissionCatalog::label(Permission permission)
{
    return tr(info(permission).label);
}

QStringList PermissionCatalog::labels(const PermissionSet& permissions)
{
    QStringList result;
    for (const Permission permission : permissions.toList())
        result.append(label(permission));
    return result;
}

QString PermissionCatalog::description(Permission permission)
{
    return tr(info(permission).description);
}

QList<PermissionArea> PermissionCatalog::areas()
{
    QList<PermissionArea> result;
    for (const AreaInfo& entry : Areas)
        result.append(entry.area);
    return result;
}

QString PermissionCatalog::areaLabel(PermissionArea area)
{
    return tr(Areas[std::size_t(area)].label);
}

QString PermissionCatalog::areaId(PermissionArea area)
{
    return Areas[std::size_t(area)].id;
}

QList<Permission> PermissionCatalog::permissionsIn(PermissionArea area)
{
    QList<Permission> result;
    for (const PermissionInfo& entry : Catalog) {
        if (entry.area == area)
            result.append(entry.permission);
    }
    return result;
}

} // namespace nacre
