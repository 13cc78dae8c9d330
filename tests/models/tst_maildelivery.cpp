#include "invitations/InvitationListModel.h"
#include "support/SmtpRelay.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;
using nacre::test::SmtpRelay;
using nacre::test::TestCertificates;
using nacre::test::TestServer;

// nacred delivering its mail through a real SMTP relay on loopback (aiosmtpd with STARTTLS and AUTH,
// its certificate made by the test), and what the Invitations tab's model then shows.
class TestMailDelivery : public QObject
{
    Q_OBJECT

    static constexpr auto RelayPassword = "relay-secret-7f3a";

    QTemporaryDir m_certificateFolder;
    TestCertificates m_certificates;

    static server::NacreServerConfig configFor(quint16 relayPort, const QString& caFile)
    {
        server::NacreServerConfig config;
        config.mail.smtpUrl = u"smtp://nacre:%1@127.0.0.1:%2"_s.arg(QLatin1String(RelayPassword)).arg(relayPort);
        config.mail.smtpCaFile = caFile;
        config.mail.from = u"Nacre Team <nacre@acme.example>"_s;
        config.mail.retry.firstRetryMs = 300; // seconds in production; quick here
        config.mail.retry.pollMs = 100;
        config.metricsEnabled = true;
        return config;
    }

    static SmtpRelay::Options relayOptions(const QStringList& reject = {})
    {
        return {u"nacre"_s, QLatin1String(RelayPassword), reject};
    }

    // Invites `email` as Admin; returns the invitation's id.
    static QString invite(TestServer& server, const test::Account& owner, const QString& ws, const QString& email)
    {
        const test::Reply reply = server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, server.builtinRoleId(owner, ws, u"admin"_s)}},
            owner.token);
        return reply.json().value(u"results"_s).toArray().first().toObject().value(u"invitationId"_s).toString();
    }

    // The Invitations tab's model, signed in as `owner`, loading the workspace's list.
    struct ShownList
    {
        ShownList(TestServer& server, const test::Account& owner, const QString& ws)
        {
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
            model.setWorkspace(ws);
        }
        client::ApiClient api;
        client::InvitationListModel model {api};
    };

    // The invitation's delivery as the app's model reads it from the server.
    static MailDelivery deliveryShown(TestServer& server, const test::Account& owner, const QString& ws)
    {
        ShownList shown(server, owner, ws);
        if (!QTest::qWaitFor([&shown] { return shown.model.rowCount() > 0; }, 5000))
            return {};
        return shown.model.invitations().first().delivery;
    }

    static bool waitForState(TestServer& server, const test::Account& owner, const QString& ws, DeliveryState state)
    {
        return QTest::qWaitFor([&] { return deliveryShown(server, owner, ws).state == state; }, 15000);
    }

