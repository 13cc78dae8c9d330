#include "store/WorkspaceStore.h"

#include "store/Database.h"
#include "store/RoleStore.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void WorkspaceStore::lockForChange(const QString& id)
{
    if (!m_db.isSqlite())
        SqlQuery(m_db, u"SELECT id FROM workspaces WHERE id = ? FOR UPDATE"_s).bind(id).exec();
}

void WorkspaceStore::insert(const WorkspaceRecord& workspace)
{
    const WorkspaceSettings& s = workspace.settings;
    SqlQuery(m_db,
        u"INSERT INTO workspaces (id, name, billing_email, notifications_email, newsletter, "
        "session_timeout_minutes, public_recordings, require_two_factor, version, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s)
        .bind(workspace.id)
        .bind(s.name)
        .bindNullableText(s.billingEmail)
        .bindNullableText(s.notificationsEmail)
        .bind(s.newsletter ? 1 : 0)
        .bind(s.sessionTimeoutMinutes)
        .bind(s.publicRecordings ? 1 : 0)
        .bind(s.requireTwoFactor ? 1 : 0)
        .bind(workspace.createdAt)
        .exec();
    SqlQuery(m_db, u"INSERT INTO subscriptions (workspace_id, plan, created_at) VALUES (?, ?, ?)"_s)
        .bind(workspace.id)
        .bind(workspace.plan)
        .bind(workspace.createdAt)
        .exec();
}

std::optional<WorkspaceRecord> WorkspaceStore::find(const QString& id) const
{
    SqlQuery query(m_db,
        u"SELECT w.id, w.name, w.billing_email, w.notifications_email, w.newsletter, "
        "w.session_timeout_minutes, w.public_recordings, w.require_two_factor, w.version, "
        "w.created_at, s.plan, COALESCE(w.default_role_id, (SELECT r.id FROM roles r WHERE r.workspace_id = w.id "
        "AND r.builtin = 'member')) FROM workspaces w JOIN subscriptions s ON s.workspace_id = w.id "
        "WHERE w.id = ?"_s);
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    WorkspaceRecord record;
    record.id = query.text(0);
    record.settings.name = query.text(1);
    record.settings.billingEmail = query.text(2);
    record.settings.notificationsEmail = query.text(3);
    record.settings.newsletter = query.flag(4);
    record.settings.sessionTimeoutMinutes = int(query.integer(5));
    record.settings.publicRecordings = query.flag(6);
    record.settings.requireTwoFactor = query.flag(7);
    record.version = query.integer(8);
    record.createdAt = query.integer(9);
    record.plan = query.text(10);
    record.settings.defaultRoleId = query.text(11);
    return record;
}

bool WorkspaceStore::updateSettings(const QString& id, const WorkspaceSettings& s, qint64 expectedVersion)
{
    SqlQuery query(m_db,
        u"UPDATE workspaces SET name = ?, billing_email = ?, notifications_email = ?, newsletter = ?, "
        "session_timeout_minutes = ?, public_recordings = ?, require_two_factor = ?, default_role_id = ?, "
        "version = version + 1 WHERE id = ? AND version = ?"_s);
    query.bind(s.name)
        .bindNullableText(s.billingEmail)
        .bindNullableText(s.notificationsEmail)
        .bind(s.newsletter ? 1 : 0)
        .bind(s.sessionTimeoutMinutes)
        .bind(s.publicRecordings ? 1 : 0)
        .bind(s.requireTwoFactor ? 1 : 0)
        .bindNullableText(s.defaultRoleId)
        .bind(id)
        .bind(expectedVersion)
        .exec();
    return query.rowsAffected() == 1;
}

void WorkspaceStore::remove(const QString& id)
{
    // Memberships point at roles without cascading (a role in use must not vanish), so they go first;
    // everything else of the workspace cascades from the workspace row.
    SqlQuery(m_db, u"DELETE FROM memberships WHERE workspace_id = ?"_s).bind(id).exec();
    SqlQuery(m_db, u"DELETE FROM invitations WHERE workspace_id = ?"_s).bind(id).exec();
    SqlQuery(m_db, u"DELETE FROM workspaces WHERE id = ?"_s).bind(id).exec();
}

QList<Workspace> WorkspaceStore::listForUser(const QString& userId) const
{
    SqlQuery query(m_db,
        u"SELECT w.id, w.name, s.plan, w.created_at, r.id, r.name, r.builtin, r.permissions, w.require_two_factor, "
        "w.session_timeout_minutes, COALESCE(w.default_role_id, (SELECT d.id FROM roles d WHERE d.workspace_id = w.id "
        "AND d.builtin = 'member')) FROM memberships m JOIN workspaces w ON w.id = m.workspace_id "
        "JOIN subscriptions s ON s.workspace_id = w.id JOIN roles r ON r.id = m.role_id "
        "WHERE m.user_id = ? ORDER BY w.name, w.id"_s);
    query.bind(userId).exec();
    QList<Workspace> workspaces;
    while (query.next()) {
        Workspace workspace;
        workspace.id = query.text(0);
        workspace.name = query.text(1);
        workspace.plan = query.text(2);
        workspace.createdAt = fromMs(query.integer(3));
        workspace.myRole = RoleRef {query.text(4), query.text(5), RoleStore::builtinFromText(query.text(6))};
        workspace.myPermissions = RoleStore::permissionsFromText(query.text(7));
        workspace.requiresTwoFactor = query.integer(8) != 0;
        workspace.sessionTimeoutMinutes = int(query.integer(9));
        workspace.defaultRoleId = query.text(10);
        workspaces.append(workspace);
    }
    return workspaces;
}

} // namespace nacre::server
