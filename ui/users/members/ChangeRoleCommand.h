#pragma once

#include "users/members/MemberCommand.h"

class QMenu;

namespace nacre::ui {

// Gives the selected members another role, from its menu of roles (each enabled by the same rules
// the server applies, with the reason when not) or from the role cell edited in place. One member
// changes at once, asking first only when the role gives them more than they have; several go
// through a reviewed batch that says how many gain access.
class ChangeRoleCommand : public MemberCommand
{
    Q_OBJECT

public:
    ChangeRoleCommand(const MembersScope& scope, QWidget* parent);

    Availability availability() const override;
    // Whether the actor may give `role` to every selected member; the first reason when not.
    Availability availabilityOf(const Role& role) const;
    QMenu* roleMenu() const { return m_menu; }
    void changeSelectedTo(const QString& roleId);
    void changeRoleOf(const QList<int>& rows, const QString& roleId);

protected:
    void run() override; // the menu is the way in; triggered alone, it opens it

private:
    void fillMenu();
    void changeOne(const Member& member, const Role& role);
    // Asks before a role change that gives someone more than they have; true to go ahead.
    bool confirmGain(const Member& member, const Role& role);
    PermissionSet gainedBy(const Member& member, const Role& role) const; // what `role` adds to theirs

    QMenu* m_menu;
};

} // namespace nacre::ui
