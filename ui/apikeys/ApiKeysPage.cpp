#include "apikeys/ApiKeysPage.h"

#include "apikeys/ApiKeyRevealDialog.h"
#include "apikeys/CreateApiKeyDialog.h"
#include "widgets/FieldMessage.h"
#include "widgets/Icons.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"
#include "widgets/ShowDeferred.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

ApiKeysPage::ApiKeysPage(client::ApiClient& api, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_model(api)
    , m_prompter(prompter)
{
    setObjectName(u"apiKeysPage"_s);
    m_load = new ShowDeferred(this, [this] { applyWorkspace(); });
    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"apiKeyTable"_s, tr("API keys"), false);
    m_table->setModel(&m_model);
    PageParts::setColumnWidths(m_table, {32, 24, 24, 24}); // name and prefix, permissions, creator, last use
    m_empty = new QLabel(tr("No API keys yet. Make one for each program that works with this workspace, so each "
                            "can be revoked on its own."));
    m_empty->setObjectName(u"apiKeysEmpty"_s);
    m_empty->setWordWrap(true);
    m_create = new QPushButton(Icons::get(Icons::Icon::Plus), tr("&New API Key…"));
    m_create->setObjectName(u"createApiKey"_s);
    m_create->setToolTip(tr("Make a key for a program, with some of your permissions"));
    m_revoke = new QPushButton(Icons::get(Icons::Icon::XCircle), tr("&Revoke…"));
    m_revoke->setObjectName(u"revokeApiKey"_s);
    m_error = new FieldMessage;
    m_error->setObjectName(u"apiKeysError"_s);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_error, 1);
    actions->addStretch();
    actions->addWidget(m_revoke);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(PageParts::title(tr("API Keys")));
    layout->addWidget(PageParts::hint(
        tr("Keys let programs act in this workspace, each with the permissions it was given (never more than its "
           "creator holds now). A key works only here, and what it changes is in the audit log under its name.")));
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_create, &QPushButton::clicked, this, &ApiKeysPage::openCreate);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysPage::revokeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiKeysPage::updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ApiKeysPage::updateButtons);
    connect(&m_model, &client::ApiKeyListModel::failed, this,
        [this](const client::ApiError& error) { m_error->showError(error.message()); });
    updateButtons();
}

void ApiKeysPage::setWorkspace(const std::optional<Workspace>& workspace, const QString& myUserId)
{
    m_workspace = workspace;
    m_actor = workspace ? Holder::actingIn(*workspace, myUserId) : Holder {};
    m_load->schedule();
}

void ApiKeysPage::applyWorkspace()
{
    const std::optional<Workspace>& workspace = m_workspace;
    const bool allowed = workspace && AccessRules::decide(AccessQuestion(m_actor, Action::ManageApiKeys)).allowed;
    m_error->clearMessage();
    m_model.setWorkspace(allowed ? workspace->id : QString());
    updateButtons();
}

void ApiKeysPage::updateButtons()
{
    const bool any = m_model.rowCount() > 0;
    m_empty->setVisible(!any && !m_model.isLoading() && !m_model.workspaceId().isEmpty());
    m_create->setEnabled(!m_model.workspaceId().isEmpty());
    const bool selected = m_table->selectionModel()->hasSelection();
    m_revoke->setEnabled(selected);
    m_revoke->setToolTip(
        selected ? tr("Stop the selected key from working, at once and for good") : tr("Select a key first."));
}

void ApiKeysPage::openCreate()
{
    auto* dialog = new CreateApiKeyDialog(m_model, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateApiKeyDialog::created, this, [this](const QString& name, const QString& secret) {
        ApiKeyRevealDialog reveal(name, secret, this);
        m_prompter.run(reveal);
        Q_EMIT statusMessage(tr("API key \u201c%1\u201d created.").arg(name));
    });
    dialog->open();
}

void ApiKeysPage::revokeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ApiKey key = m_model.key(rows.first().row());
    const auto answer = m_prompter.ask(this, QMessageBox::Warning, tr("Revoke API Key"),
        tr("Revoke \u201c%1\u201d? Programs that use it are refused from now on. This cannot be undone.").arg(key.name),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_model.revoke(key.id, this, [this, name = key.name](const client::ApiError& error) {
        if (error.isError()) {
            m_error->showError(error.message());
            return;
        }
        Q_EMIT statusMessage(tr("API key \u201c%1\u201d revoked.").arg(name));
    });
}

} // namespace nacre::ui
