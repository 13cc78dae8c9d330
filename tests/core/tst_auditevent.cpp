#include "domain/AuditEvent.h"
#include "support/JsonTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::AuditEvent;

class TestAuditEvent : public QObject
{
    Q_OBJECT

    static AuditEvent sample()
    {
        AuditEvent event;
        event.id = u"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"_s;
        event.workspaceId = u"3f2b8d4e-5c6a-4b7c-9d8e-0f1a2b3c4d5e"_s;
        event.actor = {u"9b1d7e2a-3c4f-4a5b-8c6d-7e8f9a0b1c2d"_s, u"Åsa Lindqvist"_s};
        event.type = u"member.role_changed"_s;
        event.targetType = u"member"_s;
        event.targetId = u"c0ffee00-1234-4abc-8def-0123456789ab"_s;
        event.before = QJsonObject {{u"role"_s, u"Support"_s}};
        event.after = QJsonObject {{u"role"_s, u"Admin"_s}};
        event.address = u"127.0.0.1"_s;
        event.occurredAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0, 1), Qt::UTC);
        event.actorEmail = u"asa@acme.example"_s;
        event.seq = 42;
        return event;
    }

private Q_SLOTS:
    void codecContract() { nacre::test::verifyCodecContract(sample(), {u"actor"_s, u"actorEmail"_s}); }

    void anonymousEventsHaveNoActor()
    {
        AuditEvent event = sample();
        event.actor = {};
        event.actorKind = nacre::AuditActorKind::System;
        event.actorEmail.clear();
        event.type = u"auth.login_failed"_s;
        const auto parsed = AuditEvent::fromJson(event.toJson());
        QVERIFY(parsed.isOk());
        QVERIFY(parsed.value().actor.isNull());
        QCOMPARE(parsed.value(), event);
    }
};

QTEST_GUILESS_MAIN(TestAuditEvent)
#include "tst_auditevent.moc"
