#include "support/TestServer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// Malformed, hostile and oversized input: every one is answered 4xx with problem+json, and the
// database is exactly as it was.
class TestBadInput : public QObject
{
    Q_OBJECT

    // Every row of every table, except columns that reading itself updates (activity times) and the
    // sign-in attempt log.
    static QString dump(const TestServer& server)
    {
        QString text;
        const QStringList tables = server.database().tableNames();
        {
            QSqlDatabase db = server.database().inspect(u"dump"_s);
            if (!db.open())
                return u"cannot open"_s;
            const QHash<QString, QString> columns {{u"sessions"_s, u"id, user_id, expires_at, revoked_at"_s},
                {u"memberships"_s, u"workspace_id, user_id, role_id, version"_s}};
            for (const QString& table : tables) {
                if (table == u"login_attempts"_s)
                    continue;
                QSqlQuery rows(db);
                rows.exec(u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(columns.value(table, u"*"_s), table));
                while (rows.next()) {
                    text += table + u':';
                    for (int i = 0; i < rows.record().count(); ++i)
                        text += rows.value(i).toString() + u'|';
                    text += u'\n';
                }
            }
        }
        QSqlDatabase::removeDatabase(u"dump"_s);
        return text;
    }

private Q_SLOTS:
    void hostileInputChangesNothing()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Account sam = server.addMember(owner, ws, support, u"sam@acme.example"_s);
        const QString W = u"/api/v1/workspaces/"_s + ws;
        const QByteArray wsEtag = server.get(W, owner.token).header("etag");
        const QByteArray roleEtag = server.get(W + u"/roles/"_s + support, owner.token).header("etag");
        const QByteArray memberEtag = server.get(W + u"/members/"_s + sam.id, owner.token).header("etag");
        const QString before = dump(server);

