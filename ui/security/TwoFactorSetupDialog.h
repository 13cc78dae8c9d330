#pragma once

#include "profile/AccountSecurityModel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace nacre::ui {

class FieldMessage;

// Turning on two-factor sign-in: first the password (so a session left open elsewhere cannot enrol
// someone else's authenticator), then the server's new secret as a QR code for an authenticator
// app (and as text, for typing in), then the app's first code to prove it works. Nothing changes on
// the account until that code is accepted.
class TwoFactorSetupDialog : public QDialog
{
    Q_OBJECT

public:
    TwoFactorSetupDialog(client::AccountSecurityModel& model, QWidget* parent = nullptr);

    QString secret() const { return m_secretText; }

Q_SIGNALS:
    void turnedOn(const nacre::UserProfile& profile, const QStringList& recoveryCodes);

private:
    void start();
    void confirm();

    client::AccountSecurityModel& m_model;
    QString m_secretText;
    QStackedWidget* m_steps;
    QLineEdit* m_password;
    FieldMessage* m_passwordMessage;
    QPushButton* m_continue;
    QLabel* m_qr;
    QLabel* m_secret;
    QLineEdit* m_code;
    FieldMessage* m_codeMessage;
    FieldMessage* m_error;
    QPushButton* m_turnOn;
};

} // namespace nacre::ui
