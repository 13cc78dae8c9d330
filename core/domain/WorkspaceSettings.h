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

    QJsonObject toJson() const;
    // Applies the shared rules: a valid name, valid emails (normalized), a timeout in range.
    static Result<WorkspaceSettings> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const WorkspaceSettings&, const WorkspaceSettings&) = default;
};

} // namespace nacre
