#pragma once

#include "domain/Workspace.h"
#include "workspaces/WorkspaceSettingsModel.h"

#include <QWidget>

namespace nacre::ui {

class MemberSessionsBox;
class Prompter;
class ShowDeferred;
class TwoFactorRequirementBox;

// Workspace > Security and Sessions (settings.advanced): whether every member must use two-factor
// sign-in (with who it would shut out), and the members' sessions. The session timeout stays on
// General Settings, as the product text has it.
class WorkspaceSecurityPage : public QWidget
{
    Q_OBJECT

public:
    WorkspaceSecurityPage(client::ApiClient& api, client::WorkspaceSettingsModel& settings, Prompter& prompter,
        QWidget* parent = nullptr);

    void setWorkspace(const std::optional<Workspace>& workspace);
    TwoFactorRequirementBox* requirement() const { return m_requirement; }
    MemberSessionsBox* sessions() const { return m_sessions; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void applyWorkspace(); // loads when the page is shown for a workspace (ShowDeferred)

    std::optional<Workspace> m_workspace;
    ShowDeferred* m_load;
    TwoFactorRequirementBox* m_requirement;
    MemberSessionsBox* m_sessions;
};

} // namespace nacre::ui
