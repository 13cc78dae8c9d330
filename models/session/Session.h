#pragma once

#include "api/ApiClient.h"
#include "domain/UserProfile.h"
#include "domain/Workspace.h"

#include <QObject>

#include <optional>

namespace nacre::client {

// The signed-in account, its workspaces and the one currently selected. Workspace pages follow
// currentWorkspaceChanged(); user pages follow profileChanged() and ignore the switcher.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(ApiClient& api, QObject* parent = nullptr);

    ApiClient& api() { return m_api; }
    bool isSignedIn() const { return !m_profile.id.isEmpty(); }
    const UserProfile& profile() const { return m_profile; }
    const QList<Workspace>& workspaces() const { return m_workspaces; }
    QString currentWorkspaceId() const { return m_currentId; }
    std::optional<Workspace> currentWorkspace() const;

    void begin(const UserProfile& profile, const QList<Workspace>& knownWorkspaces = {});
    void setProfile(const UserProfile& profile);
    // Loads the account's workspaces; selects `preferredId` if it is among them, else keeps the
    // current one, else the first.
    // `ByApp`: the app refreshing on its own (after reconnecting, say), not counted as activity.
    enum class Asked { ByPerson, ByApp };
    void refreshWorkspaces(const QString& preferredId = {}, Asked asked = Asked::ByPerson);
    void replaceWorkspaces(const QList<Workspace>& workspaces, const QString& preferredId = {});
    bool selectWorkspace(const QString& id);
    void createWorkspace(
        const QString& name, QObject* context, std::function<void(const ApiError&, const QString& id)> done);
    // After the current workspace was deleted or left: drop it and select another.
    void forgetWorkspace(const QString& id);
    void end();

Q_SIGNALS:
    void profileChanged();
    void workspacesChanged();
    void currentWorkspaceChanged(const QString& id);
    void refreshFailed(const nacre::client::ApiError& error);
    void ended();

private:
    ApiClient& m_api;
    UserProfile m_profile;
    QList<Workspace> m_workspaces;
    QString m_currentId;
};

} // namespace nacre::client
