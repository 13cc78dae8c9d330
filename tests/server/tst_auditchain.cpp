#include "ServerContext.h"
#include "support/TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// Issue 14: the audit log is hash-chained per workspace, and "Verify integrity" finds what direct SQL
// did to it: an event altered, events deleted (in the middle or the newest), an event slipped in.
// Its list is filtered by type (several), actor (a member, a key, the system) and target, paged by
// cursor, and counted.
class TestAuditChain : public QObject
{
    Q_OBJECT

    struct Workspace
    {
        TestServer server;
        QString ws;
        Account owner;
        QString support;
        Account sam;

        Workspace()
        {
            owner = server.setUp(&ws);
            support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
            sam = server.addMember(owner, ws, support, u"sam@acme.example"_s);
            server.send("PATCH", u"/api/v1/workspaces/%1/roles/%2"_s.arg(ws, support),
                QJsonObject {{u"name"_s, u"Support Desk"_s}}, owner.token,
                {{"If-Match",
                    server.get(u"/api/v1/workspaces/%1/roles/%2"_s.arg(ws, support), owner.token).header("etag")}});
        }
        QString path(const QString& suffix = {}) const { return u"/api/v1/workspaces/%1/audit-log"_s.arg(ws) + suffix; }
        QJsonObject verify() { return server.get(path(u"/verify"_s), owner.token).json(); }
        // Direct SQL, as someone with the database file (or a PostgreSQL login) would.
        void tamper(const QString& statement, const QVariantList& values = {})
        {
            QSqlDatabase db = server.database().inspect(u"tamper"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
            for (const QVariant& value : values)
                query.addBindValue(value);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(query.numRowsAffected() > 0);
        }
        QString eventId(const QString& type)
        {
            return server.get(path(u"?type="_s + type), owner.token).items().first()[u"id"_s].toString();
        }
    };

private Q_SLOTS:
    void anUntouchedLogIsIntact()
    {
        Workspace w;
        const Reply all = w.server.get(w.path(), w.owner.token);
        const qint64 events = all.json()[u"total"_s].toInteger();
        QCOMPARE(events, 5); // workspace.created, role.created, invitation.created, invitation.accepted, role.updated
        QCOMPARE(all.items().first()[u"seq"_s].toInteger(), 5);
        const QJsonObject verified = w.verify();
        QCOMPARE(verified[u"intact"_s].toBool(), true);
        QCOMPARE(verified[u"events"_s].toInteger(), events);
        QCOMPARE(verified[u"head"_s].toString().size(), 64);
        QVERIFY(!verified.contains(u"broken"_s));
        // Another workspace's chain is its own.
        const QString other = w.server.createWorkspace(w.owner, u"Beta"_s);
        const QJsonObject beta
            = w.server.get(u"/api/v1/workspaces/%1/audit-log/verify"_s.arg(other), w.owner.token).json();
        QCOMPARE(beta[u"intact"_s].toBool(), true);
        QCOMPARE(beta[u"events"_s].toInteger(), 1);
        QCOMPARE(w.verify()[u"events"_s].toInteger(), events);
        // Verifying is reading the log: audit_log.view.
        QCOMPARE(w.server.get(w.path(u"/verify"_s), w.sam.token).status, 403);
    }

    void anAlteredEventIsNamed()
    {
        Workspace w;
        const QString created = w.eventId(u"role.created"_s);
        w.tamper(u"UPDATE audit_events SET after_json = ? WHERE id = ?"_s,
            {u"{\"name\":\"Nothing to see\",\"permissions\":[]}"_s, created});
        const QJsonObject verified = w.verify();
        QCOMPARE(verified[u"intact"_s].toBool(), false);
        QCOMPARE(verified[u"broken"_s][u"problem"_s].toString(), u"altered"_s);
        QCOMPARE(verified[u"broken"_s][u"eventId"_s].toString(), created);
        QCOMPARE(verified[u"broken"_s][u"seq"_s].toInteger(), 2);
        QCOMPARE(verified[u"events"_s].toInteger(), 1); // the one before it checked out
    }

    void anAlteredActorOrTimeIsNamedToo()
    {
        Workspace w;
        const QString accepted = w.eventId(u"invitation.accepted"_s);
        w.tamper(u"UPDATE audit_events SET occurred_at = occurred_at - 86400000 WHERE id = ?"_s, {accepted});
        QCOMPARE(w.verify()[u"broken"_s][u"eventId"_s].toString(), accepted);
    }

    void aDeletedEventLeavesAGap()
    {
        Workspace w;
        w.tamper(u"DELETE FROM audit_events WHERE id = ?"_s, {w.eventId(u"invitation.created"_s)});
        const QJsonObject verified = w.verify();
        QCOMPARE(verified[u"intact"_s].toBool(), false);
        QCOMPARE(verified[u"broken"_s][u"problem"_s].toString(), u"missing"_s);
        QCOMPARE(verified[u"broken"_s][u"seq"_s].toInteger(), 3);
        QVERIFY(verified[u"broken"_s][u"eventId"_s].isNull());
    }

    void deletingTheNewestEventsShowsToo()
    {
        Workspace w;
        w.tamper(u"DELETE FROM audit_events WHERE workspace_id = ? AND seq >= 4"_s, {w.ws});
        const QJsonObject verified = w.verify();
        QCOMPARE(verified[u"broken"_s][u"problem"_s].toString(), u"missing"_s);
        QCOMPARE(verified[u"broken"_s][u"seq"_s].toInteger(), 4);
        QCOMPARE(verified[u"events"_s].toInteger(), 3);
    }

