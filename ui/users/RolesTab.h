#pragma once

#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"

#include <QWidget>

class QTableView;

namespace nacre::ui {

class Command;
class Prompter;

// Workspace > Users > Roles: the roles with their member counts (Owner and Admin marked built in),
// and the commands Create, Edit, Duplicate and Delete — each enabled by the access rules, with the
// reason when not. The tab only lays out and passes on what is selected; each command owns its work.
class RolesTab : public QWidget
{
    Q_OBJECT

public:
    RolesTab(client::RoleListModel& roles, Prompter& prompter, QWidget* parent = nullptr);

    void setActor(const Holder& actor);
    QTableView* table() const { return m_table; }
    std::optional<Role> selectedRole() const;
    Command* createCommand() const { return m_create; }
    Command* editCommand() const { return m_edit; }
    Command* duplicateCommand() const { return m_duplicate; }
    Command* deleteCommand() const { return m_delete; }

Q_SIGNALS:
    void showMembersWithRole(const QString& roleId);
    // Members changed role (a role was deleted with its members moved): member lists are stale.
    void membersMoved();
    void statusMessage(const QString& message);
    void showInAuditLog(const QString& targetId, const QString& label);

private:
    void updateCommands();

    client::RoleListModel& m_roles;
    Holder m_actor;
    QTableView* m_table;
    Command* m_create;
    Command* m_edit;
    Command* m_duplicate;
    Command* m_delete;
};

} // namespace nacre::ui
