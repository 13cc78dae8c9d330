#pragma once

#include "domain/RoleRef.h"

#include <QDateTime>
#include <QJsonObject>

namespace nacre {

// One entry of a workspace's audit log: who did what to which target, the changed fields before and
// after, when and from where. Secrets never appear in `before`/`after`.
struct AuditEvent
{
    QString id;
    QString workspaceId;
    PersonRef actor; // null for anonymous events such as a failed sign-in
    QString type; // stable, dotted: "member.role_changed", "workspace.settings_updated"
    QString targetType;
    QString targetId;
    QJsonObject before;
    QJsonObject after;
    QString address;
    QDateTime occurredAt;

    QJsonObject toJson() const;
    static Result<AuditEvent> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const AuditEvent&, const AuditEvent&) = default;
};

} // namespace nacre
