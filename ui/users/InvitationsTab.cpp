#include "users/InvitationsTab.h"

#include "audit/ShowInAuditLogCommand.h"
#include "commands/Command.h"
#include "users/invitations/CopyInvitationLinkCommand.h"
#include "users/invitations/ResendInvitationsCommand.h"
#include "users/invitations/RevokeInvitationsCommand.h"
#include "widgets/EmptyState.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

// Expired invitations read as inactive: the model marks them, the view greys them. A mail that
// failed for good reads in the error colour, so it stands out in a long list.
class InvitationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == client::InvitationListModel::MailColumn
            && index.data(client::InvitationListModel::DeliveryStateRole).toInt() == int(DeliveryState::Failed)) {
            option->palette.setColor(QPalette::Text, FieldMessage::errorColor(option->palette));
            return;
        }
        if (index.data(client::InvitationListModel::ExpiredRole).toBool())
            option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::Disabled, QPalette::Text));
    }
};

} // namespace

InvitationsTab::InvitationsTab(
    client::InvitationListModel& invitations, Prompter& prompter, Command& invite, QWidget* parent)
    : QWidget(parent)
    , m_invitations(invitations)
{
    setObjectName(u"invitationsTab"_s);
    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"invitationTable"_s, tr("Invitations"), true);
    m_table->setModel(&m_invitations);
    m_table->setItemDelegate(new InvitationDelegate(m_table));
    m_empty = new EmptyState(m_table, [this, &invite]() -> EmptyState::Message {
        if (!m_loaded || m_invitations.rowCount() > 0)
            return {};
        return {tr("No invitations are waiting. The people you invite appear here until they join, so you can "
                   "resend or withdraw an invitation."),
            invite.isEnabled() ? tr("Invite Users\u2026") : QString()};
    });
    connect(m_empty, &EmptyState::actionTriggered, &invite, &QAction::trigger);
    connect(&m_invitations, &client::InvitationListModel::loaded, this, [this] {
        m_loaded = true;
        m_empty->refresh();
    });
    PageParts::setColumnWidths(m_table, {26, 11, 15}); // email, role, invited by
    using Model = client::InvitationListModel;
    PageParts::fitColumnTo(m_table, Model::SentColumn,
        {QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)});
    QStringList states;
    for (const DeliveryState state : {DeliveryState::None, DeliveryState::Queued, DeliveryState::Sent,
             DeliveryState::Retrying, DeliveryState::Failed})
        states.append(Model::deliveryText(MailDelivery {.state = state}));
    PageParts::fitColumnTo(m_table, Model::MailColumn, states);

    const InvitationsScope scope {m_invitations, m_actor, prompter, [this] {
                                      return m_table->selectionModel()->selectedRows();
                                  }};
    m_resend = new ResendInvitationsCommand(scope, this);
    m_revoke = new RevokeInvitationsCommand(scope, this);
    m_copyLink = new CopyInvitationLinkCommand(scope, this);
    auto* showInLog = new ShowInAuditLogCommand([this]() -> const Holder& { return m_actor; },
        [this]() -> std::optional<ShowInAuditLogCommand::Target> {
            const QModelIndexList rows = m_table->selectionModel()->selectedRows();
            if (rows.size() != 1)
                return std::nullopt;
            const Invitation& invitation = m_invitations.invitations().at(rows.first().row());
            return ShowInAuditLogCommand::Target {invitation.id, tr("the invitation for %1").arg(invitation.email)};
        },
        this);
    connect(showInLog, &ShowInAuditLogCommand::requested, this, &InvitationsTab::showInAuditLog);
    Command::forwardStatus(this, this, &InvitationsTab::statusMessage);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_resend, m_copyLink, showInLog, m_revoke});

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
}

void InvitationsTab::setActor(const Holder& actor)
{
    m_actor = actor;
    m_loaded = false; // another workspace (or person): wait for its list
    m_empty->refresh();
    updateCommands();
}

void InvitationsTab::updateCommands()
{
    Command::refreshAll(this);
}

} // namespace nacre::ui
