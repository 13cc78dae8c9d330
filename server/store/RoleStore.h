#pragma once

#include "store/Records.h"

#include <optional>

namespace nacre::server {

class Database;

class RoleStore
{
public:
    explicit RoleStore(Database& database)
        : m_db(database)
    { }

    void insert(const RoleRecord& record, qint64 now);
    // Only a role of this workspace: another workspace's id is "not found", like an unknown one.
    std::optional<RoleRecord> find(const QString& workspaceId, const QString& roleId) const;
    // The role a request body names in `field`: one of this workspace, or a 422 on that field
    // (another workspace's role id is as unknown here as a made-up one).
    RoleRecord requireForField(const QString& workspaceId, const QString& roleId, const QString& field) const;
    std::optional<RoleRecord> findBuiltin(const QString& workspaceId, BuiltinRole builtin) const;
    std::optional<RoleRecord> findByName(const QString& workspaceId, const QString& name) const;
    QList<RoleRecord> list(const QString& workspaceId) const; // built-ins first, then by name
    QStringList workspacesWithout(BuiltinRole builtin) const;
    bool update(const RoleRecord& record, qint64 expectedVersion);
    void remove(const QString& roleId);
    int pendingInvitations(const QString& roleId) const;

    static QString permissionsToText(const PermissionSet& permissions);
    static PermissionSet permissionsFromText(const QString& text);
    static BuiltinRole builtinFromText(const QString& text);

private:
    QList<RoleRecord> select(const QString& where, const QVariantList& values) const;
    Database& m_db;
};

} // namespace nacre::server
