#include "domain/Role.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject Role::toJson() const
{
    return QJsonObject {{u"id"_s, id}, {u"name"_s, name}, {u"builtin"_s, BuiltinRoles::idOf(builtin)},
        {u"permissions"_s, permissions.toJson()}, {u"memberCount"_s, memberCount}};
}

Result<Role> Role::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    Role role;
    role.id = reader.id(u"id"_s);
    role.name = reader.validatedString(u"name"_s, &NameRules::roleName);
    role.builtin = reader.enumeration<BuiltinRole>(u"builtin"_s, BuiltinRoleNames);
    role.permissions = reader.permissions(u"permissions"_s);
    role.memberCount = int(reader.integer(u"memberCount"_s, 0, std::numeric_limits<int>::max()));
    return reader.finish(std::move(role));
}

} // namespace nacre
