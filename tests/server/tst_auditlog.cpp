#include "audit/AuditLog.h"
#include "support/MailReader.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::MailReader;
using nacre::test::Reply;
using nacre::test::TestServer;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesAreRecordedWithWhoWhatAndWhere()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Account sam = server.addMember(owner, ws, support, u"sam@acme.example"_s);
        const QString log = u"/api/v1/workspaces/%1/audit-log"_s.arg(ws);

        const Reply all = server.get(log, owner.token);
        QCOMPARE(all.status, 200);
        QStringList types;
        for (const QJsonValue& event : all.items())
            types.append(event.toObject().value(u"type"_s).toString());
        // Newest first.
        QCOMPARE(types,
            (QStringList {
                u"invitation.accepted"_s, u"invitation.created"_s, u"role.created"_s, u"workspace.created"_s}));
        const QJsonObject created = all.items().at(2).toObject();
        QCOMPARE(created.value(u"actor"_s).toObject().value(u"name"_s).toString(), u"Olga Owner"_s);
        QCOMPARE(created.value(u"targetId"_s).toString(), support);
        QCOMPARE(created.value(u"address"_s).toString(), u"127.0.0.1"_s);
        QVERIFY(!created.value(u"occurredAt"_s).toString().isEmpty());

        QCOMPARE(server.get(log + u"?type=role.created"_s, owner.token).items().size(), 1);
        QCOMPARE(server.get(log + u"?actor="_s + sam.id, owner.token).items().size(), 1);
        QCOMPARE(server.get(log + u"?from=2999-01-01T00:00:00Z"_s, owner.token).items().size(), 0);
        QCOMPARE(server.get(log + u"?until=2000-01-01T00:00:00Z"_s, owner.token).items().size(), 0);
        QCOMPARE(server.get(log + u"?from=yesterday"_s, owner.token).status, 422);

        QStringList paged;
        QString cursor;
        do {
            const Reply page = server.get(log + u"?limit=3&cursor="_s + cursor, owner.token);
            for (const QJsonValue& event : page.items())
                paged.append(event.toObject().value(u"type"_s).toString());
            cursor = page.json().value(u"nextCursor"_s).toString();
        } while (!cursor.isEmpty());
        QCOMPARE(paged, types);

        // Only with audit_log.view.
        QCOMPARE(server.get(log, sam.token).status, 403);
    }

    void secretsNeverEnterTheLog()
    {
        QVERIFY(nacre::server::AuditLog::isSecretKey(u"password"_s));
        QVERIFY(nacre::server::AuditLog::isSecretKey(u"newPassword"_s));
        QVERIFY(nacre::server::AuditLog::isSecretKey(u"tokenHash"_s));
        QVERIFY(nacre::server::AuditLog::isSecretKey(u"totpSecret"_s));
        QVERIFY(!nacre::server::AuditLog::isSecretKey(u"email"_s));

        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        server.send("POST", u"/api/v1/me/password"_s,
            QJsonObject {
                {u"currentPassword"_s, u"correct horse battery"_s}, {u"newPassword"_s, u"another long passphrase"_s}},
            owner.token);
        server.send("POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, owner.email}, {u"password"_s, u"wrong guess here"_s}});
        const Reply all = server.get(u"/api/v1/workspaces/%1/audit-log"_s.arg(ws), owner.token);
        QVERIFY(!all.body.contains("correct horse"));
        QVERIFY(!all.body.contains("another long"));
        QVERIFY(!all.body.contains("wrong guess"));
        QVERIFY(!all.body.contains("nks_"));
        QVERIFY(!all.body.contains("argon2"));
    }

    void invitationMailIsAProperMessage()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"zoe@acme.example"_s}},
                {u"roleId"_s, server.builtinRoleId(owner, ws, u"admin"_s)}},
            owner.token);
        const QStringList files = QDir(server.outboxPath()).entryList({u"*.eml"_s});
        QCOMPARE(files.size(), 1);
        QFile file(QDir(server.outboxPath()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray mail = file.readAll();
        const QByteArray head = mail.left(mail.indexOf("\r\n\r\n"));
        for (const QByteArray& header : {QByteArray("From: Nacre <no-reply@nacre.invalid>"),
                 QByteArray("To: <zoe@acme.example>"), QByteArray("Reply-To: Olga Owner <owner@acme.example>"),
                 QByteArray("Subject: "), QByteArray("Date: "), QByteArray("Message-ID: <"),
                 QByteArray("MIME-Version: 1.0"), QByteArray("Content-Type: multipart/alternative; boundary=")})
            QVERIFY2(head.contains(header), head.constData());
        QVERIFY(!mail.contains("\n\n")); // CRLF line ends only
        QVERIFY(!mail.contains("nki_")); // the code travels in base64: the message is ASCII throughout
        const MailReader reader(mail);
        QCOMPARE(reader.parts().size(), 2);
        QCOMPARE(reader.parts().at(0).contentType, u"text/plain"_s);
        QCOMPARE(reader.parts().at(1).contentType, u"text/html"_s);
        QVERIFY(reader.partText(u"text/plain"_s).contains(u"/invite/nki_"_s));
        QVERIFY(
            reader.partText(u"text/html"_s).contains(u"<a href=\""_s + server.server().baseUrl() + u"/invite/nki_"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
