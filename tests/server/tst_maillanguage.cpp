#include "support/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// Issue 15: what the server writes to people is in their language. An invitation mail in the
// inviter's (they know whom they invite), a password reset in the account's own, and the invitation's
// web page in the reader's browser language when it is one Nacre ships, else the inviter's.
class TestMailLanguage : public QObject
{
    Q_OBJECT

    static void speak(TestServer& server, const Account& account, const QString& locale)
    {
        const Reply me = server.get(u"/api/v1/me"_s, account.token);
        QCOMPARE(server
                     .send("PATCH", u"/api/v1/me"_s, QJsonObject {{u"locale"_s, locale}}, account.token,
                         {{"If-Match", me.header("etag")}})
                     .status,
            200);
    }

    static void invite(TestServer& server, const Account& owner, const QString& ws, const QString& email)
    {
        QCOMPARE(server
                     .send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
                         QJsonObject {{u"emails"_s, QJsonArray {email}},
                             {u"roleId"_s, server.builtinRoleId(owner, ws, u"member"_s)}},
                         owner.token)
                     .status,
            200);
    }

private Q_SLOTS:
    void theInvitationMailIsInTheInvitersLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("expected"); // subject, role, month, then the html element
        QTest::newRow("English") << u"en_US"_s
                                 << QStringList {u"Olga Owner invited you to Acme on Nacre"_s, u"on Nacre as Member."_s,
                                        u"(UTC)"_s, u"<html lang=\"en\" dir=\"ltr\">"_s};
        QTest::newRow("German") << u"de_AT"_s
                                << QStringList {u"Olga Owner hat Sie zu „Acme“ auf Nacre eingeladen"_s,
                                       u"als Mitglied beizutreten."_s, u"(UTC) ab."_s,
                                       u"<html lang=\"de\" dir=\"ltr\">"_s};
        QTest::newRow("French") << u"fr"_s
                                << QStringList {u"Olga Owner vous a invité à «\u00a0Acme\u00a0» sur Nacre"_s,
                                       u"en tant que Membre."_s, u"(UTC). Si vous"_s,
                                       u"<html lang=\"fr\" dir=\"ltr\">"_s};
        QTest::newRow("Hebrew") << u"he_IL"_s
                                << QStringList {u"Olga Owner הזמין/ה אותך אל \"Acme\" ב-Nacre"_s, u"בתפקיד חבר."_s,
                                       u"(UTC)"_s, u"<html lang=\"he\" dir=\"rtl\">"_s};
        QTest::newRow("a language Nacre does not ship")
            << u"pt_BR"_s
            << QStringList {u"Olga Owner invited you to Acme on Nacre"_s, u"on Nacre as Member."_s, u"(UTC)"_s,
                   u"<html lang=\"en\" dir=\"ltr\">"_s};
    }

    void theInvitationMailIsInTheInvitersLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, expected);
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        speak(server, owner, locale);
        invite(server, owner, ws, u"sam@acme.example"_s);
        const QString mail = server.newestMailTo(u"sam@acme.example"_s);
        for (const QString& text : expected)
            QVERIFY2(mail.contains(text), qPrintable(text + u"\n---\n"_s + mail));
        // The expiry's month is named in the language (seven days from now).
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(7);
        const QString language = locale.left(2) == u"pt"_s ? u"en"_s : locale.left(2);
        const QString month = QLocale(language).standaloneMonthName(expires.date().month());
        QVERIFY2(mail.contains(month, Qt::CaseInsensitive)
                || mail.contains(QLocale(language).monthName(expires.date().month())),
            qPrintable(month + u"\n---\n"_s + mail));
    }

    void aPasswordResetIsInTheAccountsOwnLanguage()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Account member
            = server.addMember(owner, ws, server.builtinRoleId(owner, ws, u"member"_s), u"ines@acme.example"_s);
        speak(server, owner, u"de"_s); // the one who invited her writes German
        speak(server, member, u"fr"_s);
        QCOMPARE(server.send("POST", u"/api/v1/auth/password-reset"_s, QJsonObject {{u"email"_s, member.email}}).status,
            202);
        const QString mail = server.newestMailTo(member.email);
        QVERIFY2(mail.contains(u"Réinitialiser votre mot de passe Nacre"_s), qPrintable(mail));
        QVERIFY(mail.contains(u"«\u00a0Mot de passe oublié\u00a0?\u00a0»"_s));
        QVERIFY(mail.contains(u"<html lang=\"fr\" dir=\"ltr\">"_s));
    }

    void theInvitationPageFollowsTheBrowserThenTheInviter()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        speak(server, owner, u"he"_s);
        invite(server, owner, ws, u"sam@acme.example"_s);
        const QString path = u"/invite/"_s + server.invitationTokenFromOutbox(u"sam@acme.example"_s);
        const auto page = [&](const QByteArray& acceptLanguage) {
            return server.send("GET", path, {}, {}, {{"Accept-Language", acceptLanguage}});
        };

        const Reply french = page("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5");
        QCOMPARE(french.status, 200);
        QCOMPARE(french.header("content-language"), QByteArray("fr"));
        QVERIFY(french.header("vary").contains("Accept-Language"));
        const QString html = QString::fromUtf8(french.body);
        QVERIFY(html.contains(u"<html lang=\"fr\" dir=\"ltr\">"_s));
        QVERIFY2(html.contains(u"Ouvrir dans Nacre"_s), qPrintable(html));
        QVERIFY(html.contains(u"<dd>Membre</dd>"_s));

        // Preferences in order: German is preferred over English here.
        QCOMPARE(page("pt-BR, de;q=0.7, en;q=0.3").header("content-language"), QByteArray("de"));
        // Only languages Nacre does not ship: the inviter's, right to left.
        const Reply hebrew = page("pt-BR, ja;q=0.5");
        QCOMPARE(hebrew.header("content-language"), QByteArray("he"));
        QVERIFY(QString::fromUtf8(hebrew.body).contains(u"<html lang=\"he\" dir=\"rtl\">"_s));
        QVERIFY(QString::fromUtf8(hebrew.body).contains(u"פתיחה ב-Nacre"_s));
        // No header at all (written by hand: Qt's client always sends one): the inviter's too.
        const QByteArray bare
            = server.exchange("GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY2(bare.toLower().contains("\r\ncontent-language: he\r\n"), bare.constData());
        // English when asked for.
        QCOMPARE(page("en-GB").header("content-language"), QByteArray("en"));
        // A refusal page is in the reader's language as well.
        const Reply unknown = server.send("GET", u"/invite/nki_nothing"_s, {}, {}, {{"Accept-Language", "de"}});
        QCOMPARE(unknown.status, 404);
        QVERIFY(QString::fromUtf8(unknown.body).contains(u"Einladung nicht gefunden"_s));
    }
};

QTEST_GUILESS_MAIN(TestMailLanguage)
#include "tst_maillanguage.moc"
