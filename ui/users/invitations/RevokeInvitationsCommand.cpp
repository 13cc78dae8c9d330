#include "users/invitations/RevokeInvitationsCommand.h"

#include "widgets/Prompter.h"
#include "widgets/Shortcuts.h"

namespace nacre::ui {

RevokeInvitationsCommand::RevokeInvitationsCommand(const InvitationsScope& scope, QWidget* parent)
    : InvitationCommand(
        tr("Re&voke…"), tr("Cancel the invitations: their links stop working"), scope, Takes::OneOrMore, parent)
{
    setShortcut(Shortcuts::removeSelected());
    setShortcutContext(Qt::WidgetShortcut);
    refresh();
}

void RevokeInvitationsCommand::run()
{
    const QStringList ids = selectedIds();
    const auto answer = m_scope.prompter.ask(widget(), QMessageBox::Warning, tr("Revoke Invitations"),
        tr("Revoke %Ln invitation(s)? Their links stop working at once.", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_scope.invitations.revoke(ids, this,
        [this](int succeeded, const QList<client::ApiError>& failures) { report(tr("Revoked"), succeeded, failures); });
}

} // namespace nacre::ui
