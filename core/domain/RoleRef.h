#pragma once

#include "json/JsonReader.h"
#include "validation/NameRules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>

namespace nacre {

// Owner, Admin and Member exist in every workspace and cannot be edited or deleted. Owner holds every
// permission plus the owner-only actions (delete the workspace, give or take the Owner role);
// Admin holds every permission.
// Member is the least-privileged one, what invitations give unless the workspace chose another
// default: the view-only areas, nothing under Resources or the settings.
enum class BuiltinRole : quint8 { None, Owner, Admin, Member };

inline constexpr std::array<EnumName<BuiltinRole>, 4> BuiltinRoleNames {{
    {BuiltinRole::None, QLatin1String("none")},
    {BuiltinRole::Owner, QLatin1String("owner")},
    {BuiltinRole::Admin, QLatin1String("admin")},
    {BuiltinRole::Member, QLatin1String("member")},
}};

class BuiltinRoles
{
    Q_DECLARE_TR_FUNCTIONS(nacre::BuiltinRoles)

public:
    static PermissionSet permissions(BuiltinRole role);
    static QString storedName(BuiltinRole role); // the name kept in the database: "Owner", "Admin", "Member"
    static QString displayName(BuiltinRole role); // translated, for the screen
    static QString idOf(BuiltinRole role) { return BuiltinRoleNames[std::size_t(role)].name; }
    // The one order roles are shown in everywhere: Owner, Admin, Member, then the workspace's own
    // roles by name. Sort by (rank, name).
    static int rank(BuiltinRole role);
};

// A role as other resources point at it: enough to show and to pick, without its permissions.
struct RoleRef
{
    QString id;
    QString name;
    BuiltinRole builtin = BuiltinRole::None;

    bool isOwner() const { return builtin == BuiltinRole::Owner; }
    QString displayName() const { return builtin == BuiltinRole::None ? name : BuiltinRoles::displayName(builtin); }

    QJsonObject toJson() const;
    static Result<RoleRef> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const RoleRef&, const RoleRef&) = default;
    // Owner, Admin, Member, then by name (case-insensitively, in the reader's locale).
    static bool displayedBefore(const RoleRef& a, const RoleRef& b);
};

// The person behind an action ("invited by", "actor"): may be null when the account is gone.
struct PersonRef
{
    QString id;
    QString name;

    bool isNull() const { return id.isEmpty(); }
    QJsonValue toJson() const; // null for the null person
    static Result<PersonRef> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const PersonRef&, const PersonRef&) = default;
};

} // namespace nacre