private Q_SLOTS:
    void initTestCase() { m_certificates = TestCertificates::make(m_certificateFolder.path()); }

    // One invitation, one mail, exactly as a mail program would read it: parsed by Python's own MIME
    // parser at the relay. The inviter writes German, so the mail does.
    void anInvitationArrivesOnceWellFormedInTheInvitersLanguage()
    {
        SmtpRelay relay(m_certificates, SmtpRelay::freePort(), relayOptions());
        QVERIFY(relay.start());
        TestServer server(configFor(relay.port(), m_certificates.caFile));
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        server.noteSecret(QLatin1String(RelayPassword));
        QString ws;
        const test::Account owner = server.setUp(&ws);
        const test::Reply me = server.get(u"/api/v1/me"_s, owner.token);
        QCOMPARE(server
                     .send("PATCH", u"/api/v1/me"_s,
                         QJsonObject {{u"displayName"_s, u"Jürgen Weiß"_s}, {u"locale"_s, u"de"_s}}, owner.token,
                         {{"If-Match", me.header("etag")}})
                     .status,
            200);

        invite(server, owner, ws, u"sam@acme.example"_s);
        QVERIFY(relay.waitForMails(1));
        QTest::qWait(500); // a second copy would have arrived by now
        QCOMPARE(relay.mails().size(), 1);
        const QJsonObject mail = relay.mails().first();
        QVERIFY(mail.value(u"tls"_s).toBool()); // STARTTLS, verified against the test's CA
        QVERIFY(mail.value(u"authenticated"_s).toBool());
        QVERIFY(mail.value(u"ascii"_s).toBool());
        QCOMPARE(mail.value(u"mailFrom"_s).toString(), u"nacre@acme.example"_s);
        QCOMPARE(mail.value(u"rcptTos"_s).toArray(), QJsonArray {u"sam@acme.example"_s});
        QCOMPARE(mail.value(u"defects"_s).toArray(), QJsonArray());
        QCOMPARE(mail.value(u"contentType"_s).toString(), u"multipart/alternative"_s);
        QVERIFY(mail.value(u"dateValid"_s).toBool());

        const QJsonObject headers = mail.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"From"_s).toString(), u"Nacre Team <nacre@acme.example>"_s);
        QCOMPARE(headers.value(u"To"_s).toString(), u"sam@acme.example"_s);
        QCOMPARE(headers.value(u"Reply-To"_s).toString(), u"Jürgen Weiß <owner@acme.example>"_s);
        QCOMPARE(headers.value(u"Subject"_s).toString(), u"Jürgen Weiß hat Sie zu „Acme“ auf Nacre eingeladen"_s);
        QVERIFY(headers.value(u"Message-ID"_s).toString().endsWith(u"@acme.example>"_s));

        const QJsonArray parts = mail.value(u"parts"_s).toArray();
        QCOMPARE(parts.size(), 2);
        const QJsonObject text = parts.at(0).toObject();
        const QJsonObject html = parts.at(1).toObject();
        QCOMPARE(text.value(u"contentType"_s).toString(), u"text/plain"_s);
        QCOMPARE(html.value(u"contentType"_s).toString(), u"text/html"_s);
        QCOMPARE(text.value(u"charset"_s).toString(), u"utf-8"_s);
        const QString link = server.server().baseUrl() + u"/invite/nki_"_s;
        QVERIFY(text.value(u"text"_s).toString().contains(link));
        QVERIFY(text.value(u"text"_s).toString().contains(u"als Admin beizutreten"_s));
        QVERIFY(html.value(u"text"_s).toString().contains(u"<a href=\""_s + link));
        const QString token
            = QRegularExpression(u"/invite/(nki_[A-Za-z0-9_-]+)"_s).match(text.value(u"text"_s).toString()).captured(1);
        server.noteSecret(token); // neither it nor the relay password may be in nacred's log

        const MailDelivery delivery = deliveryShown(server, owner, ws);
        QCOMPARE(delivery.state, DeliveryState::Sent);
        QCOMPARE(delivery.attempts, 1);
        const QString metrics = QString::fromUtf8(server.getFrom(server.server().metricsPort(), u"/metrics"_s).body);
        QVERIFY(metrics.contains(u"nacre_mail_total{outcome=\"sent\"} 1"_s));
    }

    // The relay is down when the invitation is made: the mail waits, says why, is tried again, and
    // arrives once the relay is back.
    void aRelayThatIsDownIsRetriedUntilTheMailArrives()
    {
        const quint16 port = SmtpRelay::freePort();
        TestServer server(configFor(port, m_certificates.caFile));
        QVERIFY(server.isRunning());
        QString ws;
        const test::Account owner = server.setUp(&ws);
        invite(server, owner, ws, u"sam@acme.example"_s);
        QVERIFY(waitForState(server, owner, ws, DeliveryState::Retrying));
        const MailDelivery waiting = deliveryShown(server, owner, ws);
        QVERIFY2(waiting.reason.contains(u"onnect"_s), qPrintable(waiting.reason)); // "Couldn't connect …"
        QVERIFY(waiting.nextAttemptAt.isValid());

        // The tab's model, loaded while the mail waits, follows it to "Sent" without a reload.
        ShownList shown(server, owner, ws);
        const client::InvitationListModel& model = shown.model;
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex mailCell = model.index(0, client::InvitationListModel::MailColumn);
        QCOMPARE(mailCell.data().toString(), u"Retrying"_s);
        QVERIFY(mailCell.data(Qt::ToolTipRole).toString().startsWith(u"Not sent yet ("_s));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        SmtpRelay relay(m_certificates, port, relayOptions());
        QVERIFY(relay.start());
        QVERIFY(relay.waitForMails(1));
        QTRY_COMPARE_WITH_TIMEOUT(mailCell.data().toString(), u"Sent"_s, 15000);
        QCOMPARE(resets.size(), 0); // the row changed in place: selection and scroll stay
        QVERIFY(waitForState(server, owner, ws, DeliveryState::Sent));
        QVERIFY(deliveryShown(server, owner, ws).attempts >= 2);
        QTest::qWait(500);
        QCOMPARE(relay.mails().size(), 1);
        const QString metrics = QString::fromUtf8(server.getFrom(server.server().metricsPort(), u"/metrics"_s).body);
        const auto retried = QRegularExpression(u"nacre_mail_total\\{outcome=\"retried\"\\} (\\d+)"_s).match(metrics);
        QVERIFY2(retried.hasMatch() && retried.captured(1).toInt() >= 1, qPrintable(metrics));
    }

    // A recipient the relay refuses for good: failed at once, with the relay's own answer, which the
    // Invitations tab shows; the invitation itself stands and can be resent.
    void aRefusedRecipientFailsWithTheRelaysAnswer()
    {
        SmtpRelay relay(m_certificates, SmtpRelay::freePort(), relayOptions({u"nobody@"_s}));
        QVERIFY(relay.start());
        TestServer server(configFor(relay.port(), m_certificates.caFile));
        QString ws;
        const test::Account owner = server.setUp(&ws);
        invite(server, owner, ws, u"nobody@acme.example"_s);
        QVERIFY(waitForState(server, owner, ws, DeliveryState::Failed));
        const MailDelivery failed = deliveryShown(server, owner, ws);
        QVERIFY2(
            failed.reason.startsWith(u"550"_s) && failed.reason.contains(u"User unknown"_s), qPrintable(failed.reason));
        QCOMPARE(failed.attempts, 1);
        QCOMPARE(relay.mails().size(), 0);

        // What the Invitations tab's Mail column says, and its tooltip with the relay's answer.
        ShownList shown(server, owner, ws);
        const client::InvitationListModel& model = shown.model;
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex mailCell = model.index(0, client::InvitationListModel::MailColumn);
        QCOMPARE(mailCell.data().toString(), u"Failed"_s);
        const QString tip = mailCell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"Not delivered: 550"_s) && tip.contains(u"resend the invitation"_s), qPrintable(tip));
    }

    // smtps://: TLS from the first byte (port 465 style) works the same.
    void anImplicitTlsRelayWorksToo()
    {
        SmtpRelay::Options options = relayOptions();
        options.implicitTls = true;
        SmtpRelay relay(m_certificates, SmtpRelay::freePort(), options);
        QVERIFY(relay.start());
        server::NacreServerConfig config = configFor(relay.port(), m_certificates.caFile);
        config.mail.smtpUrl.replace(u"smtp://"_s, u"smtps://"_s);
        TestServer server(config);
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        QString ws;
        const test::Account owner = server.setUp(&ws);
        invite(server, owner, ws, u"sam@acme.example"_s);
        QVERIFY(relay.waitForMails(1));
        QVERIFY(relay.mails().first().value(u"tls"_s).toBool());
        QVERIFY(waitForState(server, owner, ws, DeliveryState::Sent));
    }

    // A relay nacred cannot talk to safely gets neither the password nor the mail: one that offers no
    // STARTTLS on 587, and one whose certificate nacred does not trust. The reason is stored.
    void anUnsafeRelayGetsNothing_data()
    {
        QTest::addColumn<bool>("offersTls");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no STARTTLS") << false << true << u"STARTTLS"_s;
        QTest::newRow("untrusted certificate") << true << false << u"certificate"_s;
    }

    void anUnsafeRelayGetsNothing()
    {
        QFETCH(bool, offersTls);
        QFETCH(bool, trusted);
        QFETCH(QString, reason);
        SmtpRelay::Options options = relayOptions();
        options.noTls = !offersTls;
        SmtpRelay relay(m_certificates, SmtpRelay::freePort(), options);
        QVERIFY(relay.start());
        TestServer server(configFor(relay.port(), trusted ? m_certificates.caFile : QString()));
        server.noteSecret(QLatin1String(RelayPassword));
        QString ws;
        const test::Account owner = server.setUp(&ws);
        invite(server, owner, ws, u"sam@acme.example"_s);
        QVERIFY(waitForState(server, owner, ws, DeliveryState::Retrying));
        const QString stored = deliveryShown(server, owner, ws).reason;
        QVERIFY2(stored.contains(reason, Qt::CaseInsensitive), qPrintable(stored));
        QCOMPARE(relay.mails().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMailDelivery)
#include "tst_maildelivery.moc"
