#pragma once

#include "commands/Availability.h"
#include "members/MemberListModel.h"
#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"

#include <QCoreApplication>

namespace nacre::ui {

// The access questions of the member table, asked of core's AccessRules with what the models know:
// who each listed member is (their role's permissions), how many Owners there are, and who acts.
// Commands ask with the rows selected; nothing here knows about buttons.
class MemberAccess
{
    Q_DECLARE_TR_FUNCTIONS(nacre::ui::MemberAccess)

public:
    MemberAccess(const client::MemberListModel& members, const client::RoleListModel& roles)
        : m_members(members)
        , m_roles(roles)
    { }

    void setActor(const Holder& actor) { m_actor = actor; }
    const Holder& actor() const { return m_actor; }

    // For every one of `rows` (refused with a reason when there are none): the first refusal.
    Availability changeRole(const QList<int>& rows, const Role& role) const;
    Availability remove(const QList<int>& rows) const;
    // Unavailable while nothing is selected or a selected row's page has not arrived.
    Availability needLoaded(const QList<int>& rows) const;
    // The roles the actor may give the member in `row` (their current one included), least
    // privileged first.
    QList<Role> assignableRoles(int row) const;

private:
    Holder holderAt(int row) const;
    int ownerCount() const;
    AccessDecision changeRoleOf(int row, const Role& role) const;

    const client::MemberListModel& m_members;
    const client::RoleListModel& m_roles;
    Holder m_actor;
};

} // namespace nacre::ui
