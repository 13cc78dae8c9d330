#include "users/UsersPage.h"

#include "users/InvitationsTab.h"
#include "users/MembersTab.h"
#include "users/RolesTab.h"
#include "users/invitations/InviteCommand.h"
#include "widgets/Icons.h"
#include "widgets/PageParts.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

UsersPage::UsersPage(client::ApiClient& api, Models models, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_models(models)
    , m_invite(new InviteCommand(api, models.roles, models.invitations, this))
{
    setObjectName(u"usersPage"_s);
    auto* title = PageParts::title(tr("Users"));
    m_subtitle = PageParts::hint(tr("The people in this workspace, the invitations not yet accepted, and the roles "
                                    "that decide what each person may do."));

    addAction(m_invite); // Ctrl+I anywhere on the page
    m_membersTab = new MembersTab(api, models.members, models.roles, prompter, *m_invite);
    m_invitationsTab = new InvitationsTab(models.invitations, prompter, *m_invite);
    m_rolesTab = new RolesTab(models.roles, prompter);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"usersTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_membersTab, Icons::get(Icons::Icon::Users), tr("Members"));
    m_tabs->addTab(m_invitationsTab, Icons::get(Icons::Icon::Clock), tr("Invitations"));
    m_tabs->addTab(m_rolesTab, Icons::get(Icons::Icon::Shield), tr("Roles"));
    m_tabs->setTabToolTip(0, tr("Everyone in the workspace, with their role"));
    m_tabs->setTabToolTip(1, tr("Invitations sent and not yet accepted"));
    m_tabs->setTabToolTip(2, tr("What each role allows"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_tabs, 1);

    connect(m_rolesTab, &RolesTab::showMembersWithRole, this, &UsersPage::showMembersWithRole);
    connect(m_rolesTab, &RolesTab::membersMoved, this, [this] {
        m_models.members.refresh();
        m_models.invitations.reload();
    });
    connect(m_membersTab, &MembersTab::statusMessage, this, &UsersPage::statusMessage);
    connect(m_invitationsTab, &InvitationsTab::statusMessage, this, &UsersPage::statusMessage);
    connect(m_rolesTab, &RolesTab::statusMessage, this, &UsersPage::statusMessage);
    connect(m_membersTab, &MembersTab::showInAuditLog, this, &UsersPage::showInAuditLog);
    connect(m_invitationsTab, &InvitationsTab::showInAuditLog, this, &UsersPage::showInAuditLog);
    connect(m_rolesTab, &RolesTab::showInAuditLog, this, &UsersPage::showInAuditLog);
    connect(m_invite, &Command::statusMessage, this, &UsersPage::statusMessage);
    connect(&models.invitations, &client::InvitationListModel::loaded, this, &UsersPage::updateTabTitles);
    connect(&models.roles, &client::RoleListModel::loaded, this, &UsersPage::updateTabTitles);
}

void UsersPage::setWorkspace(const std::optional<Workspace>& workspace, const QString& myUserId)
{
    m_workspaceId = workspace ? workspace->id : QString();
    if (!workspace)
        m_loadedId.clear(); // signed out or left: whatever comes next loads afresh
    const Holder actor = workspace ? Holder::actingIn(*workspace, myUserId) : Holder {};
    m_invite->setWorkspace(workspace, myUserId);
    m_membersTab->setActor(actor);
    m_invitationsTab->setActor(actor);
    m_rolesTab->setActor(actor);
    if (isVisible())
        loadIfStale();
}

void UsersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfStale();
}

void UsersPage::loadIfStale()
{
    // A page nobody looks at costs nothing: the models load when the page is first shown for a
    // workspace, and reload on every later switch to another one.
    if (m_workspaceId.isEmpty() || m_workspaceId == m_loadedId)
        return;
    m_loadedId = m_workspaceId;
    // A model may hold this workspace already (from before a sign-out, or roles loaded for General
    // Settings): then it reloads.
    if (m_models.roles.workspaceId() == m_workspaceId)
        m_models.roles.reload();
    else
        m_models.roles.setWorkspace(m_workspaceId);
    if (m_models.members.workspaceId() == m_workspaceId)
        m_models.members.refresh();
    else
        m_models.members.setWorkspace(m_workspaceId);
    if (m_models.invitations.workspaceId() == m_workspaceId)
        m_models.invitations.reload();
    else
        m_models.invitations.setWorkspace(m_workspaceId);
}

void UsersPage::updateTabTitles()
{
    // The workspace's count, whatever the search or filter shows: the roles' member counts add up to it.
    qint64 members = 0;
    for (const Role& role : m_models.roles.roles())
        members += role.memberCount;
    m_tabs->setTabText(0, tr("Members (%1)").arg(QLocale().toString(members)));
    m_tabs->setTabText(1, tr("Invitations (%1)").arg(QLocale().toString(m_models.invitations.total())));
    m_tabs->setTabText(2, tr("Roles (%1)").arg(QLocale().toString(m_models.roles.rowCount())));
}

void UsersPage::showMembersWithRole(const QString& roleId)
{
    m_tabs->setCurrentWidget(m_membersTab);
    m_membersTab->showRole(roleId);
}

} // namespace nacre::ui
