#include "users/invitations/ResendInvitationsCommand.h"

namespace nacre::ui {

ResendInvitationsCommand::ResendInvitationsCommand(const InvitationsScope& scope, QWidget* parent)
    : InvitationCommand(tr("Re&send"),
        tr("Send again with a new link, valid for another %n day(s)", nullptr, Invitation::ValidityDays), scope,
        Takes::OneOrMore, parent)
{
    refresh();
}

void ResendInvitationsCommand::run()
{
    m_scope.invitations.resend(selectedIds(), this,
        [this](int succeeded, const QList<client::ApiError>& failures) { report(tr("Resent"), succeeded, failures); });
}

} // namespace nacre::ui
