#pragma once

#include "domain/RoleRef.h"

#include <QDateTime>
#include <QJsonObject>

#include <array>

namespace nacre {

// Who did it: a member (signed in), an API key of the workspace (its id and name), or the system
// (nobody signed in, such as a failed sign-in, or the server on its own).
enum class AuditActorKind : quint8 { Member, ApiKey, System };

inline constexpr std::array<EnumName<AuditActorKind>, 3> AuditActorKindNames {{
    {AuditActorKind::Member, QLatin1String("member")},
    {AuditActorKind::ApiKey, QLatin1String("api_key")},
    {AuditActorKind::System, QLatin1String("system")},
}};

// One entry of a workspace's audit log: who did what to which target, the changed fields before and
// after, when and from where. Secrets never appear in `before`/`after`.
struct AuditEvent
{
    QString id;
    QString workspaceId;
    PersonRef actor; // null for the system; an API key's id and name for a key
    AuditActorKind actorKind = AuditActorKind::Member;
    QString actorEmail; // a member's address as it is now; empty for keys, the system and former accounts
    QString type; // stable, dotted: "member.role_changed", "workspace.settings_updated"
    QString targetType;
    QString targetId;
    QJsonObject before;
    QJsonObject after;
    QString address;
    QDateTime occurredAt;
    qint64 seq = 0; // the event's place in the workspace's hash chain, from 1

    QJsonObject toJson() const;
    static Result<AuditEvent> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const AuditEvent&, const AuditEvent&) = default;
};

} // namespace nacre
