#include "users/invitations/InviteCommand.h"

#include "users/InviteDialog.h"
#include "widgets/Icons.h"
#include "widgets/Shortcuts.h"

using namespace Qt::StringLiterals;

namespace nacre::ui {

InviteCommand::InviteCommand(client::ApiClient& api, const client::RoleListModel& roles,
    client::InvitationListModel& invitations, QWidget* parent)
    : Command(tr("&Invite User…"), tr("Invite people to this workspace by email"), parent)
    , m_api(api)
    , m_roles(roles)
    , m_invitations(invitations)
{
    setIcon(Icons::get(Icons::Icon::Plus));
    setShortcut(Shortcuts::invite());
    setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refresh();
}

void InviteCommand::setWorkspace(const std::optional<Workspace>& workspace, const QString& myUserId)
{
    m_workspace = workspace;
    m_actor = workspace ? Holder::actingIn(*workspace, myUserId) : Holder {};
    refresh();
}

Availability InviteCommand::availability() const
{
    if (!m_workspace)
        return Availability::no(tr("No workspace is open."));
    return AccessRules::decide(AccessQuestion(m_actor, Action::Invite));
}

void InviteCommand::run()
{
    auto* dialog = new InviteDialog(m_api, m_workspace->id, m_roles, m_actor, m_workspace->defaultRoleId, widget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InviteDialog::invitationsCreated, &m_invitations, &client::InvitationListModel::addCreated);
    connect(dialog, &InviteDialog::invitationsSent, this,
        [this](int invited) { Q_EMIT statusMessage(tr("%Ln invitation(s) sent.", nullptr, invited)); });
    dialog->open();
}

} // namespace nacre::ui
