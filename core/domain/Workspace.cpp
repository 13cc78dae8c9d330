#include "domain/Workspace.h"

#include "validation/SessionTimeout.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject Workspace::toJson() const
{
    return QJsonObject {{u"id"_s, id}, {u"name"_s, name}, {u"plan"_s, plan},
        {u"createdAt"_s, JsonReader::formatDateTime(createdAt)}, {u"myRole"_s, myRole.toJson()},
        {u"myPermissions"_s, myPermissions.toJson()}, {u"requiresTwoFactor"_s, requiresTwoFactor},
        {u"sessionTimeoutMinutes"_s, sessionTimeoutMinutes},
        {u"defaultRoleId"_s, JsonReader::stringOrNull(defaultRoleId)}};
}

Result<Workspace> Workspace::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    Workspace workspace;
    workspace.id = reader.id(u"id"_s);
    workspace.name = reader.validatedString(u"name"_s, &NameRules::workspaceName);
    workspace.plan = reader.string(u"plan"_s);
    workspace.createdAt = reader.dateTime(u"createdAt"_s);
    workspace.myRole = reader.nested(u"myRole"_s, &RoleRef::fromJson);
    workspace.myPermissions = reader.permissions(u"myPermissions"_s);
    workspace.requiresTwoFactor = reader.optionalBoolean(u"requiresTwoFactor"_s).value_or(false);
    workspace.sessionTimeoutMinutes
        = int(reader.optionalInteger(u"sessionTimeoutMinutes"_s, SessionTimeout::MinMinutes, SessionTimeout::MaxMinutes)
                  .value_or(SessionTimeout::DefaultMinutes));
    workspace.defaultRoleId = reader.optionalId(u"defaultRoleId"_s);
    return reader.finish(std::move(workspace));
}

} // namespace nacre
