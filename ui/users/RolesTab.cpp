#include "users/RolesTab.h"

#include "roles/RoleEditorDialog.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

RolesTab::RolesTab(client::RoleListModel& roles, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_roles(roles)
    , m_prompter(prompter)
{
    setObjectName(u"rolesTab"_s);
    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"roleTable"_s, tr("Roles"), false);
    m_table->setModel(&m_roles);

    m_create = new QPushButton(QIcon(u":/nacre/icons/plus.svg"_s), tr("&Create Role…"));
    m_create->setObjectName(u"createRole"_s);
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(u"editRole"_s);
    m_duplicate = new QPushButton(tr("D&uplicate…"));
    m_duplicate->setObjectName(u"duplicateRole"_s);
    m_delete = new QPushButton(tr("&Delete…"));
    m_delete->setObjectName(u"deleteRole"_s);
    auto* commands = new QHBoxLayout;
    commands->addWidget(m_create);
    commands->addStretch();
    commands->addWidget(m_edit);
    commands->addWidget(m_duplicate);
    commands->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(commands);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RolesTab::updateCommands);
    connect(&m_roles, &QAbstractItemModel::modelReset, this, &RolesTab::updateCommands);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editSelected();
    });
    connect(m_create, &QPushButton::clicked, this, &RolesTab::createRole);
    connect(m_edit, &QPushButton::clicked, this, &RolesTab::editSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &RolesTab::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &RolesTab::deleteSelected);
    updateCommands();
}

void RolesTab::setActor(const Holder& actor)
{
    m_actor = actor;
    updateCommands();
}

std::optional<Role> RolesTab::selectedRole() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_roles.role(rows.first().data(client::RoleListModel::RoleIdRole).toString());
}

void RolesTab::updateCommands()
{
    const AccessDecision create = AccessRules::decide(AccessQuestion(m_actor, Action::CreateRole));
    m_create->setEnabled(create.allowed);
    m_create->setToolTip(create.allowed ? tr("Define a role from the permission catalog") : create.reason);

    const std::optional<Role> role = selectedRole();
    const auto decideOn = [this, &role](Action action) {
        if (!role)
            return AccessDecision {false, 403, u"no_selection"_s, tr("Select a role first.")};
        AccessQuestion question(m_actor, action);
        question.targetRole = RoleGrant {role->name, role->builtin, role->permissions};
        return AccessRules::decide(question);
    };
    const AccessDecision edit = decideOn(Action::EditRole);
    m_edit->setEnabled(edit.allowed);
    m_edit->setToolTip(edit.allowed ? tr("Rename the role or change its permissions") : edit.reason);
    const AccessDecision remove = decideOn(Action::DeleteRole);
    m_delete->setEnabled(remove.allowed);
    m_delete->setToolTip(remove.allowed ? tr("Delete the role (only when nobody holds it)") : remove.reason);
    // A duplicate is a new role: it needs Create, and can only copy what the actor may grant.
    AccessDecision duplicate = role ? create : decideOn(Action::CreateRole);
    if (role && duplicate.allowed) {
        AccessQuestion question(m_actor, Action::CreateRole);
        question.grantedPermissions = role->permissions;
        duplicate = AccessRules::decide(question);
    }
    m_duplicate->setEnabled(duplicate.allowed);
    m_duplicate->setToolTip(duplicate.allowed ? tr("Start a new role from this one") : duplicate.reason);
}

void RolesTab::openEditor(const std::optional<Role>& existing, const QString& presetName, const PermissionSet& preset)
{
    auto* editor = new RoleEditorDialog(m_roles, m_actor, m_prompter, existing, presetName, preset, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this,
        [this, creating = !existing] { Q_EMIT statusMessage(creating ? tr("Role created.") : tr("Role saved.")); });
    editor->open();
}

void RolesTab::createRole()
{
    openEditor(std::nullopt, QString(), {});
}

void RolesTab::editSelected()
{
    if (const auto role = selectedRole())
        openEditor(role, QString(), {});
}

void RolesTab::duplicateSelected()
{
    if (const auto role = selectedRole())
        openEditor(std::nullopt, m_roles.duplicateName(role->name), role->permissions);
}

void RolesTab::deleteSelected()
{
    const auto role = selectedRole();
    if (!role)
        return;
    if (role->memberCount > 0) {
        // Known here already: say so instead of asking the server to refuse.
        const auto answer = m_prompter.ask(this, QMessageBox::Information, tr("Role in Use"),
            tr("%n member(s) hold \u201c%1\u201d. Move them to another role first, then delete it.\n\nShow them?",
                nullptr, role->memberCount)
                .arg(role->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            Q_EMIT showMembersWithRole(role->id);
        return;
    }
    const auto answer = m_prompter.ask(this, QMessageBox::Warning, tr("Delete Role"),
        tr("Delete the role \u201c%1\u201d? This cannot be undone.").arg(role->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_roles.remove(role->id, this, [this](const client::ApiError& error, const QString&) {
        if (error.isError())
            m_prompter.tell(this, QMessageBox::Warning, tr("Role Not Deleted"), error.message());
        else
            Q_EMIT statusMessage(tr("Role deleted."));
    });
}

} // namespace nacre::ui
