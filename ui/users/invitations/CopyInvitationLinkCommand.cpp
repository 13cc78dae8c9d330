#include "users/invitations/CopyInvitationLinkCommand.h"

#include "widgets/Icons.h"
#include "widgets/Prompter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace nacre::ui {

CopyInvitationLinkCommand::CopyInvitationLinkCommand(const InvitationsScope& scope, QWidget* parent)
    : InvitationCommand(tr("Copy &Link…"),
        tr("Make a new invitation link to hand over another way (the emailed link stops working)"), scope,
        Takes::ExactlyOne, parent)
{
    setIcon(Icons::get(Icons::Icon::Link));
    refresh();
}

void CopyInvitationLinkCommand::run()
{
    const QModelIndex row = m_scope.selectedRows().first();
    const QString id = row.data(client::InvitationListModel::InvitationIdRole).toString();
    const QString email = row.siblingAtColumn(client::InvitationListModel::EmailColumn).data().toString();
    const auto answer = m_scope.prompter.ask(widget(), QMessageBox::Question, tr("Copy Invitation Link"),
        tr("Make a new link for %1 and copy it? Anyone with the link can join as %1, so share it only with them. "
           "The link in the email sent earlier stops working.")
            .arg(email),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(true);
    m_scope.invitations.createLink(id, this, [this, email](const QString& link, const client::ApiError& error) {
        setBusy(false);
        if (error.isError()) {
            m_scope.prompter.tell(widget(), QMessageBox::Warning, tr("No Link Made"), error.message());
            return;
        }
        QGuiApplication::clipboard()->setText(link);
        Q_EMIT statusMessage(tr("Invitation link for %1 copied to the clipboard.").arg(email));
    });
}

} // namespace nacre::ui
