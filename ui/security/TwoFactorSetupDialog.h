#pragma once

#include "profile/AccountSecurityModel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nacre::ui {

class FieldMessage;

// Turning on two-factor sign-in: asks the server for a new secret, shows it as a QR code for an
// authenticator app (and as text, for typing in), then takes the app's first code to prove it
// works. Nothing changes on the account until that code is accepted.
class TwoFactorSetupDialog : public QDialog
{
    Q_OBJECT

public:
    TwoFactorSetupDialog(client::AccountSecurityModel& model, QWidget* parent = nullptr);

    QString secret() const { return m_secretText; }

Q_SIGNALS:
    void turnedOn(const nacre::UserProfile& profile);

private:
    void confirm();

    client::AccountSecurityModel& m_model;
    QString m_secretText;
    QLabel* m_qr;
    QLabel* m_secret;
    QLineEdit* m_code;
    FieldMessage* m_codeMessage;
    QLabel* m_error;
    QPushButton* m_turnOn;
};

} // namespace nacre::ui
