#pragma once

#include "domain/Workspace.h"
#include "services/Service.h"

#include <optional>

namespace nacre::server {

// A change to a workspace's settings: each field present or not. The general fields need the
// "Workspace" permission, the advanced ones "Advanced settings"; a change that names no field
// still needs one of them, and a change that changes nothing moves neither version nor audit log.
struct SettingsPatch
{
    std::optional<QString> name;
    std::optional<QString> billingEmail; // a null string clears it
    std::optional<QString> notificationsEmail; // a null string clears it
    std::optional<bool> newsletter;
    std::optional<int> sessionTimeoutMinutes;
    std::optional<bool> publicRecordings;
    std::optional<bool> requireTwoFactor;
    std::optional<QString> defaultRoleId;

    bool touchesGeneral() const { return name || billingEmail || notificationsEmail || newsletter || defaultRoleId; }
    bool touchesAdvanced() const { return sessionTimeoutMinutes || publicRecordings || requireTwoFactor; }
    WorkspaceSettings appliedTo(WorkspaceSettings settings) const;
};

struct WorkspaceListPage
{
    QList<Workspace> items;
    QString nextCursor;
    qint64 total = 0;
};

class WorkspaceService : public Service
{
public:
    using Service::Service;

    WorkspaceListPage listFor(const AuthContext& auth, const QString& cursor, int limit) const;
    // A new workspace with its subscription, built-in roles and the creator as its Owner.
    QString create(const AuthContext& auth, const QString& name);
    WorkspaceRecord get(const WorkspaceScope& scope) const;
    WorkspaceRecord updateSettings(const WorkspaceScope& scope, const SettingsPatch& patch, const QByteArray& ifMatch);
    // Owner only, with the exact name as confirmation; all of it in one transaction. A record of the
    // deletion (who, when, name) outlives the workspace.
    void remove(const WorkspaceScope& scope, const QString& confirmName);
};

} // namespace nacre::server
