#include "store/RoleStore.h"

#include "http/ApiError.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "validation/NameRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

QString RoleStore::permissionsToText(const PermissionSet& permissions)
{
    // Never a null QString: Qt Sql binds that as NULL, and a role may hold no permission at all.
    const QString text = permissions.toIds().join(u' ');
    return text.isNull() ? u""_s : text;
}

PermissionSet RoleStore::permissionsFromText(const QString& text)
{
    // Stored by this server, so every id is known; one that is not (a downgrade) grants nothing.
    return PermissionSet::fromIds(text.split(u' ', Qt::SkipEmptyParts)).valueOr({});
}

BuiltinRole RoleStore::builtinFromText(const QString& text)
{
    return enumFromName<BuiltinRole>(BuiltinRoleNames, text).value_or(BuiltinRole::None);
}

void RoleStore::insert(const RoleRecord& record, qint64 now)
{
    SqlQuery(m_db,
        u"INSERT INTO roles (id, workspace_id, name, name_key, builtin, permissions, version, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 1, ?)"_s)
        .bind(record.role.id)
        .bind(record.workspaceId)
        .bind(record.role.name)
        .bind(NameRules::identityKey(record.role.name))
        .bind(BuiltinRoles::idOf(record.role.builtin))
        .bind(permissionsToText(record.role.permissions))
        .bind(now)
        .exec();
}

QStringList RoleStore::workspacesWithout(BuiltinRole builtin) const
{
    SqlQuery query(m_db,
        u"SELECT w.id FROM workspaces w WHERE NOT EXISTS "
        "(SELECT 1 FROM roles r WHERE r.workspace_id = w.id AND r.builtin = ?) ORDER BY w.id"_s);
    query.bind(BuiltinRoles::idOf(builtin)).exec();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

QList<RoleRecord> RoleStore::select(const QString& where, const QVariantList& values) const
{
    SqlQuery query(m_db,
        u"SELECT r.id, r.workspace_id, r.name, r.builtin, r.permissions, r.version, r.member_count "
        "FROM roles r WHERE "_s
            + where
            + u" ORDER BY CASE r.builtin WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, "
              "r.name_key, r.id"_s);
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QList<RoleRecord> roles;
    while (query.next()) {
        RoleRecord record;
        record.role.id = query.text(0);
        record.workspaceId = query.text(1);
        record.role.name = query.text(2);
        record.role.builtin = builtinFromText(query.text(3));
        record.role.permissions = record.role.isBuiltin() ? BuiltinRoles::permissions(record.role.builtin)
                                                          : permissionsFromText(query.text(4));
        record.version = query.integer(5);
        record.role.memberCount = int(query.integer(6));
        roles.append(record);
    }
    return roles;
}

std::optional<RoleRecord> RoleStore::find(const QString& workspaceId, const QString& roleId) const
{
    const QList<RoleRecord> roles = select(u"r.workspace_id = ? AND r.id = ?"_s, {workspaceId, roleId});
    return roles.isEmpty() ? std::nullopt : std::optional(roles.constFirst());
}

RoleRecord RoleStore::requireForField(const QString& workspaceId, const QString& roleId, const QString& field) const
{
    const auto role = find(workspaceId, roleId);
    if (!role)
        throw ApiError::validation(FieldError {
            field, QString::fromLatin1(ErrorCode::UnknownValue), u"There is no such role in this workspace."_s});
    return *role;
}

std::optional<RoleRecord> RoleStore::findBuiltin(const QString& workspaceId, BuiltinRole builtin) const
{
    const QList<RoleRecord> roles
        = select(u"r.workspace_id = ? AND r.builtin = ?"_s, {workspaceId, BuiltinRoles::idOf(builtin)});
    return roles.isEmpty() ? std::nullopt : std::optional(roles.constFirst());
}

std::optional<RoleRecord> RoleStore::findByName(const QString& workspaceId, const QString& name) const
{
    const QList<RoleRecord> roles
        = select(u"r.workspace_id = ? AND r.name_key = ?"_s, {workspaceId, NameRules::identityKey(name)});
    return roles.isEmpty() ? std::nullopt : std::optional(roles.constFirst());
}

QList<RoleRecord> RoleStore::list(const QString& workspaceId) const
{
    return select(u"r.workspace_id = ?"_s, {workspaceId});
}

bool RoleStore::update(const RoleRecord& record, qint64 expectedVersion)
{
    SqlQuery query(m_db,
        u"UPDATE roles SET name = ?, name_key = ?, permissions = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"_s);
    query.bind(record.role.name)
        .bind(NameRules::identityKey(record.role.name))
        .bind(permissionsToText(record.role.permissions))
        .bind(record.role.id)
        .bind(expectedVersion)
        .exec();
    return query.rowsAffected() == 1;
}

void RoleStore::remove(const QString& roleId)
{
    SqlQuery(m_db, u"DELETE FROM roles WHERE id = ?"_s).bind(roleId).exec();
}

int RoleStore::pendingInvitations(const QString& roleId) const
{
    SqlQuery query(m_db, u"SELECT COUNT(*) FROM invitations WHERE role_id = ? AND status = 'pending'"_s);
    query.bind(roleId).exec();
    return query.next() ? int(query.integer(0)) : 0;
}

} // namespace nacre::server
