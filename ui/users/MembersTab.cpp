#include "users/MembersTab.h"

#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
const QString HeaderStateKey = u"users/membersHeader"_s;
}

MembersTab::MembersTab(
    client::MemberListModel& members, client::RoleListModel& roles, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_members(members)
    , m_roles(roles)
    , m_prompter(prompter)
{
    setObjectName(u"membersTab"_s);

    m_search = new QLineEdit;
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setClearButtonEnabled(true);
    m_roleFilter = new QComboBox;
    m_roleFilter->setObjectName(u"memberRoleFilter"_s);
    m_roleFilter->setAccessibleName(tr("Show members with role"));
    m_total = new QLabel;
    m_total->setObjectName(u"memberTotal"_s);
    m_invite = new QPushButton(QIcon(u":/nacre/icons/plus.svg"_s), tr("&Invite User…"));
    m_invite->setObjectName(u"inviteUser"_s);
    m_changeRole = new QPushButton(tr("Change &Role"));
    m_changeRole->setObjectName(u"changeRole"_s);
    m_roleMenu = new QMenu(m_changeRole);
    m_changeRole->setMenu(m_roleMenu);
    m_remove = new QPushButton(tr("Re&move…"));
    m_remove->setObjectName(u"removeMembers"_s);

    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"memberTable"_s, tr("Members"), true);
    m_table->setModel(&m_members);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(client::MemberListModel::NameColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->horizontalHeader()->restoreState(QSettings().value(HeaderStateKey).toByteArray());

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_roleFilter, 1);
    filters->addWidget(m_total);
    auto* commands = new QHBoxLayout;
    commands->addWidget(m_invite);
    commands->addStretch();
    commands->addWidget(m_changeRole);
    commands->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(commands);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { m_members.setSearch(m_search->text()); });
    connect(m_roleFilter, &QComboBox::activated, this,
        [this] { m_members.setRoleFilter(m_roleFilter->currentData().toString()); });
    connect(&m_members, &client::MemberListModel::totalChanged, this,
        [this](qint64 total) { m_total->setText(tr("%n member(s)", nullptr, int(total))); });
    connect(&m_roles, &client::RoleListModel::loaded, this, [this] {
        rebuildRoleFilter();
        updateCommands();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersTab::updateCommands);
    connect(&m_members, &QAbstractItemModel::modelReset, this, &MembersTab::updateCommands);
    connect(m_invite, &QPushButton::clicked, this, &MembersTab::inviteRequested);
    connect(m_remove, &QPushButton::clicked, this, &MembersTab::removeSelected);
    connect(m_roleMenu, &QMenu::aboutToShow, this, [this] {
        m_roleMenu->clear();
        for (const Role& role : m_roles.roles()) {
            QAction* action = m_roleMenu->addAction(role.ref().displayName());
            const AccessDecision decision = decideRoleChange(role);
            action->setEnabled(decision.allowed);
            action->setToolTip(decision.reason);
            connect(action, &QAction::triggered, this, [this, id = role.id] { changeSelectedRole(id); });
        }
        m_roleMenu->setToolTipsVisible(true);
    });
    m_table->addAction(m_changeRole->menu()->menuAction());
    updateCommands();
}

MembersTab::~MembersTab()
{
    QSettings().setValue(HeaderStateKey, m_table->horizontalHeader()->saveState());
}

void MembersTab::setActor(const Holder& actor)
{
    m_actor = actor;
    updateCommands();
}

void MembersTab::rebuildRoleFilter()
{
    const QString current = m_roleFilter->currentData().toString();
    m_roleFilter->clear();
    m_roleFilter->addItem(tr("All roles"), QString());
    for (const Role& role : m_roles.roles())
        m_roleFilter->addItem(role.ref().displayName(), role.id);
    m_roleFilter->setCurrentIndex(qMax(0, m_roleFilter->findData(current)));
}

QList<int> MembersTab::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

Holder MembersTab::holderAt(int row) const
{
    const Member& member = m_members.member(row);
    const auto role = m_roles.role(member.role.id);
    return Holder {
        member.userId, member.role.builtin, role ? role->permissions : BuiltinRoles::permissions(member.role.builtin)};
}

int MembersTab::ownerCount() const
{
    for (const Role& role : m_roles.roles()) {
        if (role.builtin == BuiltinRole::Owner)
            return role.memberCount;
    }
    return 1;
}

