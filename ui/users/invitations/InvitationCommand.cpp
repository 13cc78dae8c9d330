#include "users/invitations/InvitationCommand.h"

#include "widgets/Prompter.h"

using namespace Qt::StringLiterals;

namespace nacre::ui {

InvitationCommand::InvitationCommand(
    const QString& text, const QString& description, const InvitationsScope& scope, Takes takes, QWidget* parent)
    : Command(text, description, parent)
    , m_scope(scope)
    , m_takes(takes)
{ }

Availability InvitationCommand::availability() const
{
    const AccessDecision manage = AccessRules::decide(AccessQuestion(m_scope.actor, Action::ManageInvitations));
    if (!manage.allowed)
        return manage;
    const qsizetype selected = m_scope.selectedRows().size();
    if (m_takes == Takes::ExactlyOne && selected != 1)
        return Availability::no(tr("Select one invitation first."));
    return selected == 0 ? Availability::no(tr("Select one or more invitations first.")) : Availability::yes();
}

QStringList InvitationCommand::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_scope.selectedRows())
        ids.append(index.data(client::InvitationListModel::InvitationIdRole).toString());
    return ids;
}

void InvitationCommand::report(const QString& verb, int succeeded, const QList<client::ApiError>& failures)
{
    if (failures.isEmpty()) {
        Q_EMIT statusMessage(tr("%1: %Ln invitation(s).", nullptr, succeeded).arg(verb));
        return;
    }
    QStringList reasons;
    for (const client::ApiError& error : failures)
        reasons.append(error.message());
    m_scope.prompter.tell(widget(), QMessageBox::Warning, verb,
        tr("%Ln invitation(s) done. Not done:", nullptr, succeeded) + u"\n\n"_s + reasons.join(u'\n'));
}

} // namespace nacre::ui
