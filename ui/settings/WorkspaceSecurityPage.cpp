#include "settings/WorkspaceSecurityPage.h"

#include "settings/MemberSessionsBox.h"
#include "settings/TwoFactorRequirementBox.h"
#include "widgets/PageParts.h"
#include "widgets/ShowDeferred.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

WorkspaceSecurityPage::WorkspaceSecurityPage(
    client::ApiClient& api, client::WorkspaceSettingsModel& settings, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"workspaceSecurityPage"_s);
    m_load = new ShowDeferred(this, [this] { applyWorkspace(); });
    m_requirement = new TwoFactorRequirementBox(api, settings, prompter);
    m_sessions = new MemberSessionsBox(api, prompter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(PageParts::title(tr("Security and Sessions")));
    layout->addWidget(PageParts::hint(tr("How members of this workspace must sign in, and where they are signed in "
                                         "now. The session timeout is under General Settings.")));
    layout->addWidget(m_requirement);
    layout->addWidget(m_sessions, 1);
    connect(m_requirement, &TwoFactorRequirementBox::statusMessage, this, &WorkspaceSecurityPage::statusMessage);
    connect(m_sessions, &MemberSessionsBox::statusMessage, this, &WorkspaceSecurityPage::statusMessage);
}

void WorkspaceSecurityPage::setWorkspace(const std::optional<Workspace>& workspace)
{
    m_workspace = workspace;
    m_load->schedule();
}

void WorkspaceSecurityPage::applyWorkspace()
{
    m_requirement->setWorkspace(m_workspace);
    m_sessions->setWorkspace(m_workspace);
}

} // namespace nacre::ui
