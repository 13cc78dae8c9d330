#pragma once

#include "profile/AccountSecurityModel.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace nacre::ui {

class FieldMessage;

// Turning off two-factor sign-in: the password first, so a session left open is not enough to
// weaken the account.
class TwoFactorOffDialog : public QDialog
{
    Q_OBJECT

public:
    TwoFactorOffDialog(client::AccountSecurityModel& model, QWidget* parent = nullptr);

Q_SIGNALS:
    void turnedOff();

private:
    void submit();

    client::AccountSecurityModel& m_model;
    QLineEdit* m_password;
    FieldMessage* m_message;
    QPushButton* m_turnOff;
};

} // namespace nacre::ui
