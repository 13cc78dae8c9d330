#pragma once

#include "NacreServer.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

namespace nacre::test {

// One HTTP exchange, read back in full.
struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return json().value(QStringLiteral("items")).toArray(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QString describe() const; // for failure messages
};

// A signed-in account as tests use it.
struct Account
{
    QString id;
    QString email;
    QString token;
};

// The real nacred, in-process on 127.0.0.1 and an ephemeral port, over a SQLite file in a
// temporary folder, talked to over real HTTP with QNetworkAccessManager.
//
// Two rules hold for every test that uses it: no request may be answered 500 (the test stops
// there), and no secret that crossed the wire (passwords and codes sent, tokens and codes
// received, invitation codes from the outbox) may appear in anything the server logged while it
// ran (checked when the server is destroyed).
class TestServer
{
public:
    // Port 0 picks a free one; a given port (with the same database) restarts a stopped server.
    explicit TestServer(server::NacreServerConfig config = {}, quint16 port = 0);
    ~TestServer();

    bool isRunning() const { return m_running; }
    QString startError() const { return m_error; }
    server::NacreServer& server() { return *m_server; }
    QString databasePath() const; // the SQLite file or the postgres:// URL it runs on
    const TestDatabase& database() const { return *m_database; }
    QString outboxPath() const;
    QUrl url(const QString& path) const;

    Reply send(const QByteArray& method, const QString& path, const QJsonValue& body = QJsonValue::Undefined,
        const QString& token = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    Reply sendRaw(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    Reply get(const QString& path, const QString& token = {}) { return send("GET", path, {}, token); }
    // A GET to another port of this server (its metrics listener).
    Reply getFrom(quint16 port, const QString& path);
    // The same exchange, but from another loopback address (127.0.0.2 …), as another computer would
    // reach the server: for rules that count per client address.
    Reply sendFrom(const QHostAddress& source, const QByteArray& method, const QString& path,
        const QJsonValue& body = QJsonValue::Undefined, const QString& token = {});
    // Bytes as written, the answer as read (for requests a well-behaved client would not send).
    QByteArray exchange(const QByteArray& request, const QHostAddress& source = QHostAddress::LocalHost);

    // First-run setup: the owner and their first workspace. Returns the owner; sets `workspaceId`.
    Account setUp(QString* workspaceId, const QString& email = QStringLiteral("owner@acme.example"));
    // An account made through a real invitation with the given role, signed in.
    Account addMember(const Account& inviter, const QString& workspaceId, const QString& roleId, const QString& email);
    Account signIn(const QString& email, const QString& password = QStringLiteral("correct horse battery"));
    QString createWorkspace(const Account& owner, const QString& name);
    // Turns two-factor sign-in on for the account as the Security page does (password, then a code
    // for the current step); returns the secret, to make later codes with.
    QByteArray enableTwoFactor(const Account& account);
    QString createRole(
        const Account& actor, const QString& workspaceId, const QString& name, const QStringList& permissions);
    QString builtinRoleId(const Account& actor, const QString& workspaceId, const QString& builtin);
    // The name of the role `userId` holds in the workspace, as the server answers `actor`.
    QString memberRoleName(const Account& actor, const QString& workspaceId, const QString& userId);
    // `count` members added straight into the database (one transaction, one shared password hash),
    // named "Member 00001" … with emails member00001@<domain>; for lists too long to invite one by one.
    void seedMembers(const QString& workspaceId, const QString& roleId, int count,
        const QString& domain = QStringLiteral("seed.example"));
    // The token of the newest invitation mail for `email` in the outbox.
    QString invitationTokenFromOutbox(const QString& email) const;
    // The code of the newest password-reset mail for `email`; empty when none was sent.
    QString resetCodeFromOutbox(const QString& email) const;
    // The newest mail to `email` in the outbox, as a person reads it (headers decoded, then the text of
    // every part); empty when none.
    QString newestMailTo(const QString& email) const;
    // The same for any outbox folder (several nacred processes writing one), and the invitation code
    // in that mail.
    static QString newestMailIn(const QString& outbox, const QString& email);
    static QString invitationTokenIn(const QString& outbox, const QString& email);

    static constexpr auto Password = "correct horse battery";

    // A secret the test used some other way; it must not appear in the server's log either.
    void noteSecret(const QString& secret) const;
    // What the server logged since it started, one message a line ("category: message").
    QStringList serverLog() const;

    static Reply awaitReply(QNetworkReply* reply); // waits with the event loop running, then reads it all

private:
    Reply check(Reply reply, const QByteArray& method, const QString& path, const QByteArray& requestBody,
        const QString& token);
    void noteSecretsOf(const QJsonValue& value);
    void scanLogForSecrets() const;
    QString codeFromNewestMail(const QString& email, const QRegularExpression& pattern) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database; // made by this server unless the config named one
    std::unique_ptr<server::NacreServer> m_server;
    QNetworkAccessManager m_network;
    bool m_running = false;
    QString m_error;
    qsizetype m_logStart = 0;
    mutable QSet<QString> m_secrets; // noted as they cross the wire, also by const readers
};

} // namespace nacre::test
