#include "permissions/Permission.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::Permission;
using nacre::PermissionArea;
using nacre::PermissionCatalog;

Q_DECLARE_METATYPE(nacre::PermissionArea)

class TestPermissionCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogMatchesDesign_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<PermissionArea>("area");
        QTest::addColumn<QString>("descriptionStart");

        // The ids are an API and database contract (DESIGN.md); the descriptions are the product text's.
        const auto row = [](const char* id, PermissionArea area, const char* description) {
            QTest::newRow(id) << QString::fromLatin1(id) << area << QString::fromLatin1(description);
        };
        row("pearls.manage", PermissionArea::Pearls, "Create and edit Pearls, including access to PearlVibe");
        row("activities.moderate", PermissionArea::Activities, "Moderate activity status");
        row("analytics.view", PermissionArea::Analytics, "View analytics");
        row("leads.manage", PermissionArea::Leads, "View and moderate leads");
        row("calls.view", PermissionArea::Calls, "View calls and post-call information");
        row("resources.phone_numbers", PermissionArea::Resources, "Manage the workspace's phone numbers");
        row("resources.agents", PermissionArea::Resources, "Manage the workspace's agents");
        row("resources.api_keys", PermissionArea::Resources, "Create and revoke the workspace's API keys");
        row("resources.users", PermissionArea::Resources, "Invite users, change their roles and remove them");
        row("settings.general", PermissionArea::Workspace, "Edit the workspace name, billing and notifications email");
        row("settings.advanced", PermissionArea::AdvancedSettings, "Manage security and sessions");
        row("audit_log.view", PermissionArea::AuditLog, "View and export the audit log");
        row("billing.manage", PermissionArea::Billing, "Manage account billing");
    }

    void catalogMatchesDesign()
    {
        QFETCH(QString, id);
        QFETCH(PermissionArea, area);
        QFETCH(QString, descriptionStart);

        const auto permission = PermissionCatalog::fromId(id);
        QVERIFY2(permission.has_value(), qPrintable(id));
        QCOMPARE(PermissionCatalog::id(*permission), id);
        QCOMPARE(PermissionCatalog::info(*permission).area, area);
        QVERIFY2(PermissionCatalog::description(*permission).startsWith(descriptionStart),
            qPrintable(PermissionCatalog::description(*permission)));
        QVERIFY(!PermissionCatalog::label(*permission).isEmpty());
        QVERIFY(PermissionCatalog::permissionsIn(area).contains(*permission));
    }

    void everyEntryIsListedOnceWithAUniqueId()
    {
        QCOMPARE(qsizetype(PermissionCatalog::all().size()), qsizetype(PermissionCatalog::Count));
        QSet<QString> ids;
        QSet<QString> labels;
        for (const nacre::PermissionInfo& info : PermissionCatalog::all()) {
            ids.insert(info.id);
            labels.insert(PermissionCatalog::label(info.permission));
        }
        QCOMPARE(ids.size(), PermissionCatalog::Count);
        QCOMPARE(labels.size(), PermissionCatalog::Count); // the role editor must tell them apart
    }

    void unknownIdsAreNotFound_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown") << u"pearls.delete"_s;
        QTest::newRow("case differs") << u"Pearls.Manage"_s;
        QTest::newRow("padded") << u" pearls.manage"_s;
        QTest::newRow("area id") << u"resources"_s;
    }

    void unknownIdsAreNotFound()
    {
        QFETCH(QString, id);
        QVERIFY(!PermissionCatalog::fromId(id).has_value());
    }

    void areasFollowTheProductTextOrder()
    {
        const QList<PermissionArea> areas = PermissionCatalog::areas();
        QCOMPARE(areas.size(), 10);
        QCOMPARE(areas.first(), PermissionArea::Pearls);
        QCOMPARE(areas.last(), PermissionArea::Billing);
        QStringList labels;
        for (const PermissionArea area : areas)
            labels.append(PermissionCatalog::areaLabel(area));
        QCOMPARE(labels,
            (QStringList {u"Pearls"_s, u"Activities"_s, u"Analytics"_s, u"Leads"_s, u"Calls"_s, u"Resources"_s,
                u"Workspace"_s, u"Advanced settings"_s, u"Audit log"_s, u"Billing"_s}));
        // Every permission belongs to exactly one listed area, so the editor shows each once.
        int total = 0;
        for (const PermissionArea area : areas)
            total += int(PermissionCatalog::permissionsIn(area).size());
        QCOMPARE(total, PermissionCatalog::Count);
    }

    void resourcesGroupsItsFourPermissions()
    {
        QCOMPARE(PermissionCatalog::permissionsIn(PermissionArea::Resources),
            (QList<Permission> {Permission::ResourcesPhoneNumbers, Permission::ResourcesAgents,
                Permission::ResourcesApiKeys, Permission::ResourcesUsers}));
    }
};

QTEST_GUILESS_MAIN(TestPermissionCatalog)
#include "tst_permissioncatalog.moc"
