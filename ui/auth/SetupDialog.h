#pragma once

#include "session/AuthService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nacre::ui {

class FieldMessage;
class NewPasswordField;

// First run against an empty server: the owner account and the first workspace, in one form that
// checks each field as it is typed (with the same rules the server enforces).
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    SetupDialog(client::AuthService& auth, QWidget* parent = nullptr);

    const client::SignInResult& result() const { return m_result; }

Q_SIGNALS:
    void changeServerRequested();
    void joinRequested(); // "I Have an Invitation…": someone else set this server up for the team

private:
    void validate();
    void submit();
    void showServerErrors(const client::ApiError& error);
    void setBusy(bool busy);

    client::AuthService& m_auth;
    client::SignInResult m_result;
    QLineEdit* m_name;
    QLineEdit* m_email;
    NewPasswordField* m_password;
    QLineEdit* m_workspace;
    FieldMessage* m_nameMessage;
    FieldMessage* m_emailMessage;
    FieldMessage* m_workspaceMessage;
    QLabel* m_banner;
    QDialogButtonBox* m_buttons;
};

} // namespace nacre::ui
