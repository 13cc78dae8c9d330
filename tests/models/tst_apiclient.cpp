#include "api/ApiClient.h"
#include "session/AuthService.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using nacre::client::ApiClient;
using nacre::client::ApiError;
using nacre::client::ApiResult;
using nacre::client::AuthService;
using nacre::client::SignInResult;
using nacre::test::Account;
using nacre::test::TestServer;

class TestApiClient : public QObject
{
    Q_OBJECT

    // A client signed in to a real server as the owner of Acme, whose session the server has since
    // ended: its next request is parked until a sign-in resumes it.
    struct EndedSession
    {
        TestServer server;
        QString ws;
        Account owner = server.setUp(&ws);
        ApiClient api;

        EndedSession()
        {
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
            if (server.send("POST", u"/api/v1/auth/logout"_s, {}, owner.token).status != 204)
                qFatal("the test server did not end the session");
        }
    };

    static ApiResult call(ApiClient& api, const QByteArray& method, const QString& path, const QJsonValue& body = {},
        const ApiClient::Headers& headers = {})
    {
        std::optional<ApiResult> answer;
        QObject context;
        api.send(
            method, path, body, &context, [&answer](const ApiResult& result) { answer = result; }, headers);
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
            qFatal("no answer for %s %s", method.constData(), qPrintable(path));
        return *answer;
    }

private Q_SLOTS:
    void jsonAndEtagsComeBack()
    {
        TestServer server;
        const Account owner = server.setUp(nullptr);
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        api.setToken(owner.token);
        const ApiResult me = call(api, "GET", u"/api/v1/me"_s);
        QVERIFY(me.ok());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(u"email"_s).toString(), owner.email);
        QVERIFY(!me.etag.isEmpty());
    }

    void problemsBecomeErrorsWithFieldMessages()
    {
        TestServer server;
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        const ApiResult result = call(api, "POST", u"/api/v1/auth/setup"_s,
            QJsonObject {{u"displayName"_s, u"A"_s}, {u"email"_s, u"nope"_s}, {u"password"_s, u"short"_s},
                {u"workspaceName"_s, u"W"_s}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Http);
        QCOMPARE(result.error.status, 422);
        QCOMPARE(result.error.code, u"validation_failed"_s);
        QVERIFY(result.error.fieldMessage(u"email"_s).contains(u"@"_s));
        QVERIFY(result.error.fieldMessage(u"password"_s).contains(u"10"_s));
        QVERIFY(result.error.fieldMessage(u"displayName"_s).isEmpty());
        QVERIFY(!result.error.message().isEmpty());

        const ApiResult wrong = call(api, "POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, u"a@b.example"_s}, {u"password"_s, u"whatever12"_s}});
        QCOMPARE(wrong.error.code, u"invalid_credentials"_s);
        QCOMPARE(wrong.error.message(), u"The email address or password is not right."_s);
    }

    void anUnreachableServerSaysSo()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        ApiClient api;
        api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        QSignalSpy reachability(&api, &ApiClient::reachabilityChanged);
        const ApiResult result = call(api, "GET", u"/healthz"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::Unreachable);
        QVERIFY(result.error.isOffline());
        QVERIFY(result.error.message().contains(u"cannot be reached"_s));
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.first().first().toBool(), false);
    }

    void aSlowServerTimesOut()
    {
        // Accepts the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ApiClient api;
        api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        api.setTransferTimeout(300);
        const ApiResult result = call(api, "GET", u"/healthz"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    }

    void expiredSessionsParkRequestsUntilSignIn()
    {
        EndedSession ended;
        TestServer& server = ended.server;
        ApiClient& api = ended.api;
        const QString& ws = ended.ws;
        const Account& owner = ended.owner;

        QSignalSpy expired(&api, &ApiClient::sessionExpired);
        std::optional<ApiResult> first;
        std::optional<ApiResult> second;
        QObject context;
        api.get(u"/api/v1/me"_s, &context, [&first](const ApiResult& r) { first = r; });
        api.get(u"/api/v1/workspaces/"_s + ws, &context, [&second](const ApiResult& r) { second = r; });
        QTRY_COMPARE(api.parkedRequests(), 2);
        QCOMPARE(expired.size(), 1); // one prompt for both
        QVERIFY(!first && !second);

        const Account again = server.signIn(owner.email);
        api.resumeWithToken(again.token);
        QTRY_VERIFY(first && second);
        QVERIFY(first->ok());
        QVERIFY(second->ok());
        QCOMPARE(second->object().value(u"name"_s).toString(), u"Acme"_s);
    }

    // The stored session is checked at start; it had ended, the person signed in again, and the
    // check (parked, then answered with the new token) must hand back the new token: with the old
    // one every later request was refused and the person asked to sign in a second time.
    void aStoredSessionCheckedAcrossASignInReturnsTheNewToken()
    {
        EndedSession ended;
        ApiClient& api = ended.api;
        AuthService auth(api);
        std::optional<SignInResult> restored;
        QObject context;
        auth.verifyStoredSession(&context, [&restored](const SignInResult& r) { restored = r; });
        QTRY_COMPARE(api.parkedRequests(), 1);
        const Account again = ended.server.signIn(ended.owner.email);
        api.resumeWithToken(again.token);
        QTRY_VERIFY(restored);
        QVERIFY(restored->ok());
        QCOMPARE(restored->token, again.token);
    }

    void abandonedRequestsFailWithTheSignInError()
    {
        TestServer server;
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        api.setToken(u"nks_not-a-session"_s);
        std::optional<ApiResult> answer;
        QObject context;
        api.get(u"/api/v1/me"_s, &context, [&answer](const ApiResult& r) { answer = r; });
        QTRY_COMPARE(api.parkedRequests(), 1);
        api.abandonParked();
        QVERIFY(answer);
        QCOMPARE(answer->status, 401);
        QCOMPARE(answer->error.code, u"unauthenticated"_s);
    }

    void callbacksOfDestroyedContextsAreDropped()
    {
        TestServer server;
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        bool called = false;
        auto context = std::make_unique<QObject>();
        api.get(u"/healthz"_s, context.get(), [&called](const ApiResult&) { called = true; });
        context.reset();
        QSignalSpy idle(&api, &ApiClient::busyChanged);
        QVERIFY(idle.wait(5000)); // the request finished...
        QVERIFY(!called); // ...and nobody was called back
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
