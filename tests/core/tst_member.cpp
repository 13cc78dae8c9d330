#include "domain/Member.h"
#include "support/JsonTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::BuiltinRole;
using nacre::Member;
using nacre::test::describe;
using nacre::test::hasError;

class TestMember : public QObject
{
    Q_OBJECT

    static Member sample()
    {
        Member member;
        member.userId = u"9b1d7e2a-3c4f-4a5b-8c6d-7e8f9a0b1c2d"_s;
        member.displayName = u"Åsa Lindqvist"_s;
        member.email = u"asa@acme.example"_s;
        member.role = {u"11111111-1111-4111-8111-111111111111"_s, u"Admin"_s, BuiltinRole::Admin};
        member.twoFactorEnabled = true;
        member.joinedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        member.lastActiveAt = QDateTime(QDate(2026, 11, 27), QTime(17, 45, 12, 250), Qt::UTC);
        return member;
    }

private Q_SLOTS:
    void codecContract() { nacre::test::verifyCodecContract(sample(), {u"lastActiveAt"_s}); }

    void neverActiveIsNull()
    {
        Member member = sample();
        member.lastActiveAt = {};
        QCOMPARE(member.toJson().value(u"lastActiveAt"_s), QJsonValue(QJsonValue::Null));
        const auto parsed = Member::fromJson(member.toJson());
        QVERIFY(parsed.isOk());
        QVERIFY(!parsed.value().lastActiveAt.isValid());
    }

    void invalidEmailIsRefused()
    {
        QJsonObject json = sample().toJson();
        json.insert(u"email"_s, u"asa@@acme"_s);
        const auto parsed = Member::fromJson(json);
        QVERIFY(!parsed.isOk());
        QVERIFY2(hasError(parsed.errors(), u"email"_s, u"invalid_email"_s), qPrintable(describe(parsed.errors())));
    }
};

QTEST_GUILESS_MAIN(TestMember)
#include "tst_member.moc"
