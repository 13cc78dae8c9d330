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
