#pragma once

#include "domain/AuditEvent.h"
#include "protocol/EventType.h"

#include <QJsonObject>

namespace nacre::server {

class Database;

// One change to record. Filled by name (designated initializers), so a field is never the one beside it.
struct AuditEntry
{
    QString workspaceId;
    PersonRef actor; // null: the system
    AuditActorKind actorKind = AuditActorKind::Member; // ApiKey: `actor` is the key's id and name
    AuditEventType type = AuditEventType::WorkspaceCreated;
    QString targetType;
    QString targetId;
    QJsonObject before;
    QJsonObject after;
    QString address;
};

struct AuditQuery
{
    qint64 from = 0; // inclusive, ms
    qint64 until = 0; // exclusive, ms; 0 = open
    QStringList types; // any of these; empty: every type
    QString actorId; // a member's user id or a key's id; "system" for the system's events
    QString targetId; // the member, role, invitation or key the events are about
    QString cursor;
    int limit = 50;
};

struct AuditPage
{
    QList<AuditEvent> items;
    QString nextCursor;
    qint64 total = -1; // how many events the filters select; counted for the first page only
};

// The workspace's audit log. Written by the same transaction as the change it records; keys that
// could carry a secret are refused at the door, so no password, token or hash is ever stored.
class AuditLog
{
public:
    explicit AuditLog(Database& database)
        : m_db(database)
    { }

    // Appends the event to the workspace's hash chain (AuditChain), in the caller's transaction.
    void record(const AuditEntry& entry, qint64 now);
    AuditPage list(const QString& workspaceId, const AuditQuery& query) const; // newest first

    static bool isSecretKey(const QString& key);
    static void assertNoSecrets(const QJsonObject& object); // throws std::logic_error

private:
    Database& m_db;
};

} // namespace nacre::server
