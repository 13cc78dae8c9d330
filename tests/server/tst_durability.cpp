#include "support/NacredProcess.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::NacredProcess;
using nacre::test::Reply;
using nacre::test::TestDatabase;
using nacre::test::TestServer;

// nacred killed with SIGKILL while writes are in flight (SQLite here, PostgreSQL in the _postgres
// run): after a restart every write it acknowledged is there, and nothing is half done.
class TestDurability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString m_ws;
    Account m_owner;
    QString m_support;
    QString m_admin;
    QStringList m_seeded; // user ids of members whose roles the writes change

    QStringList arguments() const
    {
        return {u"--database"_s, m_database->location(), u"--outbox"_s, m_dir.filePath(u"outbox"_s)};
    }

    QString workspacePath(const QString& rest = {}) const { return u"/api/v1/workspaces/%1%2"_s.arg(m_ws, rest); }

    // Every open invitation's email, and whether each has its mail (queued in the same transaction).
    static QHash<QString, QString> invitations(NacredProcess& nacred, const QString& path, const QString& token)
    {
        QHash<QString, QString> found; // email -> delivery state
        QString cursor;
        do {
            const Reply page = nacred.send(
                "GET", path + u"?limit=200"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), {}, token);
            for (const QJsonValue& item : page.items())
                found.insert(item.toObject().value(u"email"_s).toString(),
                    item.toObject().value(u"delivery"_s).toObject().value(u"state"_s).toString());
            cursor = QString::fromLatin1(QUrl::toPercentEncoding(page.json().value(u"nextCursor"_s).toString()));
        } while (!cursor.isEmpty());
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<TestDatabase>(
            m_dir.filePath(u"durability-%1.sqlite"_s.arg(QRandomGenerator::global()->generate())));
        nacre::server::NacreServerConfig config;
        config.database = m_database->location();
        TestServer seed(config);
        QVERIFY(seed.isRunning());
        m_owner = seed.setUp(&m_ws);
        m_support = seed.createRole(m_owner, m_ws, u"Support"_s, {u"calls.view"_s});
        m_admin = seed.builtinRoleId(m_owner, m_ws, u"admin"_s);
        seed.seedMembers(m_ws, m_support, 2000);
        m_seeded.clear();
        for (const QJsonValue& member :
            seed.get(u"/api/v1/workspaces/%1/members?limit=50&q=member0000"_s.arg(m_ws), m_owner.token).items())
            m_seeded.append(member.toObject().value(u"userId"_s).toString());
        QVERIFY(m_seeded.size() >= 9);
    }

    void cleanup() { m_database.reset(); }

    // Three rounds: writes four at a time (invitations, role changes, settings), SIGKILL after a random
    // number of acknowledgements, restart, check. At least 1,000 acknowledged writes in all.
    void acknowledgedWritesSurviveAKill()
    {
        QSet<QString> invited; // acknowledged
        QHash<QString, QSet<QString>> possibleRoles; // user id -> roles it may have now
        for (const QString& id : std::as_const(m_seeded))
            possibleRoles[id] = {m_support};
        QSet<QString> possibleNames {u"Acme"_s};
        int acknowledged = 0;
        int serial = 0;
        for (int round = 0; round < 3; ++round) {
            NacredProcess nacred;
            QVERIFY(nacred.start(arguments()));
            const int killAfter = 350 + int(QRandomGenerator::global()->bounded(150));
            int roundAcks = 0;
            QList<QNetworkReply*> inFlight;
            QHash<QNetworkReply*, std::function<void(const Reply&)>> onAnswer;
            QByteArray settingsTag = nacred.send("GET", workspacePath(), {}, m_owner.token).header("etag");
            QHash<QString, QByteArray> memberTags;
            for (const QString& id : std::as_const(m_seeded))
                memberTags[id]
                    = nacred.send("GET", workspacePath(u"/members/"_s + id), {}, m_owner.token).header("etag");
            const auto launch = [&] {
                const int kind = serial % 3;
                ++serial;
                if (kind == 0) {
                    const QString email = u"new%1@acme.example"_s.arg(serial);
                    QNetworkReply* reply = nacred.sendAsync("POST", workspacePath(u"/invitations"_s),
                        QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, m_support}}, m_owner.token);
                    onAnswer[reply] = [&invited, email](const Reply& answer) {
                        if (answer.status == 200)
                            invited.insert(email);
                    };
                    return reply;
                }
                if (kind == 1) {
                    const QString userId = m_seeded.at(serial % m_seeded.size());
                    const QString role = (serial / 3) % 2 == 0 ? m_admin : m_support;
                    possibleRoles[userId].insert(role); // may land even if never acknowledged
                    QNetworkReply* reply = nacred.sendAsync("PATCH", workspacePath(u"/members/"_s + userId),
                        QJsonObject {{u"roleId"_s, role}}, m_owner.token, {{"If-Match", memberTags.value(userId)}});
                    onAnswer[reply] = [&possibleRoles, &memberTags, userId, role](const Reply& answer) {
                        if (answer.status == 200) {
                            possibleRoles[userId] = {role}; // acknowledged: from now on, this one
                            memberTags[userId] = answer.header("etag");
                        }
                    };
                    return reply;
                }
                const QString name = u"Acme %1"_s.arg(serial);
                possibleNames.insert(name);
                QNetworkReply* reply = nacred.sendAsync("PATCH", workspacePath(), QJsonObject {{u"name"_s, name}},
                    m_owner.token, {{"If-Match", settingsTag}});
                onAnswer[reply] = [&possibleNames, &settingsTag, name](const Reply& answer) {
                    if (answer.status == 200) {
                        possibleNames = {name};
                        settingsTag = answer.header("etag");
                    }
                };
                return reply;
            };
            for (int i = 0; i < 4; ++i)
                inFlight.append(launch());
            while (roundAcks < killAfter) {
                QVERIFY(QTest::qWaitFor([&inFlight] { return inFlight.first()->isFinished(); }, 30000));
                QNetworkReply* done = inFlight.takeFirst();
                const Reply answer = TestServer::awaitReply(done);
                QVERIFY2(answer.status != 500 && answer.status != 0, qPrintable(answer.describe()));
                onAnswer.take(done)(answer);
                roundAcks += answer.status == 200;
                inFlight.append(launch());
            }
            nacred.kill(); // writes still in flight: some landed, some did not
            for (QNetworkReply* reply : std::as_const(inFlight))
                reply->abort();
            acknowledged += roundAcks;

            NacredProcess again;
            QVERIFY(again.start(arguments()));
            const QHash<QString, QString> stored = invitations(again, workspacePath(u"/invitations"_s), m_owner.token);
            for (const QString& email : std::as_const(invited))
                QVERIFY2(stored.contains(email), qPrintable(email));
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                QVERIFY2(it.value() == u"sent"_s || it.value() == u"queued"_s, qPrintable(it.key())); // with its mail
            for (const QString& userId : std::as_const(m_seeded)) {
                const QString role = again.send("GET", workspacePath(u"/members/"_s + userId), {}, m_owner.token)
                                         .json()
                                         .value(u"role"_s)
                                         .toObject()
                                         .value(u"id"_s)
                                         .toString();
                QVERIFY2(possibleRoles.value(userId).contains(role), qPrintable(userId));
                possibleRoles[userId] = {role};
            }
            const QString name = again.send("GET", workspacePath(), {}, m_owner.token)
                                     .json()
                                     .value(u"settings"_s)
                                     .toObject()
                                     .value(u"name"_s)
                                     .toString();
            QVERIFY2(possibleNames.contains(name), qPrintable(name));
            possibleNames = {name};
            again.terminate();
        }
        qInfo("acknowledged writes: %d over 3 kills, none lost", acknowledged);
        QVERIFY(acknowledged >= 1000);
    }

    // Deleting a role that 2,000 members hold, with everyone moved to another, killed part way: after
    // the restart either all moved and the role is gone, or nothing moved and it is still there.
    void aRoleMoveKilledMidwayIsAllOrNothing()
    {
        const auto holders = [this](NacredProcess& at, const QString& roleId) {
            return at.send("GET", workspacePath(u"/members?limit=1&role="_s + roleId), {}, m_owner.token)
                .json()
                .value(u"total"_s)
                .toInt();
        };
        // The last round lets the request finish before the kill: then everyone must have moved.
        for (const int delayMs : {5, 20, 80, 300, -1}) {
            NacredProcess nacred;
            QVERIFY(nacred.start(arguments()));
            const int moving = holders(nacred, m_support);
            const int adminsBefore = holders(nacred, m_admin);
            QCOMPARE(moving, 2000);
            QNetworkReply* request = nacred.sendAsync(
                "DELETE", workspacePath(u"/roles/%1?moveTo=%2"_s.arg(m_support, m_admin)), {}, m_owner.token);
            if (delayMs >= 0)
                QTest::qWait(delayMs);
            else
                QCOMPARE(TestServer::awaitReply(request).status, 204);
            nacred.kill();
            if (delayMs >= 0)
                request->abort();

            NacredProcess again;
            QVERIFY(again.start(arguments()));
            const bool roleLeft
                = again.send("GET", workspacePath(u"/roles/"_s + m_support), {}, m_owner.token).status == 200;
            if (roleLeft) {
                QCOMPARE(holders(again, m_support), moving); // nothing moved
                QCOMPARE(holders(again, m_admin), adminsBefore);
            } else {
                QCOMPARE(holders(again, m_admin), adminsBefore + moving); // everyone moved
            }
            qInfo("role move killed after %d ms: %s", delayMs, roleLeft ? "nothing moved" : "all moved");
            QVERIFY(delayMs >= 0 || !roleLeft);
            again.terminate();
            if (!roleLeft)
                return; // they are Admins now; the rounds before showed the other side
        }
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
