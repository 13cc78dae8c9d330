#include "roles/RoleCommand.h"

#include "roles/RoleEditorDialog.h"
#include "widgets/Icons.h"

using namespace Qt::StringLiterals;

namespace nacre::ui {

RoleCommand::RoleCommand(const QString& text, const QString& description, const RolesScope& scope, QWidget* parent)
    : Command(text, description, parent)
    , m_scope(scope)
{ }

Availability RoleCommand::availabilityOnSelected(Action action) const
{
    const std::optional<Role> role = m_scope.selectedRole();
    if (!role)
        return Availability::no(tr("Select a role first."));
    AccessQuestion question(m_scope.actor, action);
    question.targetRole = RoleGrant {role->name, role->builtin, role->permissions};
    return AccessRules::decide(question);
}

void RoleCommand::openEditor(
    const std::optional<Role>& existing, const QString& presetName, const PermissionSet& preset)
{
    auto* editor
        = new RoleEditorDialog(m_scope.roles, m_scope.actor, m_scope.prompter, existing, presetName, preset, widget());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this,
        [this, creating = !existing] { Q_EMIT statusMessage(creating ? tr("Role created.") : tr("Role saved.")); });
    editor->open();
}

CreateRoleCommand::CreateRoleCommand(const RolesScope& scope, QWidget* parent)
    : RoleCommand(tr("&Create Role…"), tr("Define a role from the permission catalog"), scope, parent)
{
    setIcon(Icons::get(Icons::Icon::Plus));
    refresh();
}

Availability CreateRoleCommand::availability() const
{
    return AccessRules::decide(AccessQuestion(m_scope.actor, Action::CreateRole));
}

void CreateRoleCommand::run()
{
    openEditor(std::nullopt, QString(), {});
}

EditRoleCommand::EditRoleCommand(const RolesScope& scope, QWidget* parent)
    : RoleCommand(tr("&Edit…"), tr("Rename the role or change its permissions"), scope, parent)
{
    refresh();
}

Availability EditRoleCommand::availability() const
{
    return availabilityOnSelected(Action::EditRole);
}

void EditRoleCommand::run()
{
    openEditor(m_scope.selectedRole(), QString(), {});
}

DuplicateRoleCommand::DuplicateRoleCommand(const RolesScope& scope, QWidget* parent)
    : RoleCommand(tr("D&uplicate…"), tr("Start a new role from this one"), scope, parent)
{
    refresh();
}

Availability DuplicateRoleCommand::availability() const
{
    const std::optional<Role> role = m_scope.selectedRole();
    if (!role)
        return Availability::no(tr("Select a role first."));
    AccessQuestion question(m_scope.actor, Action::CreateRole);
    question.grantedPermissions = role->permissions;
    return AccessRules::decide(question);
}

void DuplicateRoleCommand::run()
{
    const Role role = *m_scope.selectedRole();
    openEditor(std::nullopt, m_scope.roles.duplicateName(role.name), role.permissions);
}

} // namespace nacre::ui
