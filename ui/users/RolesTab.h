#pragma once

#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"

#include <QWidget>

class QTableView;

namespace nacre::ui {

class Command;
class Prompter;

// Workspace > Users > Roles: the roles with their member counts (Owner and Admin marked built in),
// Create, Edit, Duplicate and Delete — each enabled by the access rules, with the reason when not.
// Deleting a role that members hold is refused with an offer to show those members.
class RolesTab : public QWidget
{
    Q_OBJECT

public:
    RolesTab(client::RoleListModel& roles, Prompter& prompter, QWidget* parent = nullptr);

    void setActor(const Holder& actor);
    QTableView* table() const { return m_table; }
    std::optional<Role> selectedRole() const;
    Command* createCommand() const { return m_create; }
    void createRole();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();

Q_SIGNALS:
    void showMembersWithRole(const QString& roleId);
    // Members changed role (a role was deleted with its members moved): member lists are stale.
    void membersMoved();
    void statusMessage(const QString& message);

private:
    void updateCommands();
    void decideCommands(); // once: what each command asks before it is enabled
    AccessDecision decideOnSelected(Action action) const;
    void openEditor(const std::optional<Role>& existing, const QString& presetName, const PermissionSet& preset);

    client::RoleListModel& m_roles;
    Prompter& m_prompter;
    Holder m_actor;
    QTableView* m_table;
    Command* m_create;
    Command* m_edit;
    Command* m_duplicate;
    Command* m_delete;
};

} // namespace nacre::ui
