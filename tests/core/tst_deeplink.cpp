#include "protocol/DeepLink.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// The links a person brings from a mail or a web page, as nacred writes them and nacre reads them.
class TestDeepLink : public QObject
{
    Q_OBJECT

    const QString code = u"nki_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde"_s;

private Q_SLOTS:
    void anInvitationLinkNamesItsServerAndCode()
    {
        const QUrl server(u"https://nacre.example.com:8443/team"_s);
        const QUrl link = DeepLink::invitation(server, code);
        QCOMPARE(link.scheme(), u"nacre"_s);
        QVERIFY(
            link.toString().startsWith(u"nacre://invite?server=https%3A%2F%2Fnacre.example.com%3A8443%2Fteam&code="_s));
        const auto parsed = DeepLink::parse(link.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, DeepLink::Kind::Invitation);
        QCOMPARE(parsed->server, server);
        QCOMPARE(parsed->code, code);
    }

    void aResetLinkIsReadAsAReset()
    {
        const QString reset = u"nkr_AbCdEfGhIjKlMnOpQrStUvWxYz"_s;
        const auto parsed = DeepLink::parse(DeepLink::passwordReset(QUrl(u"http://10.0.0.5:7410"_s), reset).toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, DeepLink::Kind::PasswordReset);
        QCOMPARE(parsed->server, QUrl(u"http://10.0.0.5:7410"_s));
        QCOMPARE(parsed->code, reset);
        // A reset code in an invitation link (or the other way round) is not accepted.
        QVERIFY(!DeepLink::parse(u"nacre://invite?server=http%3A%2F%2Fa.example&code="_s + reset));
    }

    void theWebPageAndTheApiUrlAreReadToo()
    {
        auto parsed = DeepLink::parse(u"http://192.168.1.20:7410/invite/"_s + code);
        QVERIFY(parsed);
        QCOMPARE(parsed->server, QUrl(u"http://192.168.1.20:7410"_s));
        QCOMPARE(parsed->code, code);
        parsed = DeepLink::parse(u"https://example.com/nacre/api/v1/invitations/"_s + code);
        QVERIFY(parsed);
        QCOMPARE(parsed->server, QUrl(u"https://example.com/nacre"_s));
    }

    void aBareCodeAsPastedFromMail()
    {
        const auto parsed = DeepLink::parse(u"  \""_s + code + u"\".\n"_s);
        QVERIFY(parsed);
        QVERIFY(parsed->server.isEmpty());
        QCOMPARE(parsed->code, code);
    }

    void whatIsNotALinkIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u"   "_s;
        QTest::newRow("sentence") << u"please let me in"_s;
        QTest::newRow("short code") << u"nki_abc"_s;
        QTest::newRow("session token") << u"nks_AbCdEfGhIjKlMnOpQrStUvWxYz"_s;
        QTest::newRow("code with spaces") << u"nki_AbCdEfGh IjKlMnOpQrStUvWxYz"_s;
        QTest::newRow("other page") << u"https://example.com/about/"_s + code;
        QTest::newRow("other scheme") << u"ftp://example.com/invite/"_s + code;
        QTest::newRow("no server") << u"nacre://invite?code="_s + code;
        QTest::newRow("file server") << u"nacre://invite?server=file%3A%2F%2F%2Fetc&code="_s + code;
        QTest::newRow("server with credentials")
            << u"nacre://invite?server=https%3A%2F%2Fuser%3Apw%40evil.example&code="_s + code;
        QTest::newRow("unknown action") << u"nacre://delete?server=https%3A%2F%2Fa.example&code="_s + code;
    }

    void whatIsNotALinkIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!DeepLink::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestDeepLink)
#include "tst_deeplink.moc"
