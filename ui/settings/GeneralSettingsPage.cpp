#include "settings/GeneralSettingsPage.h"

#include "settings/DeleteWorkspaceDialog.h"
#include "validation/EmailAddress.h"
#include "validation/NameRules.h"
#include "validation/SessionTimeout.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

using PageParts::besideHint;
using PageParts::caption;
using PageParts::hint;
using PageParts::withMessage;

GeneralSettingsPage::GeneralSettingsPage(
    client::WorkspaceSettingsModel& model, client::RoleListModel& roles, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_roles(roles)
    , m_prompter(prompter)
{
    setObjectName(u"generalSettingsPage"_s);

    auto* title = PageParts::title(tr("General Settings"));
    m_subtitle = hint(QString());

    m_readOnlyNotice = new QLabel;
    m_readOnlyNotice->setObjectName(u"readOnlyNotice"_s);
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setFrameShape(QFrame::StyledPanel);
    m_readOnlyNotice->setMargin(8);
    m_readOnlyNotice->setVisible(false);

    // Identity and notifications (settings.general).
    m_name = new QLineEdit;
    m_name->setObjectName(u"workspaceNameField"_s);
    m_name->setAccessibleName(tr("Workspace name"));
    m_name->setToolTip(tr("The name visible to all members of the workspace"));
    m_billingEmail = new QLineEdit;
    m_billingEmail->setObjectName(u"billingEmailField"_s);
    m_billingEmail->setAccessibleName(tr("Billing email"));
    m_billingEmail->setToolTip(tr("Used for invoices, receipts and payment-related notifications"));
    m_billingEmail->setPlaceholderText(tr("billing@example.com"));
    m_notificationsEmail = new QLineEdit;
    m_notificationsEmail->setObjectName(u"notificationsEmailField"_s);
    m_notificationsEmail->setAccessibleName(tr("Notifications email"));
    m_notificationsEmail->setToolTip(tr("Where important alerts and workspace notifications are sent"));
    m_notificationsEmail->setPlaceholderText(tr("alerts@example.com"));
    m_newsletter = new QCheckBox(tr("Receive product news, feature updates and occasional announcements"));
    m_newsletter->setObjectName(u"newsletterField"_s);
    m_nameMessage = new FieldMessage;
    m_billingMessage = new FieldMessage;
    m_notificationsMessage = new FieldMessage;

    m_identity = new QGroupBox(tr("Workspace"));
    auto* identityForm = new QFormLayout(m_identity);
    identityForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    identityForm->addRow(caption(tr("Workspace &name:"), m_name), withMessage(m_name, m_nameMessage));
    identityForm->addRow(caption(tr("&Billing email:"), m_billingEmail), withMessage(m_billingEmail, m_billingMessage));
    identityForm->addRow(caption(tr("N&otifications email:"), m_notificationsEmail),
        withMessage(m_notificationsEmail, m_notificationsMessage));
    identityForm->addRow(tr("Newsletter:"), m_newsletter);

    // What an invitation gives unless the inviter picks another role.
    m_defaultRole = new QComboBox;
    m_defaultRole->setObjectName(u"defaultRoleField"_s);
    m_defaultRole->setAccessibleName(tr("Default role for invitations"));
    m_defaultRole->setToolTip(tr("The role the Invite dialog offers first. Give people the least access they need; "
                                 "Owner is never offered."));
    m_defaultRoleMessage = new FieldMessage;
    m_defaultRoleMessage->setObjectName(u"defaultRoleMessage"_s);
    identityForm->addRow(caption(tr("&Invite as:"), m_defaultRole),
        withMessage(besideHint(m_defaultRole, tr("the role new invitations offer first")), m_defaultRoleMessage));

    // Security and sessions (settings.advanced).
    m_sessionTimeout = new QSpinBox;
    m_sessionTimeout->setObjectName(u"sessionTimeoutField"_s);
    m_sessionTimeout->setAccessibleName(tr("Session timeout in minutes"));
    // Wider than the rule on purpose: a value typed outside it stays there and is explained beside
    // the field (a spin box clamped to the rule would silently put back the old value).
    m_sessionTimeout->setRange(1, 99999);
    m_sessionTimeout->setSuffix(tr(" minutes"));
    m_sessionTimeout->setMaximumWidth(180);
    m_sessionTimeout->setToolTip(tr("How long a session stays active before it expires due to inactivity "
                                    "(%1 to %2 minutes)")
                                     .arg(SessionTimeout::MinMinutes)
                                     .arg(SessionTimeout::MaxMinutes));
    m_timeoutMessage = new FieldMessage;
    m_timeoutMessage->setObjectName(u"sessionTimeoutMessage"_s);
    m_publicRecordings = new QCheckBox(tr("Call recordings can be opened by anyone with a shared link"));
    m_publicRecordings->setObjectName(u"publicRecordingsField"_s);

    m_security = new QGroupBox(tr("Security and sessions"));
    auto* securityForm = new QFormLayout(m_security);
    securityForm->addRow(caption(tr("Session &timeout:"), m_sessionTimeout),
        withMessage(
            besideHint(m_sessionTimeout,
                tr("%1 to %2 minutes (3 days)").arg(SessionTimeout::MinMinutes).arg(SessionTimeout::MaxMinutes)),
            m_timeoutMessage));
    securityForm->addRow(tr("Public recordings:"), m_publicRecordings);

    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(u"revertSettings"_s);
    m_revert->setToolTip(tr("Discard your changes and show the saved settings"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(u"saveSettings"_s);
    m_save->setDefault(true);
    m_saveRefusal = new FieldMessage;
    m_saveRefusal->setObjectName(u"settingsError"_s);

    m_dangerZone = new QGroupBox(tr("Danger zone"));
    m_dangerZone->setObjectName(u"dangerZone"_s);
    m_delete = new QPushButton(tr("&Delete Workspace…"));
    m_delete->setObjectName(u"deleteWorkspaceButton"_s);
    m_delete->setToolTip(tr("Permanently delete the workspace and all associated data"));
    QPalette dangerPalette = m_delete->palette();
    dangerPalette.setColor(QPalette::ButtonText, FieldMessage::errorColor(palette()));
    m_delete->setPalette(dangerPalette);
    auto* danger = new QHBoxLayout(m_dangerZone);
    danger->addWidget(hint(tr("Deleting a workspace is permanent and cannot be undone. All associated data is "
                              "removed.")),
        1);
    danger->addWidget(m_delete);

    // Anyone may leave (except a workspace's only Owner, which the server explains).
    m_membership = new QGroupBox(tr("Your membership"));
    m_membership->setObjectName(u"membership"_s);
    m_leave = new QPushButton(tr("&Leave Workspace…"));
    m_leave->setObjectName(u"leaveWorkspaceButton"_s);
    m_leave->setToolTip(tr("Stop being a member of this workspace; an admin can invite you again"));
    auto* membership = new QHBoxLayout(m_membership);
    membership->addWidget(hint(tr("Leaving takes away your access to this workspace. It stays as it is for everyone "
                                  "else.")),
        1);
    membership->addWidget(m_leave);
    connect(m_leave, &QPushButton::clicked, this, &GeneralSettingsPage::confirmLeave);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(m_identity);
    layout->addWidget(m_security);
    layout->addLayout(PageParts::actionRow(m_saveRefusal, {m_revert, m_save}));
    layout->addSpacing(12);
    layout->addWidget(m_membership);
    layout->addWidget(m_dangerZone);
    layout->addStretch();
    PageParts::installScrollable(this, content);

    for (QLineEdit* edit : {m_name, m_billingEmail, m_notificationsEmail})
        connect(edit, &QLineEdit::textChanged, this, &GeneralSettingsPage::updateState);
    connect(m_newsletter, &QCheckBox::toggled, this, &GeneralSettingsPage::updateState);
    connect(m_defaultRole, &QComboBox::currentIndexChanged, this, &GeneralSettingsPage::updateState);
    // Roles arrive or change: the list follows, and a choice not yet saved stays chosen.
    const auto refillRoles = [this] {
        fillDefaultRoles(m_defaultRole->currentData().toString());
    };
    connect(&m_roles, &client::RoleListModel::loaded, this, refillRoles);
    connect(&m_roles, &QAbstractItemModel::modelReset, this, refillRoles);
    connect(m_publicRecordings, &QCheckBox::toggled, this, &GeneralSettingsPage::updateState);
    // A refusal is about the value refused: changing the value takes it away.
    connect(m_defaultRole, &QComboBox::activated, m_defaultRoleMessage, &FieldMessage::clearMessage);
    connect(m_sessionTimeout, &QSpinBox::valueChanged, this, &GeneralSettingsPage::updateState);
    connect(
        m_save, &QPushButton::clicked, this, [this] { save(client::WorkspaceSettingsModel::SaveMode::IfUnchanged); });
    connect(m_revert, &QPushButton::clicked, this, &GeneralSettingsPage::showSaved);
    connect(m_delete, &QPushButton::clicked, this, &GeneralSettingsPage::confirmDelete);

    connect(&m_model, &client::WorkspaceSettingsModel::loaded, this, &GeneralSettingsPage::showSaved);
    connect(&m_model, &client::WorkspaceSettingsModel::savedChanges, this, [this] {
        const bool renamed = m_workspace && m_model.saved().name != m_workspace->name;
        showSaved();
        Q_EMIT statusMessage(tr("Settings saved."));
        if (renamed)
            Q_EMIT workspaceRenamed();
    });
    connect(&m_model, &client::WorkspaceSettingsModel::conflict, this, &GeneralSettingsPage::onConflict);
    connect(&m_model, &client::WorkspaceSettingsModel::failed, this, &GeneralSettingsPage::onFailed);
    connect(&m_model, &client::WorkspaceSettingsModel::busyChanged, this, [this](bool busy) {
        m_save->setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
        updateState();
    });
    updateState();
}

void GeneralSettingsPage::setWorkspace(const std::optional<Workspace>& workspace)
{
    const bool sameWorkspace = workspace && m_workspace && workspace->id == m_workspace->id;
    m_workspace = workspace;
    m_subtitle->setText(workspace
            ? tr("Settings of \u201c%1\u201d. They apply to everyone in this workspace.").arg(workspace->name)
            : QString());
    const bool general = workspace && workspace->can(Permission::SettingsGeneral);
    const bool advanced = workspace && workspace->can(Permission::SettingsAdvanced);
    QStringList missing;
    if (!general)
        missing << PermissionCatalog::label(Permission::SettingsGeneral);
    if (!advanced)
        missing << PermissionCatalog::label(Permission::SettingsAdvanced);
    m_readOnlyNotice->setText(missing.size() == 2
            ? tr("You can view these settings but not change them: your role does not include "
                 "\u201c%1\u201d or \u201c%2\u201d.")
                  .arg(missing[0], missing[1])
            : tr("Some settings are read-only for you: your role does not include \u201c%1\u201d.")
                  .arg(missing.value(0)));
    m_readOnlyNotice->setVisible(workspace && !missing.isEmpty());
    m_dangerZone->setVisible(workspace && workspace->amOwner());
    m_membership->setVisible(bool(workspace));
    clearRefusals();
    if (workspace && !sameWorkspace)
        m_model.load(workspace->id);
    // "Invite as" lists the workspace's roles: loaded here when the Users page has not yet.
    if (workspace && workspace->can(Permission::ResourcesUsers) && m_roles.workspaceId() != workspace->id)
        m_roles.setWorkspace(workspace->id);
    updateState();
}

bool GeneralSettingsPage::mayChooseDefaultRole() const
{
    return m_workspace && m_workspace->can(Permission::ResourcesUsers) && m_roles.workspaceId() == m_workspace->id
        && !m_roles.roles().isEmpty();
}

void GeneralSettingsPage::fillDefaultRoles(const QString& select)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QString saved = m_model.saved().defaultRoleId;
    m_defaultRole->clear();
    if (m_workspace && m_roles.workspaceId() == m_workspace->id) {
        const Holder actor = Holder::actingIn(*m_workspace, {});
        for (const Role& role : client::RoleListModel::assignable(m_roles.roles(), actor)) {
            if (role.builtin != BuiltinRole::Owner)
                m_defaultRole->addItem(role.ref().displayName(), role.id);
        }
        // The saved default is shown even when this person could not choose it themselves.
        if (const auto current = m_roles.role(saved); current && m_defaultRole->findData(saved) < 0)
            m_defaultRole->insertItem(0, current->ref().displayName(), current->id);
    }
    const int wanted = m_defaultRole->findData(select);
    m_defaultRole->setCurrentIndex(wanted >= 0 ? wanted : m_defaultRole->findData(saved));
    m_loading = wasLoading;
    if (!m_loading)
        updateState();
}

void GeneralSettingsPage::showSaved()
{
    m_loading = true;
    const WorkspaceSettings& saved = m_model.saved();
    m_name->setText(saved.name);
    m_billingEmail->setText(saved.billingEmail);
    m_notificationsEmail->setText(saved.notificationsEmail);
    m_newsletter->setChecked(saved.newsletter);
    m_sessionTimeout->setValue(saved.sessionTimeoutMinutes);
    m_publicRecordings->setChecked(saved.publicRecordings);
    fillDefaultRoles(saved.defaultRoleId);
    m_loading = false;
    clearRefusals();
    updateState();
}

WorkspaceSettings GeneralSettingsPage::edited() const
{
    WorkspaceSettings settings = m_model.saved();
    settings.name = NameRules::workspaceName(m_name->text()).valueOr(m_name->text());
    settings.billingEmail = m_billingEmail->text().trimmed().isEmpty()
        ? QString()
        : EmailAddress::normalized(m_billingEmail->text()).valueOr(m_billingEmail->text());
    settings.notificationsEmail = m_notificationsEmail->text().trimmed().isEmpty()
        ? QString()
        : EmailAddress::normalized(m_notificationsEmail->text()).valueOr(m_notificationsEmail->text());
    settings.newsletter = m_newsletter->isChecked();
    settings.sessionTimeoutMinutes = m_sessionTimeout->value();
    settings.publicRecordings = m_publicRecordings->isChecked();
    if (m_defaultRole->currentIndex() >= 0)
        settings.defaultRoleId = m_defaultRole->currentData().toString();
    return settings;
}

bool GeneralSettingsPage::hasChanges() const
{
    return m_model.isLoaded() && !WorkspaceSettings::changes(m_model.saved(), edited()).isEmpty();
}

void GeneralSettingsPage::updateState()
{
    if (m_loading)
        return;
    const auto name = NameRules::workspaceName(m_name->text());
    const auto billing = m_billingEmail->text().trimmed().isEmpty()
        ? Result<QString>(QString())
        : EmailAddress::normalized(m_billingEmail->text(), u"billingEmail"_s);
    const auto notifications = m_notificationsEmail->text().trimmed().isEmpty()
        ? Result<QString>(QString())
        : EmailAddress::normalized(m_notificationsEmail->text(), u"notificationsEmail"_s);
    m_nameMessage->showError(name.isOk() ? QString() : name.error().message);
    m_billingMessage->showError(billing.isOk() ? QString() : billing.error().message);
    m_notificationsMessage->showError(notifications.isOk() ? QString() : notifications.error().message);
    const auto timeout = SessionTimeout::validated(m_sessionTimeout->value());
    m_timeoutMessage->showError(timeout.isOk() ? QString() : timeout.error().message);

    const bool loaded = m_model.isLoaded();
    const bool general = loaded && m_workspace && m_workspace->can(Permission::SettingsGeneral);
    const bool advanced = loaded && m_workspace && m_workspace->can(Permission::SettingsAdvanced);
    for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_billingEmail),
             static_cast<QWidget*>(m_notificationsEmail), static_cast<QWidget*>(m_newsletter)})
        field->setEnabled(general);
    m_defaultRole->setEnabled(general && mayChooseDefaultRole());
    m_defaultRole->setToolTip(!general || mayChooseDefaultRole()
            ? tr("The role the Invite dialog offers first. Give people the least access they need; Owner is never "
                 "offered.")
            : tr("Choosing the default role needs the \u201c%1\u201d permission.")
                  .arg(PermissionCatalog::label(Permission::ResourcesUsers)));
    m_sessionTimeout->setEnabled(advanced);
    m_publicRecordings->setEnabled(advanced);

    const bool changed = hasChanges();
    const bool valid = name.isOk() && billing.isOk() && notifications.isOk() && timeout.isOk();
    const bool mayPress = changed && !m_model.isBusy();
    if (!mayPress || !valid) {
        QWidget* landing = focusAfterSave();
        PageParts::handFocus(m_save, landing);
        PageParts::handFocus(m_revert, landing);
    }
    m_save->setEnabled(mayPress && valid);
    m_revert->setEnabled(mayPress);
    m_save->setToolTip(!changed ? tr("Nothing to save")
            : !valid            ? tr("Correct the highlighted fields first")
                                : tr("Save the changes for everyone in the workspace"));
}

