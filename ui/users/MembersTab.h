#pragma once

#include "members/MemberListModel.h"
#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"
#include "users/BatchDialog.h"
#include "users/MemberAccess.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace nacre::ui {

class Command;
class Prompter;

// Workspace > Users > Members: the member table (paged from the server), a debounced search, a role
// filter, sortable columns whose layout is remembered, the role editable in place, and the commands
// on the selection — invite, change role, remove, what-can-they-do, export — each a Command enabled
// by the same rules the server applies, with the reason when it is not. Changes to several members
// go through a reviewed batch.
class MembersTab : public QWidget
{
    Q_OBJECT

public:
    MembersTab(client::ApiClient& api, client::MemberListModel& members, client::RoleListModel& roles,
        Prompter& prompter, QWidget* parent = nullptr);
    ~MembersTab() override;

    void setActor(const Holder& actor);
    QTableView* table() const { return m_table; }
    QList<int> selectedRows() const;
    // Whether the actor may give `role` to every selected member; the first reason when not.
    AccessDecision decideRoleChange(const Role& role) const;
    AccessDecision decideRemoval() const;
    // The roles the actor may give the member in `row`, least privileged first.
    QList<Role> assignableRolesFor(int row) const;

    Command* inviteCommand() const { return m_inviteCommand; }
    Command* removeCommand() const { return m_removeCommand; }
    Command* detailsCommand() const { return m_detailsCommand; }
    Command* exportCommand() const { return m_exportCommand; }

    void changeSelectedRole(const QString& roleId);
    // One member: at once (asking first only when it makes someone an Owner). Several: a batch.
    void changeRoleOf(const QList<int>& rows, const QString& roleId);
    void removeSelected();
    void showDetailsOfSelected();
    // Narrows the list to the members holding `roleId` (the Roles tab's "show them").
    void showRole(const QString& roleId);
    // Writes every member the current search and filter match (not only the loaded pages).
    void exportTo(const QString& path);

Q_SIGNALS:
    void inviteRequested();
    void statusMessage(const QString& message);

private:
    void updateCommands();
    void decideCommands(); // once: what each command asks before it is enabled
    void rebuildRoleFilter();
    void fillRoleMenu();
    void chooseExportFile();
    // One line per member: who, what changes for them, and what "done" will read.
    using Describe = std::function<BatchDialog::Item(const Member&)>;
    BatchDialog* openBatch(const QString& title, const QString& summary, const QString& applyText,
        const QList<int>& rows, const Describe& describe,
        const std::function<void(int row, std::function<void(const client::ApiError&)>)>& action);
    // Asks before a role change that gives someone more than they have; true to go ahead.
    bool confirmGain(const Member& member, const Role& role);
    PermissionSet gainedBy(const Member& member, const Role& role) const; // what `role` adds to theirs

    client::ApiClient& m_api;
    client::MemberListModel& m_members;
    client::RoleListModel& m_roles;
    Prompter& m_prompter;
    MemberAccess m_access;
    QTimer m_searchDebounce;
    QLineEdit* m_search;
    QComboBox* m_roleFilter;
    QComboBox* m_twoFactorFilter;
    QLabel* m_total;
    Command* m_inviteCommand;
    Command* m_changeRoleCommand;
    QMenu* m_roleMenu;
    Command* m_removeCommand;
    Command* m_detailsCommand;
    Command* m_exportCommand;
    QTableView* m_table;
    bool m_exporting = false;
};

} // namespace nacre::ui
