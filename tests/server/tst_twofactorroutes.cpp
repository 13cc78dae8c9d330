#include "auth/Totp.h"
#include "support/TestServer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre::test;
using nacre::server::Totp;

// Two-factor sign-in over real HTTP: enrolment, sign-in with a code, replay, turning it off.
class TestTwoFactorRoutes : public QObject
{
    Q_OBJECT

    static qint64 now(TestServer& server) { return server.server().clock().nowMs() / 1000; }

    static Reply login(TestServer& server, const QString& email, const QString& code = {})
    {
        QJsonObject body {{u"email"_s, email}, {u"password"_s, QString::fromLatin1(TestServer::Password)}};
        if (!code.isEmpty())
            body.insert(u"totp"_s, code);
        return server.send("POST", u"/api/v1/auth/login"_s, body);
    }

    // Turns two-factor sign-in on for `account`; returns the secret.
    static QJsonObject withPassword()
    {
        return QJsonObject {{u"password"_s, QString::fromLatin1(TestServer::Password)}};
    }

    static QByteArray enable(TestServer& server, const Account& account)
    {
        const Reply started = server.send("POST", u"/api/v1/me/totp"_s, withPassword(), account.token);
        const QByteArray secret = *Totp::fromBase32(started.json().value(u"secret"_s).toString());
        const Reply confirmed = server.send("POST", u"/api/v1/me/totp/confirm"_s,
            QJsonObject {{u"code"_s, Totp::code(secret, now(server))}}, account.token);
        if (confirmed.status != 200)
            qFatal("enabling two-factor failed: %s", qPrintable(confirmed.describe()));
        server.server().clock().advance(31'000); // the confirming code is spent; sign-ins use the next
        return secret;
    }

private Q_SLOTS:
    void enrolmentNeedsAWorkingCode()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        // A stolen session token alone cannot enrol its own authenticator: the password is asked.
        const Reply noPassword = server.send("POST", u"/api/v1/me/totp"_s, QJsonObject {}, owner.token);
        QCOMPARE(noPassword.status, 422);
        const Reply wrongPassword = server.send(
            "POST", u"/api/v1/me/totp"_s, QJsonObject {{u"password"_s, u"not the password"_s}}, owner.token);
        QCOMPARE(wrongPassword.status, 422);
        QCOMPARE(wrongPassword.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(),
            u"wrong_password"_s);
        const Reply started = server.send("POST", u"/api/v1/me/totp"_s, withPassword(), owner.token);
        QCOMPARE(started.status, 200);
        const QString uri = started.json().value(u"uri"_s).toString();
        QVERIFY(uri.startsWith(u"otpauth://totp/Nacre:owner@acme.example?secret="_s));
        const QByteArray secret = *Totp::fromBase32(started.json().value(u"secret"_s).toString());

        const Reply wrong
            = server.send("POST", u"/api/v1/me/totp/confirm"_s, QJsonObject {{u"code"_s, u"000000"_s}}, owner.token);
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), u"code"_s);
        QCOMPARE(server.get(u"/api/v1/me"_s, owner.token).json().value(u"twoFactorEnabled"_s).toBool(), false);

        const Reply confirmed = server.send("POST", u"/api/v1/me/totp/confirm"_s,
            QJsonObject {{u"code"_s, Totp::code(secret, now(server))}}, owner.token);
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.json().value(u"twoFactorEnabled"_s).toBool(), true);
        // Admins see it in the member list; the account's security log has it, without the secret.
        const Reply members = server.get(u"/api/v1/workspaces/%1/members"_s.arg(ws), owner.token);
        QCOMPARE(members.items().first().toObject().value(u"twoFactorEnabled"_s).toBool(), true);
        const Reply log = server.get(u"/api/v1/me/security-log"_s, owner.token);
        QCOMPARE(log.items().first().toObject().value(u"type"_s).toString(), u"account.two_factor_enabled"_s);
        QVERIFY(!log.body.contains(started.json().value(u"secret"_s).toString().toLatin1()));
        QCOMPARE(server.send("POST", u"/api/v1/me/totp"_s, withPassword(), owner.token).code(), u"totp_enabled"_s);
    }

    void signInAsksForTheCodeAndTakesEachCodeOnce()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QByteArray secret = enable(server, owner);

        const Reply asked = login(server, owner.email);
        QCOMPARE(asked.status, 401);
        QCOMPARE(asked.code(), u"totp_required"_s);
        QVERIFY(!asked.json().contains(u"token"_s));

        const Reply wrong
            = login(server, owner.email, u"123456"_s == Totp::code(secret, now(server)) ? u"654321"_s : u"123456"_s);
        QCOMPARE(wrong.code(), u"totp_invalid"_s);

        const QString code = Totp::code(secret, now(server));
        const Reply signedIn = login(server, owner.email, code);
        QCOMPARE(signedIn.status, 200);
        QVERIFY(!signedIn.json().value(u"token"_s).toString().isEmpty());
        QCOMPARE(login(server, owner.email, code).code(), u"totp_invalid"_s); // no replay

        server.server().clock().advance(30'000);
        QCOMPARE(login(server, owner.email, Totp::code(secret, now(server))).status, 200);

        const Reply log = server.get(u"/api/v1/me/security-log"_s, owner.token);
        QVERIFY(log.body.contains("wrong one-time code"));
        QVERIFY(log.body.contains("one-time code used twice"));
    }

    // Issue 14: ten single-use recovery codes come with two-factor sign-in; sign-in takes one where it
    // asks for a code, once; renewing needs the password and retires the old ones; turning two-factor
    // off retires them all.
    void recoveryCodesSignInOnceEachAndCanBeRenewed()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        QCOMPARE(server.get(u"/api/v1/me/recovery-codes"_s, owner.token).json()[u"left"_s].toInt(), 0);
        QCOMPARE(server.send("POST", u"/api/v1/me/recovery-codes"_s, withPassword(), owner.token).code(),
            u"totp_not_started"_s);

        const Reply started = server.send("POST", u"/api/v1/me/totp"_s, withPassword(), owner.token);
        const QByteArray secret = *Totp::fromBase32(started.json().value(u"secret"_s).toString());
        const Reply confirmed = server.send("POST", u"/api/v1/me/totp/confirm"_s,
            QJsonObject {{u"code"_s, Totp::code(secret, now(server))}}, owner.token);
        const QJsonArray codes = confirmed.json()[u"recoveryCodes"_s].toArray();
        QCOMPARE(codes.size(), 10);
        QSet<QString> distinct;
        for (const QJsonValue& code : codes) {
            QVERIFY(QRegularExpression(u"^[a-z2-9]{5}-[a-z2-9]{5}$"_s).match(code.toString()).hasMatch());
            distinct.insert(code.toString());
        }
        QCOMPARE(distinct.size(), 10);
        QCOMPARE(server.get(u"/api/v1/me/recovery-codes"_s, owner.token).json()[u"left"_s].toInt(), 10);

        // Each works once, typed as people type them (upper case, spaces, no dash).
        const QString first = codes.at(0).toString();
        QCOMPARE(login(server, owner.email, first.toUpper().replace(u'-', u' ')).status, 200);
        QCOMPARE(login(server, owner.email, first).code(), u"totp_invalid"_s);
        QCOMPARE(login(server, owner.email, u"abcde-fghjk"_s).code(), u"totp_invalid"_s);
        QCOMPARE(server.get(u"/api/v1/me/recovery-codes"_s, owner.token).json()[u"left"_s].toInt(), 9);
        const Reply log = server.get(u"/api/v1/me/security-log"_s, owner.token);
        QVERIFY(log.body.contains("account.recovery_code_used"));
        QVERIFY(log.body.contains("wrong or used recovery code"));
        QVERIFY(!log.body.contains(first.toLatin1()));

        // Renewing asks for the password; afterwards only the new codes work.
        QCOMPARE(
            server.send("POST", u"/api/v1/me/recovery-codes"_s, QJsonObject {{u"password"_s, u"guess"_s}}, owner.token)
                .status,
            422);
        const Reply renewed = server.send("POST", u"/api/v1/me/recovery-codes"_s, withPassword(), owner.token);
        QCOMPARE(renewed.status, 200);
        const QJsonArray fresh = renewed.json()[u"recoveryCodes"_s].toArray();
        QCOMPARE(fresh.size(), 10);
        QCOMPARE(login(server, owner.email, codes.at(1).toString()).code(), u"totp_invalid"_s);
        QCOMPARE(login(server, owner.email, fresh.at(0).toString()).status, 200);
        QCOMPARE(server.get(u"/api/v1/me/recovery-codes"_s, owner.token).json()[u"left"_s].toInt(), 9);

        // Off: the codes go with it.
        QCOMPARE(server.send("DELETE", u"/api/v1/me/totp"_s, withPassword(), owner.token).status, 204);
        QCOMPARE(server.get(u"/api/v1/me/recovery-codes"_s, owner.token).json()[u"left"_s].toInt(), 0);
    }

    void aWorkspaceCanRequireItOfEveryMember()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Account sam = server.addMember(owner, ws, support, u"sam@acme.example"_s);
        const QString W = u"/api/v1/workspaces/"_s + ws;
        const auto require = [&] {
            return server.send("PATCH", W, QJsonObject {{u"requireTwoFactor"_s, true}}, owner.token,
                {{"If-Match", server.get(W, owner.token).header("etag")}});
        };
        // Not before the one turning it on has it: they would lock themselves out.
        QCOMPARE(require().code(), u"two_factor_needed_first"_s);
        enable(server, owner);
        QCOMPARE(require().status, 200);

        // Sam has no two-factor sign-in: the workspace is listed, marked, and closed to him.
        const QJsonObject listed = server.get(u"/api/v1/workspaces"_s, sam.token).items().first().toObject();
        QCOMPARE(listed.value(u"requiresTwoFactor"_s).toBool(), true);
        const Reply refused = server.get(W + u"/roles"_s, sam.token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), u"two_factor_required"_s);
        QVERIFY(refused.json().value(u"detail"_s).toString().contains(u"under Security"_s));
        QCOMPARE(server.get(W + u"/roles"_s, owner.token).status, 200);

        // Once he turns it on, he is back in.
        enable(server, sam);
        QCOMPARE(server.get(W + u"/roles"_s, sam.token).status, 200);
    }

    void leavingNeedsNoTwoFactor()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Account sam = server.addMember(
            owner, ws, server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s}), u"sam@acme.example"_s);
        enable(server, owner);
        const QString W = u"/api/v1/workspaces/"_s + ws;
        QCOMPARE(server
                     .send("PATCH", W, QJsonObject {{u"requireTwoFactor"_s, true}}, owner.token,
                         {{"If-Match", server.get(W, owner.token).header("etag")}})
                     .status,
            200);
        QCOMPARE(server.send("POST", W + u"/leave"_s, QJsonObject {}, sam.token).status, 204);
        QCOMPARE(server.get(u"/api/v1/workspaces"_s, sam.token).items().size(), 0);
    }

    void turningItOffNeedsThePassword()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        enable(server, owner);
        const Reply wrong = server.send(
            "DELETE", u"/api/v1/me/totp"_s, QJsonObject {{u"password"_s, u"not it at all"_s}}, owner.token);
        QCOMPARE(wrong.status, 422);
        QCOMPARE(login(server, owner.email).code(), u"totp_required"_s);

        QCOMPARE(server
                     .send("DELETE", u"/api/v1/me/totp"_s,
                         QJsonObject {{u"password"_s, QString::fromLatin1(TestServer::Password)}}, owner.token)
                     .status,
            204);
        QCOMPARE(login(server, owner.email).status, 200);
        QVERIFY(server.get(u"/api/v1/me/security-log"_s, owner.token).body.contains("account.two_factor_disabled"));
    }
};

QTEST_MAIN(TestTwoFactorRoutes)
#include "tst_twofactorroutes.moc"
