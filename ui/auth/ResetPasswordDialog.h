#pragma once

#include "session/AuthService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace nacre::ui {

class FieldMessage;
class NewPasswordField;

// "Forgot password?": first the account's address (a code is mailed to it), then the code and a new
// password. "I Have a Code" skips the first step; a nacre://reset link fills the code in.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(client::AuthService& auth, const QUrl& server, QWidget* parent = nullptr);

    void setEmail(const QString& email);
    void enterCode(const QString& code); // straight to the second step, code filled in
    QString email() const;

private:
    void askForCode();
    void showCodeStep(const QString& sentTo, int validMinutes);
    void setPassword();
    void updateButton();
    void setBusy(bool busy);

    client::AuthService& m_auth;
    QStackedWidget* m_pages;
    QLineEdit* m_email;
    QLabel* m_sent;
    QLineEdit* m_code;
    NewPasswordField* m_password;
    FieldMessage* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_haveCode;
    bool m_busy = false;
};

} // namespace nacre::ui
