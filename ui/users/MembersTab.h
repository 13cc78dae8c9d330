#pragma once

#include "members/MemberListModel.h"
#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

namespace nacre::ui {

class Prompter;

// Workspace > Users > Members: the member table (paged from the server), a debounced search, a role
// filter, sortable columns whose layout is remembered, and the commands on the selection — change
// role, remove — each enabled by the same rules the server applies, with the reason when it is not.
class MembersTab : public QWidget
{
    Q_OBJECT

public:
    MembersTab(
        client::MemberListModel& members, client::RoleListModel& roles, Prompter& prompter, QWidget* parent = nullptr);
    ~MembersTab() override;

    void setActor(const Holder& actor);
    QTableView* table() const { return m_table; }
    QList<int> selectedRows() const;
    // Whether the actor may give `role` to every selected member; the first reason when not.
    AccessDecision decideRoleChange(const Role& role) const;
    AccessDecision decideRemoval() const;

    void changeSelectedRole(const QString& roleId);
    void removeSelected();

Q_SIGNALS:
    void inviteRequested();
    void statusMessage(const QString& message);

private:
    Holder holderAt(int row) const;
    int ownerCount() const;
    void updateCommands();
    void rebuildRoleFilter();
    void runBatch(const QString& verb, const QList<int>& rows,
        const std::function<void(int row, std::function<void(const client::ApiError&)>)>& action);

    client::MemberListModel& m_members;
    client::RoleListModel& m_roles;
    Prompter& m_prompter;
    Holder m_actor;
    QTimer m_searchDebounce;
    QLineEdit* m_search;
    QComboBox* m_roleFilter;
    QLabel* m_total;
    QPushButton* m_invite;
    QPushButton* m_changeRole;
    QMenu* m_roleMenu;
    QPushButton* m_remove;
    QTableView* m_table;
};

} // namespace nacre::ui
