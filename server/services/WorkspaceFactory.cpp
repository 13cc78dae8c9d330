#include "services/WorkspaceFactory.h"

#include "ServerContext.h"
#include "auth/Tokens.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

WorkspaceRecord WorkspaceFactory::create(
    ServerContext& context, const QString& name, const UserRecord& owner, const QString& address)
{
    const qint64 now = context.clock.nowMs();
    WorkspaceRecord workspace;
    workspace.id = Tokens::newId();
    workspace.settings.name = name;
    workspace.settings.notificationsEmail = owner.email;
    workspace.settings.billingEmail = owner.email;
    workspace.plan = u"free"_s;
    workspace.createdAt = now;
    context.workspaces.insert(workspace);

    QString ownerRoleId;
    for (const BuiltinRole builtin : {BuiltinRole::Owner, BuiltinRole::Admin}) {
        RoleRecord role;
        role.workspaceId = workspace.id;
        role.role.id = Tokens::newId();
        role.role.name = BuiltinRoles::storedName(builtin);
        role.role.builtin = builtin;
        role.role.permissions = BuiltinRoles::permissions(builtin);
        context.roles.insert(role, now);
        if (builtin == BuiltinRole::Owner)
            ownerRoleId = role.role.id;
    }
    context.members.insert(workspace.id, owner.id, ownerRoleId, now);
    context.audit.record(AuditEntry {.workspaceId = workspace.id,
                             .actor = PersonRef {owner.id, owner.displayName},
                             .type = AuditEventType::WorkspaceCreated,
                             .targetType = u"workspace"_s,
                             .targetId = workspace.id,
                             .after = QJsonObject {{u"name"_s, name}, {u"plan"_s, workspace.plan}},
                             .address = address},
        now);
    return workspace;
}

} // namespace nacre::server
