#include "support/TestServer.h"
#include "workspaces/WorkspaceSettingsModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre::client;
using nacre::test::Account;
using nacre::test::TestServer;

class TestWorkspaceSettingsModel : public QObject
{
    Q_OBJECT

    // A real server with Acme, and the model loaded as `as` (the owner unless told).
    struct Fixture
    {
        TestServer server;
        QString ws;
        Account owner;
        ApiClient api;
        WorkspaceSettingsModel model {api};

        Fixture() { owner = server.setUp(&ws); }

        bool load(const Account& as)
        {
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(as.token);
            QSignalSpy loaded(&model, &WorkspaceSettingsModel::loaded);
            model.load(ws);
            return loaded.wait(5000);
        }
    };

private Q_SLOTS:
    void loadsEditsAndSavesOnlyChanges()
    {
        Fixture f;
        QVERIFY(f.load(f.owner));
        auto& [server, ws, owner, api, model] = f;
        QCOMPARE(model.saved().name, u"Acme"_s);
        QCOMPARE(model.saved().sessionTimeoutMinutes, 60);

        nacre::WorkspaceSettings edited = model.saved();
        edited.sessionTimeoutMinutes = 120;
        edited.newsletter = true;
        QCOMPARE(nacre::WorkspaceSettings::changes(model.saved(), edited),
            (QJsonObject {{u"sessionTimeoutMinutes"_s, 120}, {u"newsletter"_s, true}}));
        QSignalSpy saved(&model, &WorkspaceSettingsModel::savedChanges);
        model.save(edited);
        QVERIFY(saved.wait(5000));
        QCOMPARE(model.saved(), edited);

        const QJsonObject onServer = server.get(u"/api/v1/workspaces/"_s + ws, owner.token).json();
        QCOMPARE(onServer.value(u"settings"_s).toObject().value(u"sessionTimeoutMinutes"_s).toInt(), 120);
    }

    void someoneElsesChangeIsAConflict()
    {
        Fixture f;
        QVERIFY(f.load(f.owner));
        auto& [server, ws, owner, api, model] = f;

        // Another admin renames the workspace meanwhile.
        const QByteArray etag = server.get(u"/api/v1/workspaces/"_s + ws, owner.token).header("etag");
        QCOMPARE(server
                     .send("PATCH", u"/api/v1/workspaces/"_s + ws, QJsonObject {{u"name"_s, u"Renamed"_s}}, owner.token,
                         {{"If-Match", etag}})
                     .status,
            200);

        nacre::WorkspaceSettings edited = model.saved();
        edited.newsletter = true;
        QSignalSpy conflict(&model, &WorkspaceSettingsModel::conflict);
        model.save(edited);
        QVERIFY(conflict.wait(5000));
        QVERIFY(!server.get(u"/api/v1/workspaces/"_s + ws, owner.token)
                     .json()
                     .value(u"settings"_s)
                     .toObject()
                     .value(u"newsletter"_s)
                     .toBool());

        // Overwrite: the person's change wins, the other rename stays (only changes are sent).
        QSignalSpy saved(&model, &WorkspaceSettingsModel::savedChanges);
        model.save(edited, WorkspaceSettingsModel::SaveMode::Overwrite);
        QVERIFY(saved.wait(5000));
        QVERIFY(model.saved().newsletter);
        QCOMPARE(model.saved().name, u"Renamed"_s);
    }

    void refusalsArriveAsErrors()
    {
        Fixture f;
        const Account reader = f.server.addMember(
            f.owner, f.ws, f.server.createRole(f.owner, f.ws, u"Reader"_s, {}), u"reader@acme.example"_s);
        QVERIFY(f.load(reader)); // members may read
        auto& model = f.model;
        nacre::WorkspaceSettings edited = model.saved();
        edited.name = u"Mine"_s;
        QSignalSpy failed(&model, &WorkspaceSettingsModel::failed);
        model.save(edited);
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.code, u"missing_permission"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSettingsModel)
#include "tst_workspacesettingsmodel.moc"
