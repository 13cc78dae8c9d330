#include "auth/SignInDialog.h"

#include "auth/ResetPasswordDialog.h"
#include "auth/ServerLine.h"
#include "widgets/DialogButtonBox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

SignInDialog::SignInDialog(client::AuthService& auth, Mode mode, const QString& serverDescription, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(mode == Mode::SignIn ? tr("Sign In to Nacre") : tr("Session Ended"));
    setMinimumWidth(400);

    auto* intro = new QLabel(mode == Mode::SignIn ? tr("Sign in to %1.").arg(serverDescription)
                                                  : tr("Your session has ended. Sign in again to continue; "
                                                       "what you were doing is kept."));
    intro->setWordWrap(true);

    m_email = new QLineEdit;
    m_email->setObjectName(u"signInEmail"_s);
    m_email->setAccessibleName(tr("Email"));
    m_email->setReadOnly(mode == Mode::Reauthenticate);
    m_password = new QLineEdit;
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    // Shown when the server says the account has two-factor sign-in.
    m_code = new QLineEdit;
    m_code->setObjectName(u"signInCode"_s);
    m_code->setAccessibleName(tr("One-time code"));
    m_code->setPlaceholderText(tr("6-digit code or recovery code"));
    m_code->setToolTip(tr("The code your authenticator app shows for Nacre now, or one of your recovery codes"));
    m_code->setMaxLength(12); // a recovery code is xxxxx-xxxxx
    m_code->setVisible(false);

    auto* form = new QFormLayout;
    auto* emailLabel = new QLabel(tr("&Email:"));
    emailLabel->setBuddy(m_email);
    auto* passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);
    if (mode == Mode::SignIn) {
        auto* forgot = new QPushButton(tr("&Forgot Password?"));
        forgot->setObjectName(u"forgotPassword"_s);
        forgot->setFlat(true);
        forgot->setToolTip(tr("Get a code by mail to choose a new password"));
        connect(forgot, &QPushButton::clicked, this, [this] { openPasswordReset({}); });
        form->addRow(QString(), forgot);
        form->setAlignment(forgot, Qt::AlignLeft);
    }
    m_codeLabel = new QLabel(tr("&Code:"));
    m_codeLabel->setBuddy(m_code);
    m_codeLabel->setVisible(false);
    form->addRow(m_codeLabel, m_code);

    m_notice = new QLabel;
    m_notice->setObjectName(u"signInNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_error = new QLabel;
    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_buttons = new DialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"signInButton"_s);
    if (mode == Mode::SignIn) {
        auto* changeServer = m_buttons->addButton(tr("Change &Server…"), QDialogButtonBox::ResetRole);
        changeServer->setObjectName(u"changeServer"_s);
        changeServer->setToolTip(tr("Connect to another Nacre server"));
        connect(changeServer, &QPushButton::clicked, this, &SignInDialog::changeServerRequested);
        auto* join = m_buttons->addButton(tr("I Have an &Invitation\u2026"), QDialogButtonBox::ResetRole);
        join->setObjectName(u"haveInvitation"_s);
        join->setToolTip(tr("Join a workspace with the link or code from an invitation mail"));
        connect(join, &QPushButton::clicked, this, &SignInDialog::joinRequested);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    intro->setFixedWidth(380);
    layout->addWidget(intro);
    layout->addWidget(new ServerLine(auth.server()));
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_code, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    m_email->setFocus();
    updateButton();
}

void SignInDialog::setEmail(const QString& email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void SignInDialog::resetPasswordWith(const QString& code)
{
    openPasswordReset(code);
}

void SignInDialog::openPasswordReset(const QString& code)
{
    auto* dialog = new ResetPasswordDialog(m_auth, m_auth.server(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(m_email->text().trimmed());
    if (!code.isEmpty())
        dialog->enterCode(code);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->email().isEmpty())
            m_email->setText(dialog->email());
        m_password->clear();
        m_error->setVisible(false);
        setNotice(tr("Your password is changed, and every session of the account has ended. Sign in with the new "
                     "password."));
        m_password->setFocus();
    });
    dialog->open();
}

void SignInDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty()
            && (!m_code->isVisible() || !m_code->text().trimmed().isEmpty()));
}

void SignInDialog::submit()
{
    m_error->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const QString code = m_code->isVisible() ? m_code->text() : QString();
    m_auth.signIn(
        m_email->text().trimmed(), m_password->text(), code, this, [this](const client::SignInResult& result) {
            QApplication::restoreOverrideCursor();
            if (result.error.is(ProblemCode::TotpRequired) || result.error.is(ProblemCode::TotpInvalid)) {
                // The password was right: now the code, in the same dialog.
                m_codeLabel->setVisible(true);
                m_code->setVisible(true);
                m_code->clear();
                m_code->setFocus();
                m_error->setText(result.error.message());
                m_error->setVisible(true);
                updateButton();
                return;
            }
            updateButton();
            if (!result.ok()) {
                m_error->setText(result.error.message());
                m_error->setVisible(true);
                m_password->selectAll();
                m_password->setFocus();
                return;
            }
            m_result = result;
            accept();
        });
}

} // namespace nacre::ui
