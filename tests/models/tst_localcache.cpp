#include "cache/LocalCache.h"
#include "cache/SessionCache.h"
#include "members/MemberListModel.h"
#include "roles/RoleListModel.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre::client;

class TestLocalCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentsSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = LocalCache::pathFor(dir.path(), u"https://nacre.example/"_s, u"ann@acme.example"_s);
        QVERIFY(path.startsWith(dir.path()));
        QVERIFY(!path.contains(u"nacre.example"_s)); // no raw URL or address in file names
        QVERIFY(path != LocalCache::pathFor(dir.path(), u"https://nacre.example/"_s, u"bob@acme.example"_s));
        {
            LocalCache cache(path);
            QVERIFY(cache.isOpen());
            QVERIFY(!cache.read(u"profile"_s));
            cache.write(u"profile"_s, QJsonObject {{u"name"_s, u"Ann"_s}});
            cache.write(u"profile"_s, QJsonObject {{u"name"_s, u"Ann Lee"_s}}); // replaced
            cache.write(u"workspaces"_s, QJsonArray {1, 2, 3});
        }
        LocalCache again(path);
        QCOMPARE(again.read(u"profile"_s)->toObject().value(u"name"_s).toString(), u"Ann Lee"_s);
        QCOMPARE(again.read(u"workspaces"_s)->toArray().size(), 3);
        again.clear();
        QVERIFY(!again.read(u"profile"_s));
    }

    void anUnusableFileOnlyCostsTheCache()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.path()); // a folder, not a file
        QVERIFY(!cache.isOpen());
        cache.write(u"x"_s, QJsonObject {});
        QVERIFY(!cache.read(u"x"_s));
    }

    void membersAndRolesPaintFromTheCacheThenFollowTheServer()
    {
        nacre::test::TestServer server;
        QString ws;
        const nacre::test::Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        server.seedMembers(ws, support, 250);
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.sqlite"_s));
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        api.setToken(owner.token);
        {
            MemberListModel members(api);
            RoleListModel roles(api);
            members.setCache(&cache);
            roles.setCache(&cache);
            roles.setWorkspace(ws);
            members.setWorkspace(ws);
            QTRY_COMPARE(members.loadedCount(), MemberListModel::PageSize);
            QCOMPARE(members.rowCount(), 251);
            QTRY_COMPARE(roles.rowCount(), 4);
            members.setSearch(u"member0001"_s); // a narrowed list is not what opens next time
            QTRY_COMPARE(members.total(), 10);
        }

        // Next start, server unreachable: the first page and the roles as last seen, at once.
        ApiClient away;
        away.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
        away.setToken(owner.token);
        MemberListModel members(away);
        RoleListModel roles(away);
        members.setCache(&cache);
        roles.setCache(&cache);
        QSignalSpy failed(&members, &MemberListModel::failed);
        roles.setWorkspace(ws);
        members.setWorkspace(ws);
        QCOMPARE(members.rowCount(), 251); // synchronously, before any answer
        QCOMPARE(members.loadedCount(), MemberListModel::PageSize);
        QCOMPARE(members.total(), 251);
        QCOMPARE(members.member(0).email, u"member00001@seed.example"_s); // by name
        QCOMPARE(roles.rowCount(), 4);
        QCOMPARE(roles.roles().last().name, u"Support"_s);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(members.loadedCount(), MemberListModel::PageSize); // still readable

        // Back online: the server's page replaces the remembered one.
        server.seedMembers(ws, support, 1, u"late.example"_s);
        MemberListModel fresh(api);
        fresh.setCache(&cache);
        fresh.setWorkspace(ws);
        QCOMPARE(fresh.total(), 251);
        QTRY_COMPARE(fresh.total(), 252);
        QCOMPARE(fresh.rowCount(), 252);
        QCOMPARE(fresh.loadedCount(), MemberListModel::PageSize);
    }

    void aSessionComesBackFromTheCache()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"c.sqlite"_s));
        nacre::UserProfile profile {u"9b1d7e2a-3c4f-4a5b-8c6d-7e8f9a0b1c2d"_s, u"ann@acme.example"_s, u"Ann"_s, u"en"_s,
            u"UTC"_s, false, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)};
        nacre::Workspace one;
        one.id = u"3f2b8d4e-5c6a-4b7c-9d8e-0f1a2b3c4d5e"_s;
        one.name = u"Acme"_s;
        one.plan = u"free"_s;
        one.createdAt = profile.createdAt;
        one.myRole = {u"6a0c3c1e-1b7a-4f63-8f6e-2d1b5c9a7e10"_s, u"Owner"_s, nacre::BuiltinRole::Owner};
        nacre::Workspace two = one;
        two.id = u"4f2b8d4e-5c6a-4b7c-9d8e-0f1a2b3c4d5e"_s;
        two.name = u"Beta"_s;
        {
            ApiClient api;
            Session session(api);
            SessionCache keeper(session, cache);
            session.begin(profile);
            session.replaceWorkspaces({one, two});
        }
        ApiClient api;
        Session session(api);
        SessionCache keeper(session, cache);
        QSignalSpy switched(&session, &Session::currentWorkspaceChanged);
        QVERIFY(keeper.restore(two.id));
        QCOMPARE(session.profile(), profile);
        QCOMPARE(session.workspaces(), (QList<nacre::Workspace> {one, two}));
        QCOMPARE(session.currentWorkspaceId(), two.id);
        QCOMPARE(switched.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
