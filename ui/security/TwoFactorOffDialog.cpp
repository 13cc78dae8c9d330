#include "security/TwoFactorOffDialog.h"

#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

TwoFactorOffDialog::TwoFactorOffDialog(client::AccountSecurityModel& model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(u"twoFactorOffDialog"_s);
    setWindowTitle(tr("Turn Off Two-Factor Sign-In"));
    auto* text = new QLabel(tr("Without it, your password alone protects this account in every workspace. Enter "
                               "your password to turn it off."));
    text->setWordWrap(true);
    m_password = new QLineEdit;
    m_password->setObjectName(u"twoFactorPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new FieldMessage;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_turnOff = buttons->addButton(tr("Turn &Off"), QDialogButtonBox::AcceptRole);
    m_turnOff->setObjectName(u"twoFactorTurnOff"_s);
    m_turnOff->setEnabled(false);
    connect(
        m_password, &QLineEdit::textChanged, this, [this] { m_turnOff->setEnabled(!m_password->text().isEmpty()); });
    connect(m_turnOff, &QPushButton::clicked, this, &TwoFactorOffDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(PageParts::caption(tr("&Password:"), m_password), PageParts::withMessage(m_password, m_message));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void TwoFactorOffDialog::submit()
{
    m_turnOff->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_model.turnOffTwoFactor(m_password->text(), this, [this](const client::ApiError& error) {
        unsetCursor();
        if (error.isError()) {
            const QString field = error.fieldMessage(u"password"_s);
            m_message->showError(field.isEmpty() ? error.message() : field);
            m_password->selectAll();
            m_password->setFocus();
            m_turnOff->setEnabled(true);
            return;
        }
        Q_EMIT turnedOff();
        accept();
    });
}

} // namespace nacre::ui
