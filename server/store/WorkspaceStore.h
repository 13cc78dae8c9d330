#pragma once

#include "domain/Workspace.h"
#include "store/Records.h"

#include <optional>

namespace nacre::server {

class Database;

class WorkspaceStore
{
public:
    explicit WorkspaceStore(Database& database)
        : m_db(database)
    { }

    void insert(const WorkspaceRecord& workspace);
    // Inside a write transaction: holds the workspace's row until it ends, so writes in one workspace
    // run one after another (PostgreSQL: SELECT … FOR UPDATE; SQLite's BEGIN IMMEDIATE holds the one
    // write lock already).
    void lockForChange(const QString& id);
    std::optional<WorkspaceRecord> find(const QString& id) const;
    // Writes only when the stored version is still `expectedVersion`; false means someone else won.
    bool updateSettings(const QString& id, const WorkspaceSettings& settings, qint64 expectedVersion);
    void remove(const QString& id);
    // The account's workspaces with its role in each, by name.
    QList<Workspace> listForUser(const QString& userId) const;

private:
    Database& m_db;
};

} // namespace nacre::server
