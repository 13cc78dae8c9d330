#include "users/MembersTab.h"

#include "commands/Command.h"
#include "members/MemberCsvExport.h"
#include "users/BatchDialog.h"
#include "users/MemberDetailsDialog.h"
#include "users/MemberNameDelegate.h"
#include "users/RoleComboDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
const QString HeaderStateKey = u"users/membersHeader"_s;

QString subjectOf(const Member& member)
{
    return u"%1 <%2>"_s.arg(member.displayName, member.email);
}
} // namespace

MembersTab::MembersTab(client::ApiClient& api, client::MemberListModel& members, client::RoleListModel& roles,
    Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_members(members)
    , m_roles(roles)
    , m_prompter(prompter)
    , m_access(members, roles)
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

    m_inviteCommand = new Command(tr("&Invite User…"), tr("Invite people to this workspace by email"), this);
    m_inviteCommand->setIcon(QIcon(u":/nacre/icons/plus.svg"_s));
    m_inviteCommand->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_inviteCommand->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_changeRoleCommand = new Command(tr("Change &Role"), tr("Give the selected members another role"), this);
    m_roleMenu = new QMenu(this);
    m_roleMenu->setObjectName(u"roleMenu"_s);
    m_roleMenu->setToolTipsVisible(true);
    m_changeRoleCommand->setMenu(m_roleMenu);
    m_removeCommand = new Command(tr("Re&move…"), tr("Remove the selected members from the workspace"), this);
    m_removeCommand->setShortcut(QKeySequence::Delete);
    m_removeCommand->setShortcutContext(Qt::WidgetShortcut);
    m_detailsCommand = new Command(tr("Member &Details…"),
        tr("When the selected member joined, who invited them, their sessions and what they can do"), this);
    m_exportCommand = new Command(tr("E&xport CSV…"),
        tr("Save the members shown (search and filter applied) as a CSV "
           "file"),
        this);
    m_exportCommand->setIcon(QIcon(u":/nacre/icons/download.svg"_s));

    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"memberTable"_s, tr("Members"), true);
    m_table->setModel(&m_members);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegateForColumn(client::MemberListModel::RoleColumn,
        new RoleComboDelegate([this](int row) { return assignableRolesFor(row); },
            [this](int row, const QString& roleId) { changeRoleOf({row}, roleId); }, m_table));
    m_table->setItemDelegateForColumn(client::MemberListModel::NameColumn, new MemberNameDelegate(m_table));
    PageParts::setColumnWidths(m_table, {20, 25, 11, 6}); // name, email, role, 2FA: all fits at 960 px
    QHeaderView* header = m_table->horizontalHeader();
    // Dates are as wide as the locale writes them ("12/31/26", "31.12.26"), header included.
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(client::MemberListModel::JoinedColumn,
        qMax(header->sectionSizeHint(client::MemberListModel::JoinedColumn),
            metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat))
                + 3 * metrics.averageCharWidth()));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(client::MemberListModel::NameColumn, Qt::AscendingOrder);
    header->restoreState(QSettings().value(HeaderStateKey).toByteArray());
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addActions({m_changeRoleCommand, m_detailsCommand, m_removeCommand, separator, m_exportCommand});

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_roleFilter, 1);
    filters->addWidget(m_twoFactorFilter);
    filters->addWidget(m_total);
    auto* invite = new CommandButton(m_inviteCommand, u"inviteUser"_s);
    auto* changeRole = new CommandButton(m_changeRoleCommand, u"changeRole"_s);
    changeRole->setMenu(m_roleMenu);
    auto* remove = new CommandButton(m_removeCommand, u"removeMembers"_s);
    auto* permissions = new CommandButton(m_detailsCommand, u"memberDetails"_s);
    auto* exportButton = new CommandButton(m_exportCommand, u"exportMembers"_s);
    auto* commands = new QHBoxLayout;
    commands->addWidget(invite);
    commands->addWidget(exportButton);
    commands->addStretch();
    commands->addWidget(permissions);
    commands->addWidget(changeRole);
    commands->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(commands);
    addAction(m_inviteCommand);

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
    find->setShortcut(QKeySequence::Find);
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
    connect(m_inviteCommand, &QAction::triggered, this, &MembersTab::inviteRequested);

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
                m_inviteCommand->isEnabled() ? tr("Invite Your Team\u2026") : QString()};
        return {};
    });
    connect(empty, &EmptyState::actionTriggered, this, [this, filtered] {
        if (!filtered()) {
            Q_EMIT inviteRequested();
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
    connect(m_removeCommand, &QAction::triggered, this, &MembersTab::removeSelected);
    connect(m_detailsCommand, &QAction::triggered, this, &MembersTab::showDetailsOfSelected);
    // A double-click (or Enter) on a row opens its details; on the role cell it edits the role instead.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.column() == client::MemberListModel::RoleColumn)
            return;
        // The row activated is the one meant, even when the keyboard moved off the selection (Ctrl+Home).
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (m_detailsCommand->isEnabled())
            m_detailsCommand->trigger();
    });
    connect(m_exportCommand, &QAction::triggered, this, &MembersTab::chooseExportFile);
    connect(m_roleMenu, &QMenu::aboutToShow, this, &MembersTab::fillRoleMenu);
    decideCommands();
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

AccessDecision MembersTab::decideRoleChange(const Role& role) const
{
    return m_access.changeRole(selectedRows(), role);
}

AccessDecision MembersTab::decideRemoval() const
{
    return m_access.remove(selectedRows());
}

QList<Role> MembersTab::assignableRolesFor(int row) const
{
    return m_access.assignableRoles(row);
}

void MembersTab::updateCommands()
{
    Command::refreshAll(this);
}

void MembersTab::decideCommands()
{
    m_inviteCommand->setDecide(
        [this] { return AccessRules::decide(AccessQuestion(m_access.actor(), Action::Invite)); });
    m_changeRoleCommand->setDecide([this] {
        const AccessDecision change = AccessRules::decide(AccessQuestion(m_access.actor(), Action::ChangeMemberRole));
        if (!change.allowed)
            return change;
        return m_access.needLoaded(selectedRows());
    });
    m_removeCommand->setDecide([this] { return decideRemoval(); });
    m_detailsCommand->setDecide([this] {
        return selectedRows().size() == 1 ? m_access.needLoaded(selectedRows())
                                          : Command::needSelection(tr("Select one member first."));
    });
    m_exportCommand->setDecide([this] {
        if (m_exporting)
            return Command::needSelection(tr("An export is under way."));
        return m_members.workspaceId().isEmpty() ? Command::needSelection(tr("No members to export."))
                                                 : AccessDecision::allow();
    });
}

void MembersTab::fillRoleMenu()
{
    m_roleMenu->clear();
    for (const Role& role : m_roles.roles()) {
        QAction* action = m_roleMenu->addAction(role.ref().displayName());
        const AccessDecision decision = decideRoleChange(role);
        action->setEnabled(decision.allowed);
        action->setToolTip(decision.allowed
                ? tr("Give the selected members the role \u201c%1\u201d").arg(role.ref().displayName())
                : decision.reason);
        connect(action, &QAction::triggered, this, [this, id = role.id] { changeSelectedRole(id); });
    }
}

BatchDialog* MembersTab::openBatch(const QString& title, const QString& summary, const QString& applyText,
    const QList<int>& rows, const Describe& describe,
    const std::function<void(int, std::function<void(const client::ApiError&)>)>& action)
{
    // Rows shift as members are removed: the batch keeps user ids and finds each row when it acts.
    QList<BatchDialog::Item> items;
    QStringList userIds;
    for (const int row : rows) {
        const Member& member = m_members.member(row);
        userIds.append(member.userId);
        BatchDialog::Item item = describe(member);
        item.subject = subjectOf(member);
        items.append(item);
    }
    auto* dialog = new BatchDialog(
        title, summary, applyText, items,
        [this, userIds, action](int index, std::function<void(const client::ApiError&)> done) {
            for (int row = 0; row < m_members.rowCount(); ++row) {
                if (m_members.member(row).userId == userIds.at(index)) {
                    action(row, std::move(done));
                    return;
                }
            }
            client::ApiError gone;
            gone.kind = client::ApiError::Kind::Http;
            gone.status = 404;
            gone.detail = tr("No longer in the list; it was changed elsewhere.");
            done(gone);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchDialog::batchFinished, this, [this, title](int succeeded, int failed) {
        m_roles.reload(); // member counts moved
        Q_EMIT statusMessage(failed == 0
                ? tr("%1: %Ln member(s) done.", nullptr, succeeded).arg(title)
                : tr("%1: %2 done, %3 not done.")
                      .arg(title, tr("%Ln member(s)", nullptr, succeeded), QLocale().toString(failed)));
    });
    dialog->open();
    return dialog;
}

PermissionSet MembersTab::gainedBy(const Member& member, const Role& role) const
{
    const auto current = m_roles.role(member.role.id);
    return current ? role.permissions.subtracted(current->permissions) : role.permissions;
}

bool MembersTab::confirmGain(const Member& member, const Role& role)
{
    if (role.builtin == BuiltinRole::Owner)
        return m_prompter.ask(this, QMessageBox::Question, tr("Make Owner"),
                   tr("Make %1 an Owner? Owners can do everything, including deleting the workspace and changing "
                      "other Owners.")
                       .arg(member.displayName),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    const PermissionSet gained = gainedBy(member, role);
    if (gained.isEmpty())
        return true;
    QStringList labels;
    for (const Permission permission : gained.toList())
        labels.append(PermissionCatalog::label(permission));
    return m_prompter.ask(this, QMessageBox::Question, tr("Give More Access?"),
               tr("Give %1 the role \u201c%2\u201d? They gain: %3.")
                   .arg(member.displayName, role.ref().displayName(), QLocale().createSeparatedList(labels)),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void MembersTab::changeSelectedRole(const QString& roleId)
{
    changeRoleOf(selectedRows(), roleId);
}

void MembersTab::changeRoleOf(const QList<int>& rows, const QString& roleId)
{
    const auto role = m_roles.role(roleId);
    if (!role || rows.isEmpty())
        return;
    const QString roleName = role->ref().displayName();
    if (rows.size() == 1) {
        const Member member = m_members.member(rows.first());
        if (!confirmGain(member, *role))
            return;
        setCursor(Qt::BusyCursor);
        m_members.changeRole(rows.first(), roleId, this, [this, member, roleName](const client::ApiError& error) {
            unsetCursor();
            if (error.isError()) {
                m_prompter.tell(this, QMessageBox::Warning, tr("Role Not Changed"),
                    tr("%1 keeps the role \u201c%2\u201d: %3")
                        .arg(member.displayName, member.role.displayName(), error.message()));
                return;
            }
            m_roles.reload();
            Q_EMIT statusMessage(tr("%1 is now %2.").arg(member.displayName, roleName));
        });
        return;
    }
    // The review is the confirmation; it says how many gain access they do not have now.
    int gaining = 0;
    for (const int row : rows) {
        const Member& member = m_members.member(row);
        gaining += m_roles.role(member.role.id) && !gainedBy(member, *role).isEmpty() ? 1 : 0;
    }
    QString summary = tr(
        "Give %Ln member(s) the role \u201c%1\u201d. Review the changes, then apply them.", nullptr, int(rows.size()))
                          .arg(roleName);
    if (gaining > 0)
        summary += u' ' + tr("%Ln of them gain permissions they do not have now.", nullptr, gaining);
    openBatch(
        tr("Change Role"), summary, tr("Change %Ln Role(s)", nullptr, int(rows.size())), rows,
        [roleName](const Member& member) {
            return BatchDialog::Item {.subject = {},
                .change = member.role.displayName() + u" \u2192 "_s + roleName,
                .outcome = tr("Now %1").arg(roleName)};
        },
        [this, roleId](int row, std::function<void(const client::ApiError&)> done) {
            m_members.changeRole(row, roleId, this, std::move(done));
        });
}

void MembersTab::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    openBatch(
        tr("Remove Members"),
        tr("Remove %Ln member(s) from the workspace? They lose access at once; their accounts stay, and they can be "
           "invited again.",
            nullptr, int(rows.size())),
        tr("Remove %Ln Member(s)", nullptr, int(rows.size())), rows,
        [](const Member&) {
            return BatchDialog::Item {
                .subject = {}, .change = tr("Remove from the workspace"), .outcome = tr("Removed")};
        },
        [this](int row, std::function<void(const client::ApiError&)> done) {
            m_members.removeMember(row, this, std::move(done));
        });
}

void MembersTab::showDetailsOfSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const Member& member = m_members.member(rows.first());
    const Role role = m_roles.role(member.role.id)
                          .value_or(Role {member.role.id, member.role.name, member.role.builtin,
                              BuiltinRoles::permissions(member.role.builtin)});
    auto* dialog = new MemberDetailsDialog(member, role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_members.loadDetails(member.userId, dialog, [dialog](const MemberDetails& details, const client::ApiError& error) {
        if (error.isError())
            dialog->showDetailsUnavailable(error.message());
        else
            dialog->showDetails(details);
    });
}

void MembersTab::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Members"), folder + u"/members.csv"_s, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MembersTab::exportTo(const QString& path)
{
    auto* exporter = new client::MemberCsvExport(m_api, m_members.queryPath(), this);
    m_exporting = true; // one at a time, whatever else refreshes the commands meanwhile
    m_exportCommand->refresh();
    connect(exporter, &client::MemberCsvExport::progress, this, [this](int rows, qint64 total) {
        Q_EMIT statusMessage(tr("Exporting members: %1 of %2…").arg(rows).arg(total));
    });
    exporter->writeTo(path, [this, exporter, path](const QString& problem) {
        exporter->deleteLater();
        m_exporting = false;
        m_exportCommand->refresh();
        if (!problem.isEmpty()) {
            m_prompter.tell(this, QMessageBox::Warning, tr("Export Failed"),
                tr("The members could not be exported to %1: %2").arg(path, problem));
            return;
        }
        Q_EMIT statusMessage(tr("Exported %Ln member(s) to %1.", nullptr, exporter->rowsFetched()).arg(path));
    });
}

} // namespace nacre::ui
