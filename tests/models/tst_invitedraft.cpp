#include "invitations/InviteDraft.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre::client;
using nacre::test::Account;
using nacre::test::TestServer;
using State = InviteDraft::ChipState;

class TestInviteDraft : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestServer server;
        QString ws;
        Account owner;
        QString support;
        ApiClient api;
        InviteDraft draft {api};

        Fixture()
        {
            owner = server.setUp(&ws);
            support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
            server.addMember(owner, ws, support, u"member@acme.example"_s);
            server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
                QJsonObject {{u"emails"_s, QJsonArray {u"pending@acme.example"_s}}, {u"roleId"_s, support}},
                owner.token);
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
            draft.setWorkspace(ws);
            draft.setRole(support);
        }

        QList<State> states() const
        {
            QList<State> result;
            for (const InviteDraft::Chip& chip : draft.chips())
                result.append(chip.state);
            return result;
        }
    };

private Q_SLOTS:
    void everyChipSaysWhatWillHappen()
    {
        Fixture f;
        f.draft.setText(
            u"Ann <ann@acme.example>, member@acme.example; pending@acme.example\nnot-an-email ann@ACME.example"_s);
        QCOMPARE(f.draft.chips().size(), 4);
        QTRY_VERIFY(!f.draft.isChecking());
        QCOMPARE(f.states(),
            (QList<State> {State::WillInvite, State::AlreadyMember, State::AlreadyInvited, State::Invalid}));
        QCOMPARE(f.draft.chips().at(0).displayName, u"Ann"_s);
        QCOMPARE(f.draft.chips().at(0).occurrences, 2); // given twice, folded
        QVERIFY(!f.draft.chips().at(3).reason.isEmpty());
        QCOMPARE(f.draft.invitableCount(), 1); // the button says "Invite 1 person"
        // Nothing was sent yet.
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/invitations"_s.arg(f.ws), f.owner.token).items().size(), 1);
    }

    void csvImportAddsTheAddressCells()
    {
        Fixture f;
        f.draft.setText(u"first@acme.example"_s);
        f.draft.addCsv(u"name,email\nBo,bo@acme.example\n\"Cid, Jr\",\"cid@acme.example\"\n"_s);
        QTRY_VERIFY(!f.draft.isChecking());
        QStringList addresses;
        for (const InviteDraft::Chip& chip : f.draft.chips())
            addresses.append(chip.address);
        QCOMPARE(addresses, (QStringList {u"first@acme.example"_s, u"bo@acme.example"_s, u"cid@acme.example"_s}));
        QCOMPARE(f.draft.invitableCount(), 3);
        f.draft.remove(1);
        QCOMPARE(f.draft.invitableCount(), 2);
    }

    void sendingInvitesTheRightOnesAndReportsEach()
    {
        Fixture f;
        f.draft.setText(u"one@acme.example two@acme.example member@acme.example bad@"_s);
        QTRY_VERIFY(!f.draft.isChecking());
        QCOMPARE(f.draft.invitableCount(), 2);
        std::optional<QList<InviteDraft::Result>> results;
        f.draft.send(this, [&results](const QList<InviteDraft::Result>& r, const ApiError&) { results = r; });
        QTRY_VERIFY(results.has_value());
        // Every address given, in the order given: two sent and invited, two reported as the chips said.
        QCOMPARE(results->size(), 4);
        QCOMPARE(nacre::InviteOutcomes::name(results->at(0).outcome), QLatin1String("invited"));
        QCOMPARE(nacre::InviteOutcomes::name(results->at(1).outcome), QLatin1String("invited"));
        QCOMPARE(nacre::InviteOutcomes::name(results->at(2).outcome), QLatin1String("already_member"));
        QCOMPARE(nacre::InviteOutcomes::name(results->at(3).outcome), QLatin1String("invalid"));
        QCOMPARE(results->at(3).input, u"bad@"_s);
        QVERIFY(!results->at(3).reason.isEmpty());
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/invitations"_s.arg(f.ws), f.owner.token).items().size(), 3);
    }

    void aRoleTheActorMayNotGiveIsRefusedWhole()
    {
        Fixture f;
        const Account manager = f.server.addMember(f.owner, f.ws,
            f.server.createRole(f.owner, f.ws, u"Managers"_s, {u"resources.users"_s}), u"manager@acme.example"_s);
        f.api.setToken(manager.token);
        QSignalSpy refused(&f.draft, &InviteDraft::checkFailed);
        f.draft.setRole(f.server.builtinRoleId(f.owner, f.ws, u"admin"_s));
        f.draft.setText(u"someone@acme.example"_s);
        QTRY_VERIFY(!refused.isEmpty());
        QCOMPARE(f.draft.checkError().code, u"escalation"_s);
        QCOMPARE(f.draft.invitableCount(), 0); // the Invite button stays disabled, with the reason
        QVERIFY(!f.draft.checkError().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInviteDraft)
#include "tst_invitedraft.moc"
