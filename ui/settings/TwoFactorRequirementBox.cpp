#include "settings/TwoFactorRequirementBox.h"

#include "export/PagedCsvExport.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

TwoFactorRequirementBox::TwoFactorRequirementBox(
    client::ApiClient& api, client::WorkspaceSettingsModel& settings, Prompter& prompter, QWidget* parent)
    : QGroupBox(tr("Two-factor sign-in"), parent)
    , m_api(api)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_without(api)
{
    setObjectName(u"twoFactorRequirement"_s);
    m_without.setTwoFactorFilter(client::MemberListModel::TwoFactorFilter::Off);
    m_require = new QCheckBox(tr("Every member must sign in with two-factor sign-in"));
    m_require->setObjectName(u"requireTwoFactorField"_s);
    m_require->setToolTip(tr("Members without it cannot open this workspace until they turn it on under "
                             "Security. Turn it on for your own account first."));
    m_message = new FieldMessage;
    m_message->setObjectName(u"requireTwoFactorMessage"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"twoFactorBlockedSummary"_s);
    m_summary->setWordWrap(true);
    m_list = new QListView;
    m_list->setObjectName(u"twoFactorBlockedList"_s);
    m_list->setAccessibleName(tr("Members without two-factor sign-in"));
    m_list->setModel(&m_without);
    m_list->setModelColumn(client::MemberListModel::EmailColumn);
    m_list->setMaximumHeight(140);
    m_copy = new QPushButton(tr("Copy &Emails"));
    m_copy->setObjectName(u"copyBlockedEmails"_s);
    m_copy->setToolTip(tr("Copy the addresses of the members without two-factor sign-in, to ask them to turn it on"));
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setObjectName(u"applyTwoFactorRequirement"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::withMessage(m_require, m_message));
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_require, &QCheckBox::toggled, this, &TwoFactorRequirementBox::updateState);
    connect(m_require, &QCheckBox::toggled, m_message, &FieldMessage::clearMessage);
    connect(m_apply, &QPushButton::clicked, this, &TwoFactorRequirementBox::apply);
    connect(m_copy, &QPushButton::clicked, this, &TwoFactorRequirementBox::copyEmails);
    connect(&m_without, &client::MemberListModel::totalChanged, this, &TwoFactorRequirementBox::updateState);
    connect(&m_without, &client::MemberListModel::loadingChanged, this, &TwoFactorRequirementBox::updateState);
    connect(&m_settings, &client::WorkspaceSettingsModel::loaded, this, &TwoFactorRequirementBox::showSaved);
    connect(&m_settings, &client::WorkspaceSettingsModel::savedChanges, this, [this] {
        if (m_announce)
            Q_EMIT statusMessage(*m_announce ? tr("Two-factor sign-in is now required in this workspace.")
                                             : tr("Two-factor sign-in is no longer required in this workspace."));
        m_announce.reset();
        showSaved();
    });
    connect(&m_settings, &client::WorkspaceSettingsModel::failed, this, [this](const client::ApiError& error) {
        m_announce.reset();
        if (error.is(ProblemCode::TwoFactorNeededFirst)) {
            m_message->showError(error.message()); // said beside the checkbox, where it was asked for
            m_require->setFocus();
        }
        updateState();
    });
    connect(&m_settings, &client::WorkspaceSettingsModel::busyChanged, this, &TwoFactorRequirementBox::updateState);
    updateState();
}

void TwoFactorRequirementBox::setWorkspace(const std::optional<Workspace>& workspace)
{
    m_workspace = workspace;
    m_message->clearMessage();
    const bool allowed = workspace && workspace->can(Permission::SettingsAdvanced);
    m_without.setWorkspace(allowed ? workspace->id : QString());
    if (allowed && m_settings.workspaceId() != workspace->id)
        m_settings.load(workspace->id);
    showSaved();
}

void TwoFactorRequirementBox::showSaved()
{
    const QSignalBlocker blocker(m_require);
    m_require->setChecked(m_settings.isLoaded() && m_settings.saved().requireTwoFactor);
    m_without.refresh(); // who has it changes outside this window too
    updateState();
}

void TwoFactorRequirementBox::updateState()
{
    const bool ready = m_settings.isLoaded() && m_workspace && m_workspace->can(Permission::SettingsAdvanced);
    const bool saved = ready && m_settings.saved().requireTwoFactor;
    const qint64 blocked = m_without.total();
    m_require->setEnabled(ready && !m_settings.isBusy());
    m_apply->setEnabled(ready && !m_settings.isBusy() && m_require->isChecked() != saved);
    m_copy->setEnabled(blocked > 0);
    if (m_without.isLoading() && m_without.rowCount() == 0)
        m_summary->setText(tr("Checking who has two-factor sign-in…"));
    else if (blocked == 0)
        m_summary->setText(tr("Every member has two-factor sign-in: nobody would be shut out."));
    else if (saved)
        m_summary->setText(tr(
            "%n member(s) cannot open this workspace until they turn on two-factor sign-in:", nullptr, int(blocked)));
    else
        m_summary->setText(tr("%n member(s) have no two-factor sign-in and would be shut out until they turn it on:",
            nullptr, int(blocked)));
    m_list->setVisible(blocked > 0);
}

void TwoFactorRequirementBox::apply()
{
    const bool require = m_require->isChecked();
    const qint64 blocked = m_without.total();
    if (require && blocked > 0) {
        const auto answer = m_prompter.ask(this, QMessageBox::Warning, tr("Require Two-Factor Sign-In"),
            tr("%n member(s) have no two-factor sign-in. They cannot open this workspace until they turn it on. "
               "Require it now?",
                nullptr, int(blocked)),
            QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    WorkspaceSettings settings = m_settings.saved();
    settings.requireTwoFactor = require;
    m_announce = require; // said once the server has saved it
    m_settings.save(settings);
}

void TwoFactorRequirementBox::copyEmails()
{
    auto* fetch = new client::PagedCsvExport(
        m_api, m_without.queryPath(), {},
        [](const QJsonObject& item) -> std::optional<QStringList> {
            return QStringList {item.value(u"email"_s).toString()};
        },
        this);
    m_copy->setEnabled(false);
    fetch->run([this, fetch](const QByteArray&, const client::ApiError& error) {
        fetch->deleteLater();
        m_copy->setEnabled(true);
        if (error.isError()) {
            m_message->showError(error.message());
            return;
        }
        QStringList emails;
        for (const QStringList& row : fetch->rows())
            emails.append(row.first());
        QGuiApplication::clipboard()->setText(emails.join(u'\n'));
        Q_EMIT statusMessage(tr("Copied %n address(es).", nullptr, int(emails.size())));
    });
}

} // namespace nacre::ui
