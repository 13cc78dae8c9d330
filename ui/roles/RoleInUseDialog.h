#pragma once

#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace nacre::ui {

class FieldMessage;

class Prompter;

// Deleting a role that members hold: says how many, and offers to move them — members and open
// invitations alike — to another role and delete it in one step (the server does both in one
// transaction), or to show them in the Members tab first. Only roles the actor may give them are
// offered, the least privileged first (never Owner by default); a move that gives them more than
// they had (Owner, Admin, or any permission the deleted role lacked) asks once more, naming how
// many people it reaches.
class RoleInUseDialog : public QDialog
{
    Q_OBJECT

public:
    RoleInUseDialog(client::RoleListModel& roles, const Role& role, const Holder& actor, Prompter& prompter,
        QWidget* parent = nullptr);

    QComboBox* targetPicker() const { return m_target; }
    QPushButton* moveButton() const { return m_move; }
    QPushButton* showButton() const { return m_show; }

Q_SIGNALS:
    void showMembersRequested(const QString& roleId);
    void moved(const QString& deletedName, const QString& targetName);

private:
    void moveAndDelete();

    bool confirmGain(const Role& target);

    client::RoleListModel& m_roles;
    Prompter& m_prompter;
    Role m_role;
    QComboBox* m_target;
    FieldMessage* m_error;
    QPushButton* m_move;
    QPushButton* m_show;
};

} // namespace nacre::ui
