#include "users/RolesTab.h"

#include "audit/ShowInAuditLogCommand.h"
#include "commands/Command.h"
#include "roles/DeleteRoleCommand.h"
#include "roles/RoleCommand.h"
#include "widgets/PageParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

RolesTab::RolesTab(client::RoleListModel& roles, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_roles(roles)
{
    setObjectName(u"rolesTab"_s);
    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"roleTable"_s, tr("Roles"), false);
    m_table->setModel(&m_roles);
    PageParts::setColumnWidths(m_table, {30, 10}); // name, members

    const RolesScope scope {m_roles, m_actor, prompter, [this] {
                                return selectedRole();
                            }};
    m_create = new CreateRoleCommand(scope, this);
    m_edit = new EditRoleCommand(scope, this);
    m_duplicate = new DuplicateRoleCommand(scope, this);
    auto* deleteRole = new DeleteRoleCommand(scope, this);
    connect(deleteRole, &DeleteRoleCommand::showMembersWithRole, this, &RolesTab::showMembersWithRole);
    connect(deleteRole, &DeleteRoleCommand::membersMoved, this, &RolesTab::membersMoved);
    m_delete = deleteRole;
    auto* showInLog = new ShowInAuditLogCommand([this]() -> const Holder& { return m_actor; },
        [this]() -> std::optional<ShowInAuditLogCommand::Target> {
            const std::optional<Role> role = selectedRole();
            if (!role)
                return std::nullopt;
            return ShowInAuditLogCommand::Target {role->id,
                tr("the role \u201c%1\u201d")
                    .arg(role->builtin == BuiltinRole::None ? role->name : BuiltinRoles::displayName(role->builtin))};
        },
        this);
    connect(showInLog, &ShowInAuditLogCommand::requested, this, &RolesTab::showInAuditLog);
    Command::forwardStatus(this, this, &RolesTab::statusMessage);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_edit, m_duplicate, showInLog, m_delete});

    auto* commands = new QHBoxLayout;
    const auto button = [commands](Command* command, const QString& name) {
        commands->addWidget(new CommandButton(command, name));
    };
    button(m_create, u"createRole"_s);
    commands->addStretch();
    button(m_edit, u"editRole"_s);
    button(m_duplicate, u"duplicateRole"_s);
    button(m_delete, u"deleteRole"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(commands);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RolesTab::updateCommands);
    connect(&m_roles, &QAbstractItemModel::modelReset, this, &RolesTab::updateCommands);
    connect(&m_roles, &QAbstractItemModel::dataChanged, this, &RolesTab::updateCommands);
    connect(m_table, &QTableView::activated, m_edit, &QAction::trigger); // a double-click, or Enter
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
    Command::refreshAll(this);
}

} // namespace nacre::ui
