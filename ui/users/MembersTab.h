#pragma once

#include "members/MemberListModel.h"
#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"
#include "users/MemberAccess.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nacre::ui {

class ChangeRoleCommand;
class Command;
class ExportMembersCommand;
class Prompter;

// Workspace > Users > Members: the member table (paged from the server), a debounced search, a role
// filter, sortable columns whose layout is remembered, the role editable in place, and the commands
// on the selection — change role, remove, details, export — laid out beside the page's invite
// command. The tab only lays out and passes on what is selected; each command owns its work.
class MembersTab : public QWidget
{
    Q_OBJECT

public:
    MembersTab(client::ApiClient& api, client::MemberListModel& members, client::RoleListModel& roles,
        Prompter& prompter, Command& invite, QWidget* parent = nullptr);
    ~MembersTab() override;

    void setActor(const Holder& actor);
    QTableView* table() const { return m_table; }
    QList<int> selectedRows() const;

    ChangeRoleCommand* changeRoleCommand() const { return m_changeRole; }
    Command* removeCommand() const { return m_remove; }
    Command* detailsCommand() const { return m_details; }
    ExportMembersCommand* exportCommand() const { return m_export; }

    // Narrows the list to the members holding `roleId` (the Roles tab's "show them").
    void showRole(const QString& roleId);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void showInAuditLog(const QString& targetId, const QString& label);

private:
    void updateCommands();
    void rebuildRoleFilter();

    client::MemberListModel& m_members;
    client::RoleListModel& m_roles;
    MemberAccess m_access;
    Command& m_invite;
    QTimer m_searchDebounce;
    QLineEdit* m_search;
    QComboBox* m_roleFilter;
    QComboBox* m_twoFactorFilter;
    QLabel* m_total;
    QTableView* m_table;
    ChangeRoleCommand* m_changeRole;
    Command* m_remove;
    Command* m_details;
    ExportMembersCommand* m_export;
};

} // namespace nacre::ui
