#pragma once

#include "json/JsonReader.h"

#include <QString>

#include <array>

namespace nacre::server {

class Database;

// One audit event as stored: what its hash covers.
struct StoredAuditEvent
{
    QString id;
    QString workspaceId;
    QString actorKind; // "member", "api_key", "system"
    QString actorId;
    QString actorName;
    QString type;
    QString targetType;
    QString targetId;
    QString beforeJson;
    QString afterJson;
    QString address;
    qint64 occurredAt = 0;
    qint64 seq = 0;
    QString prevHash;
};

// What verifying a workspace's chain found: intact, or the first broken link.
struct AuditVerification
{
    enum class Problem : quint8 { None, Altered, Missing, Unlinked };

    qint64 events = 0; // events checked
    QString head; // the chain's last hash, as the workspace's row records it
    Problem problem = Problem::None;
    qint64 brokenSeq = 0; // the chain's place where it breaks
    QString brokenEventId; // the event found there (empty when it is missing)

    bool intact() const { return problem == Problem::None; }
};

// The problems' names on the wire (GET …/audit-log/verify).
inline constexpr std::array<EnumName<AuditVerification::Problem>, 3> AuditProblemNames {{
    {AuditVerification::Problem::Altered, QLatin1String("altered")},
    {AuditVerification::Problem::Missing, QLatin1String("missing")},
    {AuditVerification::Problem::Unlinked, QLatin1String("unlinked")},
}};

// The hash chain of each workspace's audit log (migration 0011): every event stores its place, the
// hash of the event before it and its own SHA-256 over its content and that link; the workspace's
// row keeps the chain's length and last hash. Editing an event breaks its hash, deleting one
// leaves a gap (or a short chain), inserting one outside the chain leaves it unlinked. Tamper
// evidence, not prevention: someone who can rewrite the database can rewrite the whole chain; an
// archived copy of the head (`verify` reports it) is what proves that did not happen.
class AuditChain
{
public:
    explicit AuditChain(Database& database)
        : m_db(database)
    { }

    // Gives `event` its place after the workspace's last event (seq and prevHash), locking the
    // workspace's chain until the caller's transaction ends, and returns the event's hash; the
    // caller stores the event with it, then calls advance().
    QString link(StoredAuditEvent& event);
    void advance(const QString& workspaceId, const QString& hash);

    AuditVerification verify(const QString& workspaceId) const;

    // Links the events written before the chain existed (migration 0011), in the order they happened.
    void linkUnchained();

    static QString hashOf(const StoredAuditEvent& event);

private:
    Database& m_db;
};

} // namespace nacre::server
