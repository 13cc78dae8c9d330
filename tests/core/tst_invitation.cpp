#include "domain/Invitation.h"
#include "support/JsonTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::Invitation;
using nacre::InvitationStatus;
using nacre::test::describe;
using nacre::test::hasError;

class TestInvitation : public QObject
{
    Q_OBJECT

    static Invitation sample()
    {
        Invitation invitation;
        invitation.id = u"c0ffee00-1234-4abc-8def-0123456789ab"_s;
        invitation.email = u"new.hire@acme.example"_s;
        invitation.role = {u"6a0c3c1e-1b7a-4f63-8f6e-2d1b5c9a7e10"_s, u"Support"_s, nacre::BuiltinRole::None};
        invitation.invitedBy = {u"9b1d7e2a-3c4f-4a5b-8c6d-7e8f9a0b1c2d"_s, u"Åsa Lindqvist"_s};
        invitation.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        invitation.expiresAt = invitation.createdAt.addDays(Invitation::ValidityDays);
        invitation.delivery = {nacre::DeliveryState::Retrying, 2, u"421 4.7.0 Try again later"_s,
            invitation.createdAt.addSecs(90), invitation.createdAt.addSecs(150)};
        return invitation;
    }

private Q_SLOTS:
    void codecContract() { nacre::test::verifyCodecContract(sample(), {u"invitedBy"_s, u"delivery"_s}); }

    void inviterMayBeGone()
    {
        Invitation invitation = sample();
        invitation.invitedBy = {};
        QCOMPARE(invitation.toJson().value(u"invitedBy"_s), QJsonValue(QJsonValue::Null));
        const auto parsed = Invitation::fromJson(invitation.toJson());
        QVERIFY(parsed.isOk());
        QVERIFY(parsed.value().invitedBy.isNull());
    }

    void statusesRoundTrip_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("pending") << int(InvitationStatus::Pending) << u"pending"_s;
        QTest::newRow("accepted") << int(InvitationStatus::Accepted) << u"accepted"_s;
        QTest::newRow("revoked") << int(InvitationStatus::Revoked) << u"revoked"_s;
        QTest::newRow("expired") << int(InvitationStatus::Expired) << u"expired"_s;
    }

    void statusesRoundTrip()
    {
        QFETCH(int, status);
        QFETCH(QString, name);
        Invitation invitation = sample();
        invitation.status = InvitationStatus(status);
        QCOMPARE(invitation.toJson().value(u"status"_s).toString(), name);
        QCOMPARE(Invitation::fromJson(invitation.toJson()).value(), invitation);
    }

    void unknownStatusIsRefused()
    {
        QJsonObject json = sample().toJson();
        json.insert(u"status"_s, u"maybe"_s);
        const auto parsed = Invitation::fromJson(json);
        QVERIFY2(hasError(parsed.errors(), u"status"_s, u"unknown_value"_s), qPrintable(describe(parsed.errors())));
    }

    void expiresAfterSevenDays()
    {
        const Invitation invitation = sample();
        QVERIFY(!invitation.isExpiredAt(invitation.createdAt.addDays(7).addSecs(-1)));
        QVERIFY(invitation.isExpiredAt(invitation.createdAt.addDays(7)));
        Invitation revoked = invitation;
        revoked.status = InvitationStatus::Revoked;
        QVERIFY(!revoked.isExpiredAt(invitation.createdAt.addDays(30))); // revoked stays revoked
    }
};

QTEST_GUILESS_MAIN(TestInvitation)
#include "tst_invitation.moc"