void GeneralSettingsPage::clearRefusals()
{
    m_saveRefusal->clearMessage();
    m_defaultRoleMessage->clearMessage();
}

QWidget* GeneralSettingsPage::refusedField() const
{
    const std::pair<FieldMessage*, QWidget*> fields[]
        = {{m_nameMessage, m_name}, {m_billingMessage, m_billingEmail}, {m_notificationsMessage, m_notificationsEmail},
            {m_defaultRoleMessage, m_defaultRole}, {m_timeoutMessage, m_sessionTimeout}};
    for (const auto& [message, field] : fields) {
        if (!message->isHidden() && field->isEnabled())
            return field;
    }
    return nullptr;
}

QWidget* GeneralSettingsPage::focusAfterSave() const
{
    if (QWidget* refused = refusedField())
        return refused;
    for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_sessionTimeout)}) {
        if (field->isEnabled())
            return field;
    }
    return m_name;
}

void GeneralSettingsPage::save(client::WorkspaceSettingsModel::SaveMode mode)
{
    clearRefusals();
    m_model.save(edited(), mode);
    updateState();
}

void GeneralSettingsPage::onConflict()
{
    const auto answer = m_prompter.ask(this, QMessageBox::Warning, tr("Settings Changed Elsewhere"),
        tr("Someone else changed this workspace's settings while you were editing.\n\n"
           "Discard to load their version (your changes are lost), Save to overwrite with your changes, "
           "or Cancel to keep editing."),
        QMessageBox::Discard | QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        save(client::WorkspaceSettingsModel::SaveMode::Overwrite);
    else if (answer == QMessageBox::Discard)
        m_model.reload();
}

void GeneralSettingsPage::onFailed(const client::ApiError& error)
{
    m_nameMessage->showError(error.fieldMessage(u"name"_s));
    m_billingMessage->showError(error.fieldMessage(u"billingEmail"_s));
    m_notificationsMessage->showError(error.fieldMessage(u"notificationsEmail"_s));
    m_timeoutMessage->showError(error.fieldMessage(u"sessionTimeoutMinutes"_s));
    m_defaultRoleMessage->showError(error.fieldMessage(u"defaultRoleId"_s));
    if (error.is(ProblemCode::Escalation)) {
        // The default role gives more than this person holds: said where it was chosen.
        m_defaultRoleMessage->showError(error.message());
    } else if (error.fieldErrors.isEmpty() && !error.isOffline()) {
        // Offline is said once, in the status bar; the last known settings stay on screen.
        m_saveRefusal->showError(error.message());
    }
    updateState();
    // The person reads the refusal where they are taken: the control it is about, or back at Save.
    if (QWidget* refused = refusedField())
        refused->setFocus(Qt::OtherFocusReason);
    else if (m_save->isEnabled())
        m_save->setFocus(Qt::OtherFocusReason);
}

void GeneralSettingsPage::confirmLeave()
{
    if (!m_workspace)
        return;
    const QString name = m_workspace->name;
    if (m_prompter.ask(this, QMessageBox::Question, tr("Leave Workspace"),
            tr("Leave “%1”? You lose access to it until someone invites you again.").arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const QString id = m_workspace->id;
    m_model.leaveWorkspace(this, [this, id, name](const client::ApiError& error) {
        if (error.isError()) {
            // The only Owner is refused with the rule in words ("make someone else an Owner first").
            m_prompter.tell(this, QMessageBox::Warning, tr("You Are Still a Member"),
                error.is(ProblemCode::LastOwner)
                    ? tr("You are the workspace's only Owner. Make someone else an Owner before you leave.")
                    : error.message());
            return;
        }
        Q_EMIT statusMessage(tr("You left “%1”.").arg(name));
        Q_EMIT workspaceLeft(id);
    });
}

void GeneralSettingsPage::confirmDelete()
{
    if (!m_workspace)
        return;
    DeleteWorkspaceDialog dialog(m_workspace->name, this);
    if (m_prompter.run(dialog) != QDialog::Accepted)
        return;
    const QString id = m_workspace->id;
    m_model.deleteWorkspace(dialog.typedName(), this, [this, id](const client::ApiError& error) {
        if (error.isError()) {
            m_prompter.tell(this, QMessageBox::Critical, tr("Workspace Not Deleted"), error.message());
            return;
        }
        Q_EMIT statusMessage(tr("The workspace was deleted."));
        Q_EMIT workspaceDeleted(id);
    });
}

} // namespace nacre::ui
