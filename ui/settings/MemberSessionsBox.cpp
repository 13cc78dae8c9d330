#include "settings/MemberSessionsBox.h"

#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

MemberSessionsBox::MemberSessionsBox(client::ApiClient& api, Prompter& prompter, QWidget* parent)
    : QGroupBox(tr("Members' sessions"), parent)
    , m_model(api)
    , m_prompter(prompter)
{
    setObjectName(u"memberSessions"_s);
    m_member = new QComboBox;
    m_member->setObjectName(u"sessionMemberFilter"_s);
    m_member->setAccessibleName(tr("Show the sessions of"));
    m_member->setToolTip(tr("Show one member's sessions"));
    m_member->addItem(tr("All members"), QString());
    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"memberSessionTable"_s, tr("Members' sessions"), false);
    m_table->setModel(&m_model);
    PageParts::setColumnWidths(m_table, {22, 22, 14});
    const QString sample = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    PageParts::fitColumnTo(m_table, client::WorkspaceSessionsModel::StartedColumn, {sample});
    m_table->setMinimumHeight(180);
    m_end = new QPushButton(tr("Sign &Out Session…"));
    m_end->setObjectName(u"endMemberSession"_s);
    m_signOut = new QPushButton(tr("Sign Out &Everywhere…"));
    m_signOut->setObjectName(u"signOutMember"_s);
    m_error = new FieldMessage;
    m_error->setObjectName(u"memberSessionsError"_s);

    auto* filter = new QHBoxLayout;
    filter->addWidget(m_member);
    filter->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_end);
    buttons->addWidget(m_signOut);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::hint(tr("Where the members of this workspace are signed in. Signing someone out "
                                         "ends the session on their device at once; they sign in again to go on.")));
    layout->addLayout(filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(
        m_member, &QComboBox::activated, this, [this] { m_model.setMemberFilter(m_member->currentData().toString()); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &MemberSessionsBox::fillMembers);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &MemberSessionsBox::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MemberSessionsBox::updateButtons);
    connect(m_end, &QPushButton::clicked, this, &MemberSessionsBox::endSelected);
    connect(m_signOut, &QPushButton::clicked, this, &MemberSessionsBox::signOutMember);
    connect(&m_model, &client::WorkspaceSessionsModel::failed, this,
        [this](const client::ApiError& error) { m_error->showError(error.message()); });
    updateButtons();
}

void MemberSessionsBox::setWorkspace(const std::optional<Workspace>& workspace)
{
    m_error->clearMessage();
    const bool allowed = workspace && workspace->can(Permission::SettingsAdvanced);
    m_model.setWorkspace(allowed ? workspace->id : QString());
}

void MemberSessionsBox::fillMembers()
{
    // The members the unfiltered list shows; a chosen one stays while its filter is on.
    if (!m_model.memberFilter().isEmpty())
        return;
    const QSignalBlocker blocker(m_member);
    while (m_member->count() > 1)
        m_member->removeItem(1);
    QStringList seen;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const client::WorkspaceSessionsModel::Session& session = m_model.session(row);
        if (seen.contains(session.userId))
            continue;
        seen.append(session.userId);
        m_member->addItem(u"%1 <%2>"_s.arg(session.displayName, session.email), session.userId);
    }
}

void MemberSessionsBox::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool one = rows.size() == 1;
    const bool own = one && m_model.session(rows.first().row()).current;
    m_end->setEnabled(one && !own);
    m_end->setToolTip(!one ? tr("Select a session first.")
            : own          ? tr("This is the session you are using; use Sign Out in the sidebar")
                           : tr("End the selected session"));
    m_signOut->setEnabled(one);
    m_signOut->setToolTip(
        one ? tr("End every session of the selected session's member") : tr("Select a session first."));
}

void MemberSessionsBox::endSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const client::WorkspaceSessionsModel::Session session = m_model.session(rows.first().row());
    const auto answer = m_prompter.ask(this, QMessageBox::Question, tr("Sign Out Session"),
        tr("Sign %1 out of the session from %2? They will have to sign in again there.")
            .arg(session.displayName, session.address),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_model.endSession(session.id, this, [this, name = session.displayName](const client::ApiError& error) {
        if (error.isError()) {
            m_error->showError(error.message());
            return;
        }
        Q_EMIT statusMessage(tr("%1 was signed out of that session.").arg(name));
    });
}

void MemberSessionsBox::signOutMember()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const client::WorkspaceSessionsModel::Session session = m_model.session(rows.first().row());
    const auto answer = m_prompter.ask(this, QMessageBox::Warning, tr("Sign Out Everywhere"),
        tr("Sign %1 out of every session, on every device? Use this when a device is lost or the account may be "
           "misused; they keep their membership and sign in again.")
            .arg(session.displayName),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_model.signOutMember(
        session.userId, this, [this, name = session.displayName](int ended, const client::ApiError& error) {
            if (error.isError()) {
                m_error->showError(error.message());
                return;
            }
            Q_EMIT statusMessage(tr("%1 was signed out of %n session(s).", nullptr, ended).arg(name));
        });
}

} // namespace nacre::ui
