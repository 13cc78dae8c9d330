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

    const RoleRecord ownerRole = addBuiltinRole(context, workspace.id, BuiltinRole::Owner);
    addBuiltinRole(context, workspace.id, BuiltinRole::Admin);
    addBuiltinRole(context, workspace.id, BuiltinRole::Member);
    context.members.insert(workspace.id, owner.id, ownerRole.role.id, now);
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

RoleRecord WorkspaceFactory::addBuiltinRole(ServerContext& context, const QString& workspaceId, BuiltinRole builtin)
{
    RoleRecord role;
    role.workspaceId = workspaceId;
    role.role.id = Tokens::newId();
    role.role.name = BuiltinRoles::storedName(builtin);
    // Only the stored name: a built-in is always shown by its translated name. A custom role that
    // took the name before the built-in existed keeps it.
    if (context.roles.findByName(workspaceId, role.role.name))
        role.role.name += u" (built-in)"_s;
    role.role.builtin = builtin;
    role.role.permissions = BuiltinRoles::permissions(builtin);
    context.roles.insert(role, context.clock.nowMs());
    return role;
}

int WorkspaceFactory::addMissingBuiltinRoles(ServerContext& context)
{
    int added = 0;
    for (const BuiltinRole builtin : {BuiltinRole::Owner, BuiltinRole::Admin, BuiltinRole::Member}) {
        for (const QString& workspaceId : context.roles.workspacesWithout(builtin)) {
            addBuiltinRole(context, workspaceId, builtin);
            ++added;
        }
    }
    return added;
}

} // namespace nacre::server
