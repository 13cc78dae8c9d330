#include "domain/RoleRef.h"

using namespace Qt::StringLiterals;

namespace nacre {

PermissionSet BuiltinRoles::permissions(BuiltinRole role)
{
    switch (role) {
    case BuiltinRole::Owner:
    case BuiltinRole::Admin:
        return PermissionSet::all();
    case BuiltinRole::Member:
        return PermissionSet {Permission::AnalyticsView, Permission::CallsView};
    case BuiltinRole::None:
        break;
    }
    return {};
}

int BuiltinRoles::rank(BuiltinRole role)
{
    switch (role) {
    case BuiltinRole::Owner:
        return 0;
    case BuiltinRole::Admin:
        return 1;
    case BuiltinRole::Member:
        return 2;
    case BuiltinRole::None:
        break;
    }
    return 3;
}

bool RoleRef::displayedBefore(const RoleRef& a, const RoleRef& b)
{
    const int rankA = BuiltinRoles::rank(a.builtin);
    const int rankB = BuiltinRoles::rank(b.builtin);
    if (rankA != rankB)
        return rankA < rankB;
    const int byName = QString::localeAwareCompare(a.displayName().toCaseFolded(), b.displayName().toCaseFolded());
    return byName != 0 ? byName < 0 : a.id < b.id;
}

QString BuiltinRoles::storedName(BuiltinRole role)
{
    switch (role) {
    case BuiltinRole::Owner:
        return u"Owner"_s;
    case BuiltinRole::Admin:
        return u"Admin"_s;
    case BuiltinRole::Member:
        return u"Member"_s;
    case BuiltinRole::None:
        break;
    }
    return {};
}

QString BuiltinRoles::displayName(BuiltinRole role)
{
    switch (role) {
    case BuiltinRole::Owner:
        return tr("Owner");
    case BuiltinRole::Admin:
        return tr("Admin");
    case BuiltinRole::Member:
        return tr("Member");
    case BuiltinRole::None:
        break;
    }
    return {};
}

QJsonObject RoleRef::toJson() const
{
    return QJsonObject {{u"id"_s, id}, {u"name"_s, name}, {u"builtin"_s, BuiltinRoles::idOf(builtin)}};
}

Result<RoleRef> RoleRef::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    RoleRef role;
    role.id = reader.id(u"id"_s);
    role.name = reader.string(u"name"_s);
    role.builtin = reader.enumeration<BuiltinRole>(u"builtin"_s, BuiltinRoleNames);
    return reader.finish(std::move(role));
}

QJsonValue PersonRef::toJson() const
{
    if (isNull())
        return QJsonValue::Null;
    return QJsonObject {{u"id"_s, id}, {u"name"_s, name}};
}

Result<PersonRef> PersonRef::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    PersonRef person;
    person.id = reader.id(u"id"_s);
    person.name = reader.string(u"name"_s);
    return reader.finish(std::move(person));
}

} // namespace nacre
