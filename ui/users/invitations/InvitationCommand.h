#pragma once

#include "commands/Command.h"
#include "invitations/InvitationListModel.h"

#include <QModelIndexList>

#include <functional>

namespace nacre::ui {

class Prompter;

// What the Invitations tab's commands act on: the list, who acts, the rows selected, the seam for
// questions.
struct InvitationsScope
{
    client::InvitationListModel& invitations;
    const Holder& actor;
    Prompter& prompter;
    std::function<QModelIndexList()> selectedRows;
};

// A command on the selected invitations: available to whoever may manage invitations, once one (or,
// for some, exactly one) is selected; reports how many were done and why the others were not.
class InvitationCommand : public Command
{
    Q_OBJECT

public:
    enum class Takes { OneOrMore, ExactlyOne };

    InvitationCommand(
        const QString& text, const QString& description, const InvitationsScope& scope, Takes takes, QWidget* parent);

    Availability availability() const override;

protected:
    QStringList selectedIds() const;
    void report(const QString& verb, int succeeded, const QList<client::ApiError>& failures);

    InvitationsScope m_scope;

private:
    Takes m_takes;
};

} // namespace nacre::ui
