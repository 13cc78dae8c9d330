#pragma once

#include "session/AuthService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nacre::ui {

// Email and password, and the authenticator app's code once the server asks for it. Also shown over the main window
// when a session ends (`Reauthenticate`): the email is fixed and nothing the person was doing is lost.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Reauthenticate };

    SignInDialog(client::AuthService& auth, Mode mode, const QString& serverDescription, QWidget* parent = nullptr);

    void setEmail(const QString& email);
    // A line above the form, for why sign-in is asked again (a keychain that could not be read).
    void setNotice(const QString& notice);
    // "Forgot password?" opened at its second step with this code (a nacre://reset link).
    void resetPasswordWith(const QString& code);
    const client::SignInResult& result() const { return m_result; }

Q_SIGNALS:
    void changeServerRequested();
    void joinRequested(); // "I Have an Invitation…"

private:
    void updateButton();
    void submit();
    void openPasswordReset(const QString& code);

    client::AuthService& m_auth;
    client::SignInResult m_result;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_error;
    QLabel* m_notice;
    QDialogButtonBox* m_buttons;
};

} // namespace nacre::ui
