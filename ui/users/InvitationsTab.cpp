#include "users/InvitationsTab.h"

#include "commands/Command.h"
#include "widgets/EmptyState.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

// Expired invitations read as inactive: the model marks them, the view greys them.
class ExpiredDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(client::InvitationListModel::ExpiredRole).toBool())
            option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::Disabled, QPalette::Text));
    }
};

} // namespace

InvitationsTab::InvitationsTab(client::InvitationListModel& invitations, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_invitations(invitations)
    , m_prompter(prompter)
{
    setObjectName(u"invitationsTab"_s);
    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"invitationTable"_s, tr("Invitations"), true);
    m_table->setModel(&m_invitations);
    m_table->setItemDelegate(new ExpiredDelegate(m_table));
    m_empty = new EmptyState(m_table, [this]() -> EmptyState::Message {
        if (!m_loaded || m_invitations.rowCount() > 0)
            return {};
        return {tr("No invitations are waiting. The people you invite appear here until they join, so you can "
                   "resend or withdraw an invitation."),
            m_actor.permissions.contains(Permission::ResourcesUsers) ? tr("Invite Users\u2026") : QString()};
    });
    connect(m_empty, &EmptyState::actionTriggered, this, &InvitationsTab::inviteRequested);
    connect(&m_invitations, &client::InvitationListModel::loaded, this, [this] {
        m_loaded = true;
        m_empty->refresh();
    });
    PageParts::setColumnWidths(m_table, {28, 12, 16, 16}); // email, role, invited by, sent: fits at 960 px

    m_resend = new Command(tr("Re&send"),
        tr("Send again with a new link, valid for another %n day(s)", nullptr, Invitation::ValidityDays), this);
    m_revoke = new Command(tr("Re&voke…"), tr("Cancel the invitations: their links stop working"), this);
    m_revoke->setShortcut(QKeySequence::Delete);
    m_revoke->setShortcutContext(Qt::WidgetShortcut);
    m_copyLink = new Command(tr("Copy &Link…"),
        tr("Make a new invitation link to hand over another way (the emailed link stops working)"), this);
    m_copyLink->setIcon(QIcon(u":/nacre/icons/link.svg"_s));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_resend, m_copyLink, m_revoke});

    auto* copyLink = new CommandButton(m_copyLink, u"copyInvitationLink"_s);
    auto* resend = new CommandButton(m_resend, u"resendInvitations"_s);
    auto* revoke = new CommandButton(m_revoke, u"revokeInvitations"_s);
    auto* commands = new QHBoxLayout;
    commands->addStretch();
    commands->addWidget(copyLink);
    commands->addWidget(resend);
    commands->addWidget(revoke);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(commands);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvitationsTab::updateCommands);
    connect(&m_invitations, &QAbstractItemModel::modelReset, this, &InvitationsTab::updateCommands);
    connect(m_resend, &QAction::triggered, this, &InvitationsTab::resendSelected);
    connect(m_revoke, &QAction::triggered, this, &InvitationsTab::revokeSelected);
    connect(m_copyLink, &QAction::triggered, this, &InvitationsTab::copyLinkOfSelected);
    decideCommands();
}

void InvitationsTab::setActor(const Holder& actor)
{
    m_actor = actor;
    m_loaded = false; // another workspace (or person): wait for its list
    m_empty->refresh();
    updateCommands();
}

QStringList InvitationsTab::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(client::InvitationListModel::InvitationIdRole).toString());
    return ids;
}

void InvitationsTab::updateCommands()
{
    Command::refreshAll(this);
}

void InvitationsTab::decideCommands()
{
    const auto decide = [this](bool exactlyOne) {
        const AccessDecision manage = AccessRules::decide(AccessQuestion(m_actor, Action::ManageInvitations));
        if (!manage.allowed)
            return manage;
        const qsizetype selected = selectedIds().size();
        if (exactlyOne && selected != 1)
            return Command::needSelection(tr("Select one invitation first."));
        return selected == 0 ? Command::needSelection(tr("Select one or more invitations first."))
                             : AccessDecision::allow();
    };
    m_resend->setDecide([decide] { return decide(false); });
    m_revoke->setDecide([decide] { return decide(false); });
    m_copyLink->setDecide([decide] { return decide(true); });
}

void InvitationsTab::report(const QString& verb, int succeeded, const QList<client::ApiError>& failures)
{
    if (failures.isEmpty()) {
        Q_EMIT statusMessage(tr("%1: %Ln invitation(s).", nullptr, succeeded).arg(verb));
        return;
    }
    QStringList reasons;
    for (const client::ApiError& error : failures)
        reasons.append(error.message());
    m_prompter.tell(this, QMessageBox::Warning, verb,
        tr("%Ln invitation(s) done. Not done:", nullptr, succeeded) + u"\n\n"_s + reasons.join(u'\n'));
}

void InvitationsTab::resendSelected()
{
    const QStringList ids = selectedIds();
    m_invitations.resend(ids, this,
        [this](int succeeded, const QList<client::ApiError>& failures) { report(tr("Resent"), succeeded, failures); });
}

void InvitationsTab::revokeSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = m_prompter.ask(this, QMessageBox::Warning, tr("Revoke Invitations"),
        tr("Revoke %Ln invitation(s)? Their links stop working at once.", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_invitations.revoke(ids, this,
        [this](int succeeded, const QList<client::ApiError>& failures) { report(tr("Revoked"), succeeded, failures); });
}

void InvitationsTab::copyLinkOfSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QModelIndex row = m_table->selectionModel()->selectedRows().first();
    const QString email = row.siblingAtColumn(client::InvitationListModel::EmailColumn).data().toString();
    const auto answer = m_prompter.ask(this, QMessageBox::Question, tr("Copy Invitation Link"),
        tr("Make a new link for %1 and copy it? Anyone with the link can join as %1, so share it only with them. "
           "The link in the email sent earlier stops working.")
            .arg(email),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    setCursor(Qt::BusyCursor);
    m_invitations.createLink(ids.first(), this, [this, email](const QString& link, const client::ApiError& error) {
        unsetCursor();
        if (error.isError()) {
            m_prompter.tell(this, QMessageBox::Warning, tr("No Link Made"), error.message());
            return;
        }
        QGuiApplication::clipboard()->setText(link);
        Q_EMIT statusMessage(tr("Invitation link for %1 copied to the clipboard.").arg(email));
    });
}

} // namespace nacre::ui
