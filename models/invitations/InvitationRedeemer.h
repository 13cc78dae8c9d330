#pragma once

#include "api/ApiClient.h"
#include "session/AuthService.h"

#include <QDateTime>

namespace nacre::client {

// What an invitation offers, as the invitee sees it before joining.
struct InvitationOffer
{
    QString workspaceName;
    QString email; // the address invited: the account that joins
    QString role;
    QString invitedBy; // empty when the inviter has left
    QDateTime expiresAt;
    bool accountExists = false;
};

// The invited person's way in: preview a code, then join with a new account or an existing one.
// Works on a client of its own with no session, so whoever is signed in stays signed in until the
// join succeeds (and a new account's request never carries someone else's token).
class InvitationRedeemer : public QObject
{
    Q_OBJECT

public:
    explicit InvitationRedeemer(const QUrl& server, QObject* parent = nullptr);

    ApiClient& guest() { return m_guest; }

    void preview(
        const QString& code, QObject* context, std::function<void(const InvitationOffer&, const ApiError&)> done);
    // A new account from a name and password (the server's password rules), joined at once.
    void joinWithNewAccount(const QString& code, const QString& displayName, const QString& password, QObject* context,
        std::function<void(const SignInResult&)> done);
    // Signs in to the invited address's account (with the authenticator code when it has two-factor
    // sign-in; the server asks for it first), then joins.
    void joinWithAccount(const QString& code, const QString& email, const QString& password, const QString& oneTimeCode,
        QObject* context, std::function<void(const SignInResult&)> done);
    // The person is signed in to the invited account already: joins with that session.
    static void joinSignedIn(ApiClient& api, const QString& code, QObject* context,
        std::function<void(const QString& workspaceId, const ApiError&)> done);

    // Why a code cannot be used, in the reader's language: used, withdrawn, expired (and who to ask),
    // or unknown; the server's own sentence for anything else.
    static QString explain(const ApiError& error);

private:
    ApiClient m_guest;
    AuthService m_auth;
};

} // namespace nacre::client
