#include "invitations/InvitationListModel.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;
using namespace nacre::client;

class TestInvitationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countdownPhrases_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("a week") << qint64(7 * 86400) << u"Expires in 7 day(s)"_s;
        QTest::newRow("two days and a bit") << qint64(2 * 86400 + 500) << u"Expires in 2 day(s)"_s;
        QTest::newRow("hours") << qint64(5 * 3600 + 10) << u"Expires in 5 hour(s)"_s;
        QTest::newRow("minutes") << qint64(125) << u"Expires in 2 minute(s)"_s;
        QTest::newRow("seconds") << qint64(20) << u"Expires in 1 minute(s)"_s;
        QTest::newRow("now") << qint64(0) << u"Expired"_s;
        QTest::newRow("past") << qint64(-3600) << u"Expired"_s;
    }

    void countdownPhrases()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QCOMPARE(InvitationListModel::expiryText(now.addSecs(seconds), now), text);
    }

    // Issue 11: a workspace with 1,000 open invitations shows all of them and the right count, and
    // what is sent goes on top without a second request for the list.
    void aThousandOpenInvitationsAreAllThereAndNewOnesGoOnTop()
    {
        test::TestServer server;
        QString ws;
        const test::Account owner = server.setUp(&ws);
        const QString member = server.builtinRoleId(owner, ws, u"member"_s);
        for (int batch = 0; batch < 2; ++batch) {
            QJsonArray emails;
            for (int i = 0; i < 500; ++i)
                emails.append(u"person%1@acme.example"_s.arg(batch * 500 + i, 4, 10, QLatin1Char('0')));
            QCOMPARE(server
                         .send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
                             QJsonObject {{u"emails"_s, emails}, {u"roleId"_s, member}}, owner.token)
                         .status,
                200);
        }
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        api.setToken(owner.token);
        InvitationListModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(ws);
        QTRY_COMPARE(model.total(), 1000);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.rowCount() >= InvitationListModel::PageSize);
        while (model.canFetchMore({}) || model.isLoading()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), 1000);
        QSet<QString> emails;
        for (const Invitation& invitation : model.invitations())
            emails.insert(invitation.email);
        QCOMPARE(emails.size(), 1000); // none twice, none left out
        QCOMPARE(model.unreadable(), 0);

        // Sent from the dialog: the server's answer carries the invitation, and the list takes it.
        const test::Reply sent = server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"new@acme.example"_s}}, {u"roleId"_s, member}}, owner.token);
        const auto created = Invitation::fromJson(
            sent.json().value(u"results"_s).toArray().first().toObject().value(u"invitation"_s).toObject());
        QVERIFY(created.isOk());
        QSignalSpy resets(&model, &InvitationListModel::modelReset);
        QSignalSpy loaded(&model, &InvitationListModel::loaded);
        model.addCreated({created.value()});
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(model.total(), 1001);
        QCOMPARE(model.invitations().first().email, u"new@acme.example"_s);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!model.isLoading()); // nothing asked of the server
    }

    void listsResendsAndRevokesSeveral()
    {
        test::TestServer server;
        QString ws;
        const test::Account owner = server.setUp(&ws);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"a@acme.example"_s, u"b@acme.example"_s, u"c@acme.example"_s}},
                {u"roleId"_s, admin}},
            owner.token);
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        api.setToken(owner.token);
        InvitationListModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &InvitationListModel::loaded);
        model.setWorkspace(ws);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, InvitationListModel::InvitedByColumn)).toString(), u"Olga Owner"_s);
        QCOMPARE(model.data(model.index(0, InvitationListModel::ExpiresColumn)).toString(), u"Expires in 6 day(s)"_s);
        QVERIFY(!model.data(model.index(0, 0), InvitationListModel::ExpiredRole).toBool());

        // Eight days on (as far as the phrasing goes), all are expired and greyed.
        model.setNow(QDateTime::currentDateTimeUtc().addDays(8));
        QCOMPARE(model.data(model.index(1, InvitationListModel::ExpiresColumn)).toString(), u"Expired"_s);
        QVERIFY(model.data(model.index(1, 0), InvitationListModel::ExpiredRole).toBool());
        model.setNow({});

        const QStringList two {model.data(model.index(0, 0), InvitationListModel::InvitationIdRole).toString(),
            model.data(model.index(1, 0), InvitationListModel::InvitationIdRole).toString()};
        std::optional<int> revoked;
        model.revoke(two, this, [&revoked](int succeeded, const QList<ApiError>&) { revoked = succeeded; });
        QTRY_VERIFY(revoked.has_value());
        QCOMPARE(*revoked, 2);
        QTRY_COMPARE(model.rowCount(), 1);

        // One good and one unknown id: the good one goes through, the other is reported.
        std::optional<QList<ApiError>> failures;
        model.resend({model.data(model.index(0, 0), InvitationListModel::InvitationIdRole).toString(), two.first()},
            this, [&failures](int, const QList<ApiError>& f) { failures = f; });
        QTRY_VERIFY(failures.has_value());
        QCOMPARE(failures->size(), 1);
        QCOMPARE(failures->first().status, 404);
    }
};

QTEST_GUILESS_MAIN(TestInvitationListModel)
#include "tst_invitationlistmodel.moc"
