#include "users/MemberAccess.h"

using namespace Qt::StringLiterals;

namespace nacre::ui {

Holder MemberAccess::holderAt(int row) const
{
    const Member& member = m_members.member(row);
    const auto role = m_roles.role(member.role.id);
    return Holder {
        member.userId, member.role.builtin, role ? role->permissions : BuiltinRoles::permissions(member.role.builtin)};
}

int MemberAccess::ownerCount() const
{
    for (const Role& role : m_roles.roles()) {
        if (role.builtin == BuiltinRole::Owner)
            return role.memberCount;
    }
    return 1;
}

AccessDecision MemberAccess::changeRoleOf(int row, const Role& role) const
{
    AccessQuestion question(m_actor, Action::ChangeMemberRole);
    question.targetMember = holderAt(row);
    question.grantedRole = RoleGrant {role.name, role.builtin, role.permissions};
    question.ownerCount = ownerCount();
    return AccessRules::decide(question);
}

Availability MemberAccess::needLoaded(const QList<int>& rows) const
{
    if (rows.isEmpty())
        return Availability::no(tr("Select one or more members first."));
    for (const int row : rows) {
        if (!m_members.isLoaded(row))
            return Availability::no(tr("Some of the selected members are still loading."));
    }
    return Availability::yes();
}

Availability MemberAccess::changeRole(const QList<int>& rows, const Role& role) const
{
    if (Availability loaded = needLoaded(rows); !loaded.available)
        return loaded;
    for (const int row : rows) {
        if (const AccessDecision decision = changeRoleOf(row, role); !decision.allowed)
            return decision;
    }
    return Availability::yes();
}

QList<Role> MemberAccess::assignableRoles(int row) const
{
    const QString current = m_members.member(row).role.id;
    QList<Role> result;
    for (const Role& role : client::RoleListModel::assignable(m_roles.roles(), m_actor)) {
        if (role.id == current || changeRoleOf(row, role).allowed)
            result.append(role);
    }
    return result;
}

Availability MemberAccess::remove(const QList<int>& rows) const
{
    if (Availability loaded = needLoaded(rows); !loaded.available)
        return loaded;
    for (const int row : rows) {
        AccessQuestion question(m_actor, Action::RemoveMember);
        question.targetMember = holderAt(row);
        question.ownerCount = ownerCount();
        if (const AccessDecision decision = AccessRules::decide(question); !decision.allowed)
            return decision;
    }
    return Availability::yes();
}

} // namespace nacre::ui
