#include "users/MembersTab.h"

#include "audit/ShowInAuditLogCommand.h"
#include "commands/Command.h"
#include "users/MemberNameDelegate.h"
#include "users/RoleComboDelegate.h"
#include "users/members/ChangeRoleCommand.h"
#include "users/members/ExportMembersCommand.h"
#include "users/members/MemberDetailsCommand.h"
#include "users/members/RemoveMembersCommand.h"
#include "widgets/EmptyState.h"
#include "widgets/PageParts.h"
#include "widgets/Shortcuts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
const QString HeaderStateKey = u"users/membersHeader"_s;
} // namespace

MembersTab::MembersTab(client::ApiClient& api, client::MemberListModel& members, client::RoleListModel& roles,
    Prompter& prompter, Command& invite, QWidget* parent)
    : QWidget(parent)
    , m_members(members)
    , m_roles(roles)
    , m_access(members, roles)
    , m_invite(invite)
{
    setObjectName(u"membersTab"_s);

    m_search = new QLineEdit;
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setToolTip(tr("Shows the members whose name or email contains the text"));
    m_search->setClearButtonEnabled(true);
    m_roleFilter = new QComboBox;
    m_roleFilter->setObjectName(u"memberRoleFilter"_s);
    m_roleFilter->setAccessibleName(tr("Show members with role"));
    m_roleFilter->setToolTip(tr("Show only the members who hold one role"));
    // Before a workspace requires two-factor sign-in: who would be locked out.
    m_twoFactorFilter = new QComboBox;
    m_twoFactorFilter->setObjectName(u"memberTwoFactorFilter"_s);
    m_twoFactorFilter->setAccessibleName(tr("Show members by two-factor sign-in"));
    m_twoFactorFilter->setToolTip(tr("Show only the members with, or without, two-factor sign-in"));
    using TwoFactor = client::MemberListModel::TwoFactorFilter;
    m_twoFactorFilter->addItem(tr("Two-factor: any"), int(TwoFactor::Any));
    m_twoFactorFilter->addItem(tr("Two-factor on"), int(TwoFactor::On));
    m_twoFactorFilter->addItem(tr("Two-factor off"), int(TwoFactor::Off));
    connect(m_twoFactorFilter, &QComboBox::activated, this,
        [this] { m_members.setTwoFactorFilter(TwoFactor(m_twoFactorFilter->currentData().toInt())); });
    m_total = new QLabel;
    m_total->setObjectName(u"memberTotal"_s);

    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"memberTable"_s, tr("Members"), true);
    m_table->setModel(&m_members);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegateForColumn(client::MemberListModel::RoleColumn,
        new RoleComboDelegate([this](int row) { return m_access.assignableRoles(row); },
            [this](int row, const QString& roleId) { m_changeRole->changeRoleOf({row}, roleId); }, m_table));
    m_table->setItemDelegateForColumn(client::MemberListModel::NameColumn, new MemberNameDelegate(m_table));
    PageParts::setColumnWidths(m_table, {26, 26, 11, 6}); // name (after its badge), email, role, 2FA: fits at 960 px
    QHeaderView* header = m_table->horizontalHeader();
    // Dates are as wide as the locale writes them ("12/31/26", "31.12.26").
    PageParts::fitColumnTo(m_table, client::MemberListModel::JoinedColumn,
        {QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat)});
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(client::MemberListModel::NameColumn, Qt::AscendingOrder);
    header->restoreState(QSettings().value(HeaderStateKey).toByteArray());

    const MembersScope scope {m_members, m_roles, m_access, prompter, [this] {
                                  return selectedRows();
                              }};
    m_changeRole = new ChangeRoleCommand(scope, this);
    m_remove = new RemoveMembersCommand(scope, this);
    m_details = new MemberDetailsCommand(scope, this);
    m_export = new ExportMembersCommand(api, m_members, prompter, this);
    auto* showInLog = new ShowInAuditLogCommand([this]() -> const Holder& { return m_access.actor(); },
        [this]() -> std::optional<ShowInAuditLogCommand::Target> {
            const QList<int> rows = selectedRows();
            if (rows.size() != 1 || !m_members.isLoaded(rows.first()))
                return std::nullopt;
            const Member member = m_members.member(rows.first());
            return ShowInAuditLogCommand::Target {member.userId, member.displayName};
        },
        this);
    connect(showInLog, &ShowInAuditLogCommand::requested, this, &MembersTab::showInAuditLog);
    Command::forwardStatus(this, this, &MembersTab::statusMessage);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addActions({m_changeRole, m_details, showInLog, m_remove, separator, m_export});

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_roleFilter, 1);
    filters->addWidget(m_twoFactorFilter);
    filters->addWidget(m_total);
    auto* inviteButton = new CommandButton(&m_invite, u"inviteUser"_s);
    auto* changeRole = new CommandButton(m_changeRole, u"changeRole"_s);
    changeRole->setMenu(m_changeRole->roleMenu());
    auto* remove = new CommandButton(m_remove, u"removeMembers"_s);
    auto* details = new CommandButton(m_details, u"memberDetails"_s);
    auto* exportButton = new CommandButton(m_export, u"exportMembers"_s);
    auto* commands = new QHBoxLayout;
    commands->addWidget(inviteButton);
    commands->addWidget(exportButton);
    commands->addStretch();
    commands->addWidget(details);
    commands->addWidget(changeRole);
    commands->addWidget(remove);
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
        [this](qint64 total) { m_total->setText(tr("%Ln member(s)", nullptr, int(total))); });
    // Something to read while the first page is on its way (a search on a big workspace takes a moment).
    connect(&m_members, &client::MemberListModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_members.rowCount() == 0)
            m_total->setText(tr("Loading…"));
        else if (!loading)
            m_total->setText(tr("%Ln member(s)", nullptr, int(m_members.total())));
        m_total->setToolTip(QString());
    });
    connect(&m_members, &client::MemberListModel::failed, this, [this](const client::ApiError& error) {
        // Rows from the local cache stay readable; say that they are what was last seen.
        m_total->setText(m_members.rowCount() > 0 ? tr("%Ln member(s), as last seen", nullptr, int(m_members.total()))
                                                  : tr("Members not loaded"));
        m_total->setToolTip(error.message());
    });
    // Ctrl+F: to the search field, from anywhere on the tab.
    auto* find = new QAction(this);
    find->setShortcut(Shortcuts::findMembers());
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    connect(&m_roles, &client::RoleListModel::loaded, this, [this] {
        rebuildRoleFilter();
        updateCommands();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersTab::updateCommands);
    connect(&m_members, &QAbstractItemModel::modelReset, this, &MembersTab::updateCommands);
    connect(&m_members, &QAbstractItemModel::dataChanged, this, &MembersTab::updateCommands);

    // A search that finds nobody, or a workspace of one, says so and offers the next step.
    const auto filtered = [this] {
        return !m_search->text().trimmed().isEmpty() || m_roleFilter->currentIndex() > 0
            || m_twoFactorFilter->currentIndex() > 0;
    };
    auto* empty = new EmptyState(m_table, [this, filtered]() -> EmptyState::Message {
        if (m_members.isLoading())
            return {};
        if (m_members.rowCount() == 0 && filtered())
            return {tr("No member matches these filters."), tr("Clear Filters")};
        if (m_members.rowCount() == 1 && m_members.total() == 1 && !filtered())
            return {tr("Nobody else is here yet. Invite the people you work with; each gets the role you choose."),
                m_invite.isEnabled() ? tr("Invite Your Team\u2026") : QString()};
        return {};
    });
    connect(empty, &EmptyState::actionTriggered, this, [this, filtered] {
        if (!filtered()) {
            m_invite.trigger();
            return;
        }
        m_search->clear();
        m_searchDebounce.stop();
        m_roleFilter->setCurrentIndex(0);
        m_twoFactorFilter->setCurrentIndex(0);
        m_members.setSearch({});
        m_members.setRoleFilter({});
        m_members.setTwoFactorFilter(TwoFactor::Any);
    });
    connect(&m_members, &client::MemberListModel::loadingChanged, empty, &EmptyState::refresh);
    connect(&m_members, &client::MemberListModel::totalChanged, empty, &EmptyState::refresh);
    // A double-click (or Enter) on a row opens its details; on the role cell it edits the role instead.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.column() == client::MemberListModel::RoleColumn)
            return;
        // The row activated is the one meant, even when the keyboard moved off the selection (Ctrl+Home).
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_details->trigger();
    });
}

MembersTab::~MembersTab()
{
    QSettings().setValue(HeaderStateKey, m_table->horizontalHeader()->saveState());
}

void MembersTab::setActor(const Holder& actor)
{
    m_access.setActor(actor);
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

void MembersTab::showRole(const QString& roleId)
{
    m_search->clear();
    m_searchDebounce.stop();
    const int index = m_roleFilter->findData(roleId);
    m_roleFilter->setCurrentIndex(qMax(0, index));
    m_members.setSearch(QString());
    m_members.setRoleFilter(index < 0 ? QString() : roleId);
}

QList<int> MembersTab::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MembersTab::updateCommands()
{
    Command::refreshAll(this);
}

} // namespace nacre::ui