        struct Case
        {
            QByteArray method;
            QString path;
            QByteArray body;
            QByteArray etag;
        };
        QList<Case> cases;
        const QList<QPair<QByteArray, QString>> targets {
            {"PATCH", W},
            {"POST", W + u"/roles"_s},
            {"PATCH", W + u"/roles/"_s + support},
            {"PATCH", W + u"/members/"_s + sam.id},
            {"POST", W + u"/invitations"_s},
            {"POST", u"/api/v1/workspaces"_s},
            {"PATCH", u"/api/v1/me"_s},
            {"POST", u"/api/v1/me/password"_s},
            {"POST", u"/api/v1/me/totp"_s},
            {"POST", u"/api/v1/me/totp/confirm"_s},
            {"DELETE", u"/api/v1/me/totp"_s},
            {"DELETE", W},
        };
        const auto etagFor = [&](const QString& path) {
            if (path == W)
                return wsEtag;
            if (path.contains(u"/roles/"_s))
                return roleEtag;
            if (path.contains(u"/members/"_s))
                return memberEtag;
            return server.get(u"/api/v1/me"_s, owner.token).header("etag");
        };
        // Malformed bodies, on every writing route.
        const QList<QByteArray> malformed {
            "",
            "{",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"name\": }",
            "{'name': 'x'}",
            "{\"a\":1,}",
            "\xff\xfe{}",
            "{} {}",
        };
        for (const auto& [method, path] : targets) {
            for (const QByteArray& body : malformed)
                cases.append({method, path, body, etagFor(path)});
        }
        // Wrong types and unknown fields, field by field.
        const QList<QPair<QString, QJsonObject>> typed {
            {W, {{u"name"_s, 7}}},
            {W, {{u"newsletter"_s, u"yes"_s}}},
            {W, {{u"sessionTimeoutMinutes"_s, u"60"_s}}},
            {W, {{u"sessionTimeoutMinutes"_s, 1e12}}},
            {W, {{u"sessionTimeoutMinutes"_s, -1}}},
            {W, {{u"billingEmail"_s, QJsonArray {u"a@b.example"_s}}}},
            {W, {{u"plan"_s, u"enterprise"_s}}},
            {W, {{u"id"_s, u"00000000-0000-4000-8000-000000000000"_s}}},
            {W + u"/roles"_s, {{u"name"_s, u"R"_s}, {u"permissions"_s, u"calls.view"_s}}},
            {W + u"/roles"_s, {{u"name"_s, u"R"_s}, {u"permissions"_s, QJsonArray {1}}}},
            {W + u"/roles"_s,
                {{u"name"_s, u"R"_s}, {u"permissions"_s, QJsonArray {u"calls.view; DROP TABLE roles"_s}}}},
            {W + u"/roles"_s, {{u"name"_s, u"R"_s}, {u"permissions"_s, QJsonArray {}}, {u"builtin"_s, u"owner"_s}}},
            {W + u"/roles/"_s + support, {{u"permissions"_s, QJsonArray {u"*"_s}}}},
            {W + u"/members/"_s + sam.id, {{u"roleId"_s, u"' OR '1'='1"_s}}},
            {W + u"/members/"_s + sam.id, {{u"roleId"_s, 1}}},
            {W + u"/invitations"_s, {{u"emails"_s, u"a@b.example"_s}, {u"roleId"_s, support}}},
            {W + u"/invitations"_s, {{u"emails"_s, QJsonArray {}}, {u"roleId"_s, support}}},
            {W + u"/invitations"_s, {{u"emails"_s, QJsonArray {u"x@y.example"_s}}, {u"roleId"_s, u"x' --"_s}}},
            {u"/api/v1/me"_s, {{u"email"_s, u"new@acme.example"_s}}},
            {u"/api/v1/me"_s, {{u"timeZone"_s, u"../../etc/passwd"_s}}},
        };
        for (const auto& [path, object] : typed) {
            const QByteArray method = path == W + u"/roles"_s || path.endsWith(u"/invitations"_s) ? "POST" : "PATCH";
            cases.append({method, path, QJsonDocument(object).toJson(QJsonDocument::Compact), etagFor(path)});
        }
        // Two-factor sign-in: wrong types, unknown fields, a code with nothing to confirm.
        for (const auto& [method, path, object] : QList<std::tuple<QByteArray, QString, QJsonObject>> {
                 {"POST", u"/api/v1/me/totp/confirm"_s, {{u"code"_s, 123456}}},
                 {"POST", u"/api/v1/me/totp/confirm"_s, {{u"code"_s, u"123456"_s}}},
                 {"POST", u"/api/v1/me/totp/confirm"_s, {{u"code"_s, u"123456"_s}, {u"secret"_s, u"AAAA"_s}}},
                 {"POST", u"/api/v1/me/totp"_s, {{u"secret"_s, u"JBSWY3DPEHPK3PXP"_s}}},
                 {"DELETE", u"/api/v1/me/totp"_s, {{u"password"_s, 5}}},
                 {"DELETE", u"/api/v1/me/totp"_s, {}},
             })
            cases.append({method, path, QJsonDocument(object).toJson(QJsonDocument::Compact), {}});
        // Deleting a role while moving its members to something that is not a role of this workspace.
        for (const QString& target : {u"' OR 1=1 --"_s, support, u"00000000-0000-4000-8000-000000000000"_s})
            cases.append({"DELETE",
                W + u"/roles/"_s + support + u"?moveTo="_s + QString::fromLatin1(QUrl::toPercentEncoding(target)), {},
                {}});
        // Names with control characters, bidi overrides and lone surrogates, and over-long names.
        const QStringList badNames {u"a\u0000b"_s, u"a\nb"_s, u"a\u202Eb"_s, u"\u0007"_s, QString(101, u'x'), u"   "_s,
            QString(1, QChar(0xDC00))};
        for (const QString& name : badNames) {
            cases.append({"PATCH", W, QJsonDocument(QJsonObject {{u"name"_s, name}}).toJson(), wsEtag});
            cases.append(
                {"POST", u"/api/v1/workspaces"_s, QJsonDocument(QJsonObject {{u"name"_s, name}}).toJson(), {}});
            cases.append({"PATCH", u"/api/v1/me"_s, QJsonDocument(QJsonObject {{u"displayName"_s, name}}).toJson(),
                etagFor(u"/api/v1/me"_s)});
        }
        // SQL metacharacters where ids and emails go.
        for (const QString& evil :
            {u"' OR 1=1 --"_s, u"\"; DROP TABLE users; --"_s, u"%"_s, u"_"_s, u"1; DELETE FROM memberships"_s}) {
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(evil));
            cases.append({"PATCH", W + u"/members/"_s + encoded,
                QJsonDocument(QJsonObject {{u"roleId"_s, support}}).toJson(), memberEtag});
            cases.append({"DELETE", W + u"/roles/"_s + encoded, {}, {}});
            cases.append({"DELETE", u"/api/v1/workspaces/"_s + encoded, "{\"confirmName\":\"Acme\"}", {}});
            cases.append({"POST", W + u"/invitations"_s,
                QJsonDocument(QJsonObject {{u"emails"_s, QJsonArray {evil + u"@x"_s}}, {u"roleId"_s, evil}}).toJson(),
                {}});
        }
        // Versions that are not one: a blind "*", a weak or foreign tag, a list of strangers.
        for (const QByteArray& tag : {QByteArray("*"), QByteArray("W/\"ws-x-v1\""), QByteArray("\"\""),
                 QByteArray("\"ws-") + ws.toLatin1() + "-v999\"", QByteArray("a, b, *")}) {
            cases.append({"PATCH", W, "{\"name\":\"Hijacked\"}", tag});
            cases.append({"PATCH", W + u"/roles/"_s + support, "{\"name\":\"Hijacked\"}", tag});
            cases.append({"PATCH", W + u"/members/"_s + sam.id,
                QJsonDocument(QJsonObject {{u"roleId"_s, support}}).toJson(), tag});
            cases.append({"PATCH", u"/api/v1/me"_s, "{\"displayName\":\"Hijacked\"}", tag});
        }
        // Credential changes without, or with the wrong, current password; another account's email.
        const QByteArray meEtag = etagFor(u"/api/v1/me"_s);
        cases.append({"PATCH", u"/api/v1/me"_s,
            "{\"email\":\"sam@acme.example\",\"currentPassword\":\"correct horse battery\"}", meEtag});
        cases.append(
            {"PATCH", u"/api/v1/me"_s, "{\"email\":\"mine@acme.example\",\"currentPassword\":\"wrong one\"}", meEtag});
        cases.append({"PATCH", u"/api/v1/me"_s, "{\"email\":\"mine@acme.example\",\"currentPassword\":7}", meEtag});
        cases.append({"POST", u"/api/v1/me/totp"_s, "{\"password\":\"wrong one\"}", {}});
        cases.append({"POST", u"/api/v1/me/totp"_s, "{\"password\":[\"correct horse battery\"]}", {}});
        // Lists and renewals with ids, cursors and limits that are not theirs.
        for (const QString& query :
            {u"?cursor=not-a-cursor"_s, u"?limit=0"_s, u"?limit=201"_s, u"?limit=x"_s, u"?cursor=eyJ2IjoxfQ"_s}) {
            cases.append({"GET", u"/api/v1/me/security-log"_s + query, {}, {}});
            cases.append({"GET", W + u"/invitations"_s + query, {}, {}});
            cases.append({"GET", W + u"/audit-log"_s + query, {}, {}});
        }
        for (const QString& id : {u"' OR 1=1 --"_s, u"00000000-0000-4000-8000-000000000000"_s, sam.id}) {
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(id));
            cases.append({"POST", W + u"/invitations/"_s + encoded + u"/resend"_s, "{}", {}});
            cases.append({"POST", W + u"/invitations/"_s + encoded + u"/link"_s, "{}", {}});
            cases.append({"GET", u"/api/v1/invitations/"_s + encoded, {}, {}});
            cases.append({"POST", u"/api/v1/invitations/"_s + encoded + u"/accept"_s,
                "{\"displayName\":\"X\",\"password\":\"correct horse battery\"}", {}});
            cases.append({"DELETE", u"/api/v1/me/sessions/"_s + encoded, {}, {}});
        }
        // Ten megabytes, and a body that claims to be.
        cases.append({"POST", W + u"/roles"_s, QByteArray(10 * 1024 * 1024, 'x'), {}});
        cases.append({"PATCH", W, "{\"name\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}", wsEtag});

        QStringList problems;
        for (const Case& c : std::as_const(cases)) {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!c.etag.isEmpty())
                headers.append({"If-Match", c.etag});
            const Reply reply = server.sendRaw(c.method, c.path, c.body, owner.token, headers);
            const bool clientError = reply.status >= 400 && reply.status < 500;
            const bool problemJson
                = reply.header("content-type") == "application/problem+json" && reply.json().contains(u"code"_s);
            if (!clientError || !problemJson)
                problems.append(u"%1 %2 %3: %4"_s.arg(
                    QString::fromLatin1(c.method), c.path, QString::fromUtf8(c.body.left(60)), reply.describe()));
        }
        qInfo("bad inputs tried: %lld", qlonglong(cases.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(dump(server), before);
        // And the server still serves.
        QCOMPARE(server.get(W, owner.token).status, 200);
    }

    void sqlMetacharactersInNamesAreStoredAsText()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString name = u"Robert'); DROP TABLE roles;--"_s;
        const QString id = server.createRole(owner, ws, name, {});
        QCOMPARE(
            server.get(u"/api/v1/workspaces/%1/roles/%2"_s.arg(ws, id), owner.token).json().value(u"name"_s).toString(),
            name);
        QCOMPARE(server.get(u"/api/v1/workspaces/%1/roles"_s.arg(ws), owner.token).items().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
