#include "auth/SetupDialog.h"

#include "auth/ServerLine.h"
#include "validation/EmailAddress.h"
#include "validation/NameRules.h"
#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/NewPasswordField.h"
#include "widgets/PageParts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

QLineEdit* addField(
    QFormLayout* form, const QString& label, const QString& objectName, const QString& tip, FieldMessage** message)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setToolTip(tip);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    *message = new FieldMessage;
    (*message)->setObjectName(objectName + u"Message"_s);
    form->addRow(PageParts::caption(label, edit), PageParts::withMessage(edit, *message));
    return edit;
}

} // namespace

SetupDialog::SetupDialog(client::AuthService& auth, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(u"setupDialog"_s);
    setWindowTitle(tr("Set Up Nacre"));
    setMinimumWidth(460);

    auto* intro = new QLabel(tr("<b>Welcome.</b> Create the owner account and your first workspace. "
                                "You can invite your team once you are in."));
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = addField(
        form, tr("Your &name:"), u"setupName"_s, tr("How others in your workspaces will see you"), &m_nameMessage);
    m_email = addField(form, tr("&Email:"), u"setupEmail"_s, tr("You will sign in with this address"), &m_emailMessage);
    m_password = new NewPasswordField(u"setupPassword"_s);
    form->addRow(PageParts::caption(tr("&Password:"), m_password->edit()), m_password);
    m_workspace = addField(form, tr("&Workspace name:"), u"setupWorkspace"_s,
        tr("The name everyone in the workspace sees; you can change it later"), &m_workspaceMessage);

    m_banner = new QLabel;
    m_banner->setObjectName(u"setupError"_s);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);

    m_buttons = new DialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Workspace"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"setupCreate"_s);
    auto* changeServer = m_buttons->addButton(tr("Use Another &Server…"), QDialogButtonBox::ResetRole);
    changeServer->setObjectName(u"changeServer"_s);
    changeServer->setToolTip(tr("Connect to a Nacre server your team already runs"));
    connect(changeServer, &QPushButton::clicked, this, &SetupDialog::changeServerRequested);
    auto* join = m_buttons->addButton(tr("I Have an &Invitation\u2026"), QDialogButtonBox::ResetRole);
    join->setObjectName(u"haveInvitation"_s);
    join->setToolTip(tr("Join a workspace someone else runs, with the link or code from your invitation mail"));
    connect(join, &QPushButton::clicked, this, &SetupDialog::joinRequested);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetupDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize); // grows when a field message appears
    layout->addWidget(intro);
    layout->addWidget(new ServerLine(auth.server()));
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_name, m_email, m_workspace})
        connect(edit, &QLineEdit::textEdited, this, &SetupDialog::validate);
    connect(m_password, &NewPasswordField::edited, this, &SetupDialog::validate);
    intro->setFixedWidth(440);
    m_name->setFocus();
    validate();
}

void SetupDialog::validate()
{
    // Say what is wrong only about fields the person has typed into.
    const auto check = [](QLineEdit* edit, FieldMessage* message, const auto& result) {
        message->showError(edit->text().isEmpty() || result.isOk() ? QString() : result.error().message);
        return result.isOk();
    };
    bool ok = check(m_name, m_nameMessage, NameRules::displayName(m_name->text()));
    ok = check(m_email, m_emailMessage, EmailAddress::normalized(m_email->text())) && ok;
    ok = m_password->check() && ok;
    ok = check(m_workspace, m_workspaceMessage, NameRules::workspaceName(m_workspace->text())) && ok;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SetupDialog::setBusy(bool busy)
{
    for (QWidget* widget : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_email),
             static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_workspace)})
        widget->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SetupDialog::submit()
{
    m_banner->setVisible(false);
    setBusy(true);
    const client::SetupForm form {m_name->text(), m_email->text(), m_password->text(), m_workspace->text()};
    m_auth.setUp(form, this, [this](const client::SignInResult& result) {
        setBusy(false);
        if (!result.ok()) {
            showServerErrors(result.error);
            validate();
            return;
        }
        m_result = result;
        accept();
    });
}

void SetupDialog::showServerErrors(const client::ApiError& error)
{
    m_nameMessage->showError(error.fieldMessage(u"displayName"_s));
    m_emailMessage->showError(error.fieldMessage(u"email"_s));
    m_password->showError(error.fieldMessage(u"password"_s));
    m_workspaceMessage->showError(error.fieldMessage(u"workspaceName"_s));
    if (error.fieldErrors.isEmpty()) {
        m_banner->setText(error.message());
        m_banner->setVisible(true);
    }
}

} // namespace nacre::ui
