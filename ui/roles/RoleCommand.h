#pragma once

#include "commands/Command.h"
#include "roles/RoleListModel.h"

#include <functional>
#include <optional>

namespace nacre::ui {

class Prompter;

// What the Roles tab's commands act on: the role list, who acts, the role selected, the seam for
// questions.
struct RolesScope
{
    client::RoleListModel& roles;
    const Holder& actor;
    Prompter& prompter;
    std::function<std::optional<Role>()> selectedRole;
};

// A command of the Roles tab. Subclasses say what they ask of the rules; the role editor, which
// three of them open, is here.
class RoleCommand : public Command
{
    Q_OBJECT

public:
    RoleCommand(const QString& text, const QString& description, const RolesScope& scope, QWidget* parent);

protected:
    // The rules' answer about the selected role; unavailable while none is selected.
    Availability availabilityOnSelected(Action action) const;
    void openEditor(const std::optional<Role>& existing, const QString& presetName, const PermissionSet& preset);

    RolesScope m_scope;
};

// Defines a new role from the permission catalog (only permissions the actor holds can be granted).
class CreateRoleCommand : public RoleCommand
{
    Q_OBJECT

public:
    CreateRoleCommand(const RolesScope& scope, QWidget* parent);
    Availability availability() const override;

protected:
    void run() override;
};

// Renames the selected role or changes its permissions (Owner is fixed; Admin only by Owners).
class EditRoleCommand : public RoleCommand
{
    Q_OBJECT

public:
    EditRoleCommand(const RolesScope& scope, QWidget* parent);
    Availability availability() const override;

protected:
    void run() override;
};

// Starts a new role from the selected one: needs Create, and can only copy what the actor may grant.
class DuplicateRoleCommand : public RoleCommand
{
    Q_OBJECT

public:
    DuplicateRoleCommand(const RolesScope& scope, QWidget* parent);
    Availability availability() const override;

protected:
    void run() override;
};

} // namespace nacre::ui