    void anEventSlippedInIsFound()
    {
        Workspace w;
        w.tamper(u"INSERT INTO audit_events (id, workspace_id, actor_kind, actor_id, actor_name, event_type, "
                 "target_type, target_id, before_json, after_json, address, occurred_at) "
                 "VALUES ('forged', ?, 'member', ?, 'Olga Owner', 'member.removed', 'member', ?, '{}', '{}', "
                 "'127.0.0.1', 1)"_s,
            {w.ws, w.owner.id, w.sam.id});
        const QJsonObject verified = w.verify();
        QCOMPARE(verified[u"broken"_s][u"problem"_s].toString(), u"unlinked"_s);
        QCOMPARE(verified[u"broken"_s][u"eventId"_s].toString(), u"forged"_s);
        // Given a place in the chain, it breaks the hash instead.
        w.tamper(u"UPDATE audit_events SET seq = 6, prev_hash = (SELECT audit_head FROM workspaces WHERE id = ?), "
                 "hash = 'x' WHERE id = 'forged'"_s,
            {w.ws});
        w.tamper(u"UPDATE workspaces SET audit_seq = 6 WHERE id = ?"_s, {w.ws});
        QCOMPARE(w.verify()[u"broken"_s][u"eventId"_s].toString(), u"forged"_s);
        QCOMPARE(w.verify()[u"broken"_s][u"problem"_s].toString(), u"altered"_s);
    }

    void writesAfterAVerifyStayChained()
    {
        Workspace w;
        QVERIFY(w.verify()[u"intact"_s].toBool());
        for (int i = 0; i < 5; ++i)
            w.server.createRole(w.owner, w.ws, u"Role %1"_s.arg(i), {u"calls.view"_s});
        const QJsonObject verified = w.verify();
        QCOMPARE(verified[u"intact"_s].toBool(), true);
        QCOMPARE(verified[u"events"_s].toInteger(), 10);
    }

    // 10,000 events through the real log: filters, totals and paging hold at that size.
    void filtersAndPagingOverTenThousandEvents()
    {
        Workspace w;
        nacre::server::ServerContext& context = w.server.server().context();
        {
            nacre::server::Transaction transaction(context.db);
            for (int i = 0; i < 10000; ++i) {
                const bool bySam = i % 4 == 0;
                context.audit.record(
                    nacre::server::AuditEntry {.workspaceId = w.ws,
                        .actor = bySam ? nacre::PersonRef {w.sam.id, u"Sam"_s} : nacre::PersonRef {},
                        .type = i % 2 ? nacre::AuditEventType::MemberRoleChanged : nacre::AuditEventType::RoleUpdated,
                        .targetType = u"member"_s,
                        .targetId = i % 10 == 0 ? w.sam.id : u"someone-else"_s,
                        .address = u"10.0.0.1"_s},
                    context.clock.nowMs() + i);
            }
            transaction.commit();
        }
        const auto total = [&w](const QString& query) {
            const Reply reply = w.server.get(w.path(u"?limit=1&"_s + query), w.owner.token);
            return reply.json()[u"total"_s].toInteger();
        };
        QCOMPARE(total({}), 10005);
        QCOMPARE(total(u"type=member.role_changed"_s), 5000);
        QCOMPARE(total(u"type=member.role_changed,role.updated"_s), 10001); // and the rename
        QCOMPARE(total(u"actor="_s + w.sam.id), 2500 + 1); // and accepting the invitation
        QCOMPARE(total(u"actor=system"_s), 7500);
        QCOMPARE(total(u"target="_s + w.sam.id), 1000);
        QCOMPARE(total(u"target="_s + w.sam.id + u"&actor="_s + w.sam.id), 500); // every twentieth

        // Paging the target's events: every event once, newest first, the total on the first page only.
        QSet<QString> seen;
        QString cursor;
        qint64 previousSeq = std::numeric_limits<qint64>::max();
        int pages = 0;
        do {
            const Reply page
                = w.server.get(w.path(u"?limit=200&target="_s + w.sam.id + u"&cursor="_s + cursor), w.owner.token);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json().contains(u"total"_s), cursor.isEmpty());
            for (const QJsonValue& event : page.items()) {
                QVERIFY(!seen.contains(event[u"id"_s].toString()));
                seen.insert(event[u"id"_s].toString());
                QVERIFY(event[u"seq"_s].toInteger() < previousSeq);
                previousSeq = event[u"seq"_s].toInteger();
                QCOMPARE(event[u"actorKind"_s].toString(), event[u"actor"_s].isNull() ? u"system"_s : u"member"_s);
            }
            cursor = page.json()[u"nextCursor"_s].toString();
            ++pages;
        } while (!cursor.isEmpty());
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(pages, 5);
        const QJsonObject verified = w.verify();
        QCOMPARE(verified[u"intact"_s].toBool(), true);
        QCOMPARE(verified[u"events"_s].toInteger(), 10005);
    }

    void aMembersAddressIsShownWithTheirName()
    {
        Workspace w;
        const QJsonObject accepted
            = w.server.get(w.path(u"?type=invitation.accepted"_s), w.owner.token).items().first().toObject();
        QCOMPARE(accepted[u"actorKind"_s].toString(), u"member"_s);
        QCOMPARE(accepted[u"actorEmail"_s].toString(), u"sam@acme.example"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
