#pragma once

#include "validation/Result.h"
#include "validation/SessionTimeout.h"

#include <QJsonObject>
#include <QString>

namespace nacre {

// What the General Settings page edits. Both emails are optional (empty means "not set").
struct WorkspaceSettings
{
    QString name;
    QString billingEmail;
    QString notificationsEmail;
    bool newsletter = false;
    int sessionTimeoutMinutes = SessionTimeout::DefaultMinutes;
    bool publicRecordings = false;
    bool requireTwoFactor = false;
    // The role invitations offer unless the inviter picks another; the built-in Member until an
    // admin chooses otherwise (never Owner).
    QString defaultRoleId;

    QJsonObject toJson() const;
    // Applies the shared rules: a valid name, valid emails (normalized), a timeout in range.
    static Result<WorkspaceSettings> fromJson(const QJsonObject& object, const QString& path = {});
    // The fields of `to` that differ from `from` (as JSON, `to`'s values): what a PATCH sends and
    // what the audit log records as "after"; `previous` receives `from`'s values of those fields.
    static QJsonObject changes(
        const WorkspaceSettings& from, const WorkspaceSettings& to, QJsonObject* previous = nullptr);

    friend bool operator==(const WorkspaceSettings&, const WorkspaceSettings&) = default;
};

} // namespace nacre
