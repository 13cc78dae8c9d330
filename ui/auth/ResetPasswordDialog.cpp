#include "auth/ResetPasswordDialog.h"

#include "auth/ServerLine.h"
#include "validation/EmailAddress.h"
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
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

ResetPasswordDialog::ResetPasswordDialog(client::AuthService& auth, const QUrl& server, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(u"resetPasswordDialog"_s);
    setWindowTitle(tr("Reset Password"));
    setMinimumWidth(460);

    m_pages = new QStackedWidget;

    auto* askPage = new QWidget;
    auto* askLayout = new QVBoxLayout(askPage);
    askLayout->setContentsMargins(0, 0, 0, 0);
    auto* askIntro = new QLabel(tr("Enter the address you sign in with. Nacre mails it a code to choose a new "
                                   "password."));
    askIntro->setWordWrap(true);
    m_email = new QLineEdit;
    m_email->setObjectName(u"resetEmail"_s);
    m_email->setAccessibleName(tr("Email"));
    auto* askForm = new QFormLayout;
    askForm->addRow(PageParts::caption(tr("&Email:"), m_email), m_email);
    askLayout->addWidget(askIntro);
    askLayout->addLayout(askForm);
    askLayout->addStretch();
    m_pages->addWidget(askPage);

    auto* codePage = new QWidget;
    auto* codeLayout = new QVBoxLayout(codePage);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    m_sent = new QLabel;
    m_sent->setObjectName(u"resetSent"_s);
    m_sent->setWordWrap(true);
    m_code = new QLineEdit;
    m_code->setObjectName(u"resetCode"_s);
    m_code->setAccessibleName(tr("Reset code"));
    m_code->setPlaceholderText(tr("nkr_\u2026"));
    m_code->setToolTip(tr("The code from the password reset mail"));
    m_password = new NewPasswordField(u"resetNewPassword"_s);
    auto* codeForm = new QFormLayout;
    codeForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    codeForm->addRow(PageParts::caption(tr("C&ode:"), m_code), m_code);
    codeForm->addRow(PageParts::caption(tr("&New password:"), m_password->edit()), m_password);
    codeLayout->addWidget(m_sent);
    codeLayout->addLayout(codeForm);
    codeLayout->addStretch();
    m_pages->addWidget(codePage);

    m_error = new FieldMessage;
    m_error->setObjectName(u"resetError"_s);
    m_buttons = new DialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"resetButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send Code"));
    m_haveCode = m_buttons->addButton(tr("I &Have a Code"), QDialogButtonBox::ResetRole);
    m_haveCode->setObjectName(u"resetHaveCode"_s);
    m_haveCode->setToolTip(tr("Enter a code you already received"));
    connect(m_haveCode, &QPushButton::clicked, this, [this] { showCodeStep({}, 0); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_pages->currentIndex() == 0)
            askForCode();
        else
            setPassword();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ServerLine(server));
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_email, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateButton);
    connect(m_code, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateButton);
    connect(m_password, &NewPasswordField::edited, this, &ResetPasswordDialog::updateButton);
    m_email->setFocus();
    updateButton();
}

void ResetPasswordDialog::setEmail(const QString& email)
{
    m_email->setText(email);
}

QString ResetPasswordDialog::email() const
{
    return m_email->text().trimmed();
}

void ResetPasswordDialog::enterCode(const QString& code)
{
    showCodeStep({}, 0);
    m_code->setText(code);
    m_password->setFocus();
}

void ResetPasswordDialog::updateButton()
{
    const bool ready = m_pages->currentIndex() == 0 ? EmailAddress::normalized(m_email->text()).isOk()
                                                    : !m_code->text().trimmed().isEmpty() && m_password->check();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready && !m_busy);
}

void ResetPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_pages->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    updateButton();
}

void ResetPasswordDialog::askForCode()
{
    m_error->clearMessage();
    setBusy(true);
    const QString address = email();
    m_auth.requestPasswordReset(address, this, [this, address](int validMinutes, const client::ApiError& error) {
        setBusy(false);
        if (error.isError()) {
            m_error->showError(error.fieldErrors.isEmpty() ? error.message() : error.fieldMessage(u"email"_s));
            return;
        }
        showCodeStep(address, validMinutes);
    });
}

void ResetPasswordDialog::showCodeStep(const QString& sentTo, int validMinutes)
{
    m_pages->setCurrentIndex(1);
    m_haveCode->setVisible(false);
    m_error->clearMessage();
    m_sent->setText(sentTo.isEmpty()
            ? tr("Paste the code from the password reset mail and choose a new password.")
            : tr("If %1 has an account here, a code is on its way there; it works for %n minute(s). Paste it "
                 "below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.",
                nullptr, validMinutes)
                  .arg(sentTo));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Password"));
    m_code->setFocus();
    updateButton();
}

void ResetPasswordDialog::setPassword()
{
    m_error->clearMessage();
    setBusy(true);
    m_auth.completePasswordReset(m_code->text(), m_password->text(), this, [this](const client::ApiError& error) {
        setBusy(false);
        if (!error.isError()) {
            accept();
            return;
        }
        if (error.is(ProblemCode::ResetCodeUnusable))
            m_error->showError(tr("This code is wrong, was already used, or has expired. Ask for a new one."));
        else if (!error.fieldErrors.isEmpty())
            m_password->showError(error.fieldMessage(u"password"_s));
        else
            m_error->showError(error.message());
    });
}

} // namespace nacre::ui
