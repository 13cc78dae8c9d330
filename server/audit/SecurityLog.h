#pragma once

#include "auth/Origin.h"
#include "domain/RoleRef.h"
#include "domain/SecurityEvent.h"
#include "protocol/EventType.h"

#include <QJsonObject>

#include <optional>

namespace nacre::server {

class Database;

struct SecurityPage
{
    QList<SecurityEvent> items;
    QString nextCursor;
};

// What happened to an account, for the account's owner: sign-ins and failed ones, credential and
// profile changes, ended sessions. Account events belong to no workspace, so they live here rather
// than in any workspace's audit log. Like the audit log, it refuses keys that could carry a secret.
class SecurityLog
{
public:
    explicit SecurityLog(Database& database)
        : m_db(database)
    { }

    void record(
        const QString& userId, SecurityEventType type, const Origin& origin, const QJsonObject& detail, qint64 now);
    SecurityPage list(const QString& userId, const QString& cursor, int limit) const; // newest first

    // A deleted workspace takes its audit log along; this record of the deletion outlives it.
    struct Deletion
    {
        QString workspaceId;
        QString name;
        PersonRef deletedBy;
        int memberCount = 0;
        QString address;
    };
    void recordWorkspaceDeletion(const Deletion& deletion, qint64 now);
    std::optional<Deletion> findWorkspaceDeletion(const QString& workspaceId) const;

private:
    Database& m_db;
};

} // namespace nacre::server
