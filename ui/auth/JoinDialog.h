#pragma once

#include "invitations/InvitationRedeemer.h"
#include "protocol/DeepLink.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace nacre::ui {

class FieldMessage;
class NewPasswordField;

// "I Have an Invitation": the invited person's way in. They paste the link or code from the mail
// (or the app opens here on a nacre:// link); the dialog shows what the invitation offers, then asks
// for what it needs: a name and password for a new account, the password of the existing account of
// that address (and its one-time code when it has two-factor sign-in), or nothing when that account
// is the one signed in. It then joins. Used, withdrawn, expired and unknown codes are explained with
// who to ask.
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    struct SignedIn
    {
        client::ApiClient* api = nullptr; // null when nobody is signed in
        QString email;
    };

    JoinDialog(client::InvitationRedeemer& redeemer, const QUrl& server, SignedIn signedIn, QWidget* parent = nullptr);

    // Fills in the code and looks it up at once (a link the app was opened with).
    void lookUp(const QString& code);
    // After accept(): the new session (token empty when the signed-in session joined) and the workspace.
    const client::SignInResult& result() const { return m_result; }

Q_SIGNALS:
    // The pasted link belongs to another server than the one Nacre is connected to.
    void otherServerNeeded(const nacre::DeepLink& link);

private:
    enum class Step { Code, NewAccount, ExistingAccount, SignedInAlready };

    void showStep(Step step);
    void submit();
    void preview();
    void showOffer(const client::InvitationOffer& offer);
    void join();
    void finishJoin(const client::SignInResult& result);
    void updateButton();
    void setBusy(bool busy);
    void showError(const QString& message);

    client::InvitationRedeemer& m_redeemer;
    QUrl m_server;
    SignedIn m_signedIn;
    client::InvitationOffer m_offer;
    client::SignInResult m_result;
    QString m_code;
    Step m_step = Step::Code;
    bool m_busy = false;

    QStackedWidget* m_pages;
    QLineEdit* m_codeEdit;
    QLabel* m_summary;
    QLineEdit* m_name;
    FieldMessage* m_nameMessage;
    NewPasswordField* m_newPassword;
    QLabel* m_accountIntro;
    QLineEdit* m_password;
    QLabel* m_oneTimeLabel;
    QLineEdit* m_oneTimeCode;
    QLabel* m_signedInIntro;
    FieldMessage* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_back;
};

} // namespace nacre::ui
