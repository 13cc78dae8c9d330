#include "security/TwoFactorSetupDialog.h"

#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"
#include "widgets/QrCode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
// "JBSW Y3DP EHPK 3PXP …": easier to read out and type.
QString grouped(const QString& secret)
{
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        groups.append(secret.mid(i, 4));
    return groups.join(u' ');
}
} // namespace

TwoFactorSetupDialog::TwoFactorSetupDialog(client::AccountSecurityModel& model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(u"twoFactorSetupDialog"_s);
    setWindowTitle(tr("Turn On Two-Factor Sign-In"));

    auto* confirmIntro = new QLabel(tr("Enter your password to confirm it is you."));
    confirmIntro->setWordWrap(true);
    m_password = new QLineEdit;
    m_password->setObjectName(u"twoFactorPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Current password"));
    m_passwordMessage = new FieldMessage;
    m_passwordMessage->setObjectName(u"twoFactorPasswordMessage"_s);
    auto* passwordStep = new QWidget;
    auto* passwordForm = new QFormLayout;
    passwordForm->addRow(
        PageParts::caption(tr("&Password:"), m_password), PageParts::withMessage(m_password, m_passwordMessage));
    auto* passwordLayout = new QVBoxLayout(passwordStep);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(confirmIntro);
    passwordLayout->addLayout(passwordForm);
    passwordLayout->addStretch();

    auto* intro = new QLabel(tr("Scan this code with an authenticator app (such as FreeOTP, Aegis, Google "
                                "Authenticator or 1Password), then type the 6-digit code it shows. From then on "
                                "Nacre asks for a code each time you sign in."));
    intro->setWordWrap(true);
    m_qr = new QLabel;
    m_qr->setObjectName(u"twoFactorQr"_s);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(220, 220);
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_secret = new QLabel;
    m_secret->setObjectName(u"twoFactorSecret"_s);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setAlignment(Qt::AlignCenter);
    m_secret->setToolTip(tr("Cannot scan? Type this key into the app instead (time-based, 6 digits)."));
    QFont mono = m_secret->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_secret->setFont(mono);

    m_code = new QLineEdit;
    m_code->setObjectName(u"twoFactorCode"_s);
    m_code->setAccessibleName(tr("Code from the app"));
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setMaxLength(7);
    m_codeMessage = new FieldMessage;
    m_codeMessage->setObjectName(u"twoFactorCodeMessage"_s);
    m_error = new FieldMessage;
    m_error->setObjectName(u"twoFactorError"_s);

    auto* buttons = new DialogButtonBox(QDialogButtonBox::Cancel);
    m_continue = buttons->addButton(tr("C&ontinue"), QDialogButtonBox::ActionRole);
    m_continue->setObjectName(u"twoFactorContinue"_s);
    m_continue->setDefault(true);
    m_continue->setEnabled(false);
    connect(
        m_password, &QLineEdit::textChanged, this, [this] { m_continue->setEnabled(!m_password->text().isEmpty()); });
    connect(m_password, &QLineEdit::returnPressed, this, &TwoFactorSetupDialog::start);
    connect(m_continue, &QPushButton::clicked, this, &TwoFactorSetupDialog::start);
    m_turnOn = buttons->addButton(tr("&Turn On"), QDialogButtonBox::AcceptRole);
    m_turnOn->setObjectName(u"twoFactorTurnOn"_s);
    m_turnOn->setEnabled(false);
    m_turnOn->setVisible(false);
    connect(m_turnOn, &QPushButton::clicked, this, &TwoFactorSetupDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this,
        [this] { m_turnOn->setEnabled(!m_secretText.isEmpty() && QString(m_code->text()).remove(u' ').size() == 6); });

    auto* form = new QFormLayout;
    form->addRow(PageParts::caption(tr("&Code:"), m_code), PageParts::withMessage(m_code, m_codeMessage));
    auto* codeStep = new QWidget;
    auto* codeLayout = new QVBoxLayout(codeStep);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(intro);
    codeLayout->addWidget(m_qr);
    codeLayout->addWidget(m_secret);
    codeLayout->addLayout(form);

    m_steps = new QStackedWidget;
    m_steps->addWidget(passwordStep);
    m_steps->addWidget(codeStep);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_password->setFocus();
}

void TwoFactorSetupDialog::start()
{
    if (m_password->text().isEmpty())
        return;
    m_continue->setEnabled(false);
    m_passwordMessage->clearMessage();
    m_error->clearMessage();
    setCursor(Qt::BusyCursor);
    m_model.startTwoFactor(
        m_password->text(), this, [this](const QString& secret, const QString& uri, const client::ApiError& error) {
            unsetCursor();
            if (error.isError()) {
                const QString field = error.fieldMessage(u"password"_s);
                if (!field.isEmpty()) {
                    m_passwordMessage->showError(field);
                } else {
                    m_error->showError(error.message());
                }
                m_password->selectAll();
                m_password->setFocus();
                m_continue->setEnabled(true);
                return;
            }
            m_password->clear(); // not kept once it has served
            m_secretText = secret;
            m_qr->setPixmap(qrCodePixmap(uri, 4, devicePixelRatioF()));
            m_secret->setText(grouped(secret));
            m_steps->setCurrentIndex(1);
            m_continue->setVisible(false);
            m_turnOn->setVisible(true);
            m_turnOn->setDefault(true);
            m_code->setFocus();
        });
}

void TwoFactorSetupDialog::confirm()
{
    m_turnOn->setEnabled(false);
    m_codeMessage->clearMessage();
    m_error->clearMessage();
    setCursor(Qt::BusyCursor);
    m_model.confirmTwoFactor(m_code->text(), this,
        [this](const UserProfile& profile, const QStringList& recoveryCodes, const client::ApiError& error) {
            unsetCursor();
            if (error.isError()) {
                const QString field = error.fieldMessage(u"code"_s);
                if (!field.isEmpty()) {
                    m_codeMessage->showError(field);
                } else {
                    m_error->showError(error.message());
                }
                m_code->selectAll();
                m_code->setFocus();
                m_turnOn->setEnabled(true);
                return;
            }
            accept(); // out of the way of the recovery codes, shown next
            Q_EMIT turnedOn(profile, recoveryCodes);
        });
}

} // namespace nacre::ui
