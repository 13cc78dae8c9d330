#pragma once

#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace nacre::ui {

class FieldMessage;
class PermissionChecklist;
class Prompter;

// Create Role / Edit Role: a name (checked as typed, unique in the workspace whatever the case) and
// the permission catalog grouped by area, each with the product text's description; Resources is a
// tri-state parent over its four permissions. Permissions the actor does not hold are shown but
// cannot be ticked. Editing a role in use previews what changes and for how many members first.
class RoleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the role edited; without it a new role is created (with `preset` ticked, for a
    // duplicate, under `presetName`).
    RoleEditorDialog(client::RoleListModel& roles, const Holder& actor, Prompter& prompter,
        const std::optional<Role>& existing = std::nullopt, const QString& presetName = {},
        const PermissionSet& preset = {}, QWidget* parent = nullptr);

    PermissionSet selectedPermissions() const;
    void setPermissionChecked(Permission permission, bool checked);
    QTreeWidgetItem* itemFor(Permission permission) const;
    QTreeWidgetItem* areaItem(PermissionArea area) const;
    // "Adds … Removes … Affects N members", empty when nothing changes or the role is new.
    QString preview() const;
    QString savedRoleId() const { return m_savedId; }

private:
    void buildChecklist(const PermissionSet& checked);
    void validate();
    void save();

    client::RoleListModel& m_roles;
    Holder m_actor;
    Prompter& m_prompter;
    std::optional<Role> m_existing;
    QLineEdit* m_name;
    FieldMessage* m_nameMessage;
    PermissionChecklist* m_permissions;
    QLabel* m_preview;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QString m_savedId;
    QStringList m_holders; // names of the first members holding the role
    static constexpr int HolderNamesShown = 5;
};

} // namespace nacre::ui
