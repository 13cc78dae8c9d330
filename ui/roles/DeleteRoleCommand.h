#pragma once

#include "roles/RoleCommand.h"

namespace nacre::ui {

// Deletes the selected role after asking. A role that members hold is not sent to the server to be
// refused: the command offers the way out at once (move its members and invitations to another role
// and delete it in one step, or show them first).
class DeleteRoleCommand : public RoleCommand
{
    Q_OBJECT

public:
    DeleteRoleCommand(const RolesScope& scope, QWidget* parent);
    Availability availability() const override;

Q_SIGNALS:
    void showMembersWithRole(const QString& roleId);
    // Members changed role (the role was deleted with its members moved): member lists are stale.
    void membersMoved();

protected:
    void run() override;

private:
    void offerMove(const Role& role);
};

} // namespace nacre::ui