AccessDecision MembersTab::decideRoleChange(const Role& role) const
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return AccessDecision {false, 403, u"no_selection"_s, tr("Select one or more members first.")};
    for (const int row : rows) {
        AccessQuestion question(m_actor, Action::ChangeMemberRole);
        question.targetMember = holderAt(row);
        question.grantedRole = RoleGrant {role.name, role.builtin, role.permissions};
        question.ownerCount = ownerCount();
        if (const AccessDecision decision = AccessRules::decide(question); !decision.allowed)
            return decision;
    }
    return AccessDecision::allow();
}

AccessDecision MembersTab::decideRemoval() const
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return AccessDecision {false, 403, u"no_selection"_s, tr("Select one or more members first.")};
    for (const int row : rows) {
        AccessQuestion question(m_actor, Action::RemoveMember);
        question.targetMember = holderAt(row);
        question.ownerCount = ownerCount();
        if (const AccessDecision decision = AccessRules::decide(question); !decision.allowed)
            return decision;
    }
    return AccessDecision::allow();
}

void MembersTab::updateCommands()
{
    const AccessDecision invite = AccessRules::decide(AccessQuestion(m_actor, Action::Invite));
    m_invite->setEnabled(invite.allowed);
    m_invite->setToolTip(invite.allowed ? tr("Invite people to this workspace by email") : invite.reason);

    const AccessDecision change = AccessRules::decide(AccessQuestion(m_actor, Action::ChangeMemberRole));
    const bool selected = !selectedRows().isEmpty();
    m_changeRole->setEnabled(change.allowed && selected);
    m_changeRole->setToolTip(!change.allowed ? change.reason
            : !selected                      ? tr("Select one or more members first.")
                                             : tr("Give the selected members another role"));
    const AccessDecision removal = decideRemoval();
    m_remove->setEnabled(removal.allowed);
    m_remove->setToolTip(removal.allowed ? tr("Remove the selected members from the workspace") : removal.reason);
}

void MembersTab::runBatch(const QString& verb, const QList<int>& rows,
    const std::function<void(int, std::function<void(const client::ApiError&)>)>& action)
{
    // Rows shift as members are removed: act on the user ids, one after another.
    struct Batch
    {
        QStringList pending;
        int done = 0;
        QStringList failures;
    };
    auto batch = std::make_shared<Batch>();
    for (const int row : rows)
        batch->pending.append(m_members.member(row).userId);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, batch, next, verb, action] {
        if (batch->pending.isEmpty()) {
            if (batch->failures.isEmpty())
                Q_EMIT statusMessage(tr("%1: %n member(s) done.", nullptr, batch->done).arg(verb));
            else
                m_prompter.tell(this, QMessageBox::Warning, verb,
                    tr("%n member(s) done. Not done:", nullptr, batch->done) + u"\n\n"_s + batch->failures.join(u'\n'));
            return;
        }
        const QString userId = batch->pending.takeFirst();
        int row = -1;
        for (int i = 0; i < m_members.rowCount(); ++i) {
            if (m_members.member(i).userId == userId)
                row = i;
        }
        if (row < 0) {
            (*next)();
            return;
        }
        const QString name = m_members.member(row).displayName;
        action(row, [batch, next, name](const client::ApiError& error) {
            if (error.isError())
                batch->failures.append(name + u": "_s + error.message());
            else
                ++batch->done;
            (*next)();
        });
    };
    (*next)();
}

void MembersTab::changeSelectedRole(const QString& roleId)
{
    const auto role = m_roles.role(roleId);
    const QList<int> rows = selectedRows();
    if (!role || rows.isEmpty())
        return;
    if (rows.size() > 1) {
        const auto answer = m_prompter.ask(this, QMessageBox::Question, tr("Change Role"),
            tr("Give %n member(s) the role \u201c%1\u201d?", nullptr, int(rows.size())).arg(role->ref().displayName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    runBatch(tr("Change role"), rows, [this, roleId](int row, std::function<void(const client::ApiError&)> done) {
        m_members.changeRole(row, roleId, this, std::move(done));
    });
}

void MembersTab::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QStringList names;
    for (const int row : rows.mid(0, 5))
        names.append(m_members.member(row).displayName);
    if (rows.size() > 5)
        names.append(tr("and %n more", nullptr, int(rows.size() - 5)));
    const auto answer = m_prompter.ask(this, QMessageBox::Warning, tr("Remove Members"),
        tr("Remove %n member(s) from the workspace? They lose access at once; their accounts stay.", nullptr,
            int(rows.size()))
            + u"\n\n"_s + names.join(u", "_s),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    runBatch(tr("Remove"), rows, [this](int row, std::function<void(const client::ApiError&)> done) {
        m_members.removeMember(row, this, std::move(done));
    });
}

} // namespace nacre::ui
