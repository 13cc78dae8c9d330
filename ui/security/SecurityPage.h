#pragma once

#include "profile/AccountSecurityModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace nacre::ui {

class FieldMessage;
class PasswordStrengthBar;
class Prompter;

// User > Security: change the password (which signs out every other session), turn two-factor
// sign-in on or off, and see and end the account's sessions on other devices.
class SecurityPage : public QWidget
{
    Q_OBJECT

public:
    SecurityPage(client::AccountSecurityModel& model, Prompter& prompter, QWidget* parent = nullptr);

    void reload()
    {
        m_model.loadSessions();
        m_model.loadActivity();
        loadRecoveryCodesLeft();
    }
    // What the account's profile says; the page offers to turn it on or off.
    void setTwoFactorEnabled(bool enabled);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void twoFactorChanged(bool enabled);

private:
    void validatePassword();
    void showSessions();
    void endSelectedSession();
    void changeTwoFactor();
    void loadRecoveryCodesLeft();
    void renewRecoveryCodes();
    void showRecoveryCodes(const QStringList& codes);

    client::AccountSecurityModel& m_model;
    Prompter& m_prompter;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    PasswordStrengthBar* m_strength;
    FieldMessage* m_currentMessage;
    FieldMessage* m_newMessage;
    FieldMessage* m_repeatMessage;
    QPushButton* m_change;
    QTreeWidget* m_sessions;
    QPushButton* m_endSession;
    FieldMessage* m_passwordRefusal; // beside Change Password
    FieldMessage* m_sessionsRefusal; // beside Sign Out Session
    QLabel* m_twoFactorState;
    QPushButton* m_twoFactorButton;
    QLabel* m_recoveryLeft;
    QPushButton* m_renewRecovery;
    bool m_twoFactorEnabled = false;
};

} // namespace nacre::ui
