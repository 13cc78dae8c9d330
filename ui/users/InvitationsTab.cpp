#include "users/InvitationsTab.h"

#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
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

    m_resend = new QPushButton(tr("Re&send"));
    m_resend->setObjectName(u"resendInvitations"_s);
    m_revoke = new QPushButton(tr("Re&voke…"));
    m_revoke->setObjectName(u"revokeInvitations"_s);
    auto* commands = new QHBoxLayout;
    commands->addStretch();
    commands->addWidget(m_resend);
    commands->addWidget(m_revoke);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(commands);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvitationsTab::updateCommands);
    connect(&m_invitations, &QAbstractItemModel::modelReset, this, &InvitationsTab::updateCommands);
    connect(m_resend, &QPushButton::clicked, this, &InvitationsTab::resendSelected);
    connect(m_revoke, &QPushButton::clicked, this, &InvitationsTab::revokeSelected);
    updateCommands();
}

void InvitationsTab::setActor(const Holder& actor)
{
    m_actor = actor;
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
    const AccessDecision manage = AccessRules::decide(AccessQuestion(m_actor, Action::ManageInvitations));
    const bool selected = !selectedIds().isEmpty();
    const QString why = !manage.allowed ? manage.reason
        : !selected                     ? tr("Select one or more invitations first.")
                                        : QString();
    m_resend->setEnabled(why.isEmpty());
    m_revoke->setEnabled(why.isEmpty());
    m_resend->setToolTip(why.isEmpty()
            ? tr("Send again with a new link, valid for another %n day(s)", nullptr, Invitation::ValidityDays)
            : why);
    m_revoke->setToolTip(why.isEmpty() ? tr("Cancel the invitations: their links stop working") : why);
}

void InvitationsTab::report(const QString& verb, int succeeded, const QList<client::ApiError>& failures)
{
    if (failures.isEmpty()) {
        Q_EMIT statusMessage(tr("%1: %n invitation(s).", nullptr, succeeded).arg(verb));
        return;
    }
    QStringList reasons;
    for (const client::ApiError& error : failures)
        reasons.append(error.message());
    m_prompter.tell(this, QMessageBox::Warning, verb,
        tr("%n invitation(s) done. Not done:", nullptr, succeeded) + u"\n\n"_s + reasons.join(u'\n'));
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
        tr("Revoke %n invitation(s)? Their links stop working at once.", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_invitations.revoke(ids, this,
        [this](int succeeded, const QList<client::ApiError>& failures) { report(tr("Revoked"), succeeded, failures); });
}

} // namespace nacre::ui
