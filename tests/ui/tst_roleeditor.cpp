#include "roles/RoleEditorDialog.h"
#include "support/UiTestSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace nacre;

class TestRoleEditor : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestServer server;
        QString ws;
        test::Account owner;
        QString support;
        client::ApiClient api;
        client::RoleListModel roles {api};
        test::ScriptedPrompter prompter;

        Fixture()
        {
            owner = server.setUp(&ws);
            support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s, u"resources.users"_s});
            server.seedMembers(ws, support, 3);
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
            roles.setWorkspace(ws);
            QTRY_VERIFY(roles.roles().size() == 4);
        }

        Holder ownerHolder() const { return Holder {owner.id, BuiltinRole::Owner, PermissionSet::all()}; }
    };

private Q_SLOTS:
    void theCatalogIsGroupedWithResourcesTriState()
    {
        Fixture f;
        ui::RoleEditorDialog editor(f.roles, f.ownerHolder(), f.prompter);
        auto* tree = editor.findChild<QTreeWidget*>(u"rolePermissions"_s);
        QCOMPARE(tree->topLevelItemCount(), 10); // one row per area
        QTreeWidgetItem* resources = editor.areaItem(PermissionArea::Resources);
        QCOMPARE(resources->childCount(), 4);
        QCOMPARE(resources->checkState(0), Qt::Unchecked);
        editor.setPermissionChecked(Permission::ResourcesUsers, true);
        editor.setPermissionChecked(Permission::ResourcesAgents, true);
        QCOMPARE(resources->checkState(0), Qt::PartiallyChecked);
        resources->setCheckState(0, Qt::Checked);
        QCOMPARE(editor.selectedPermissions(),
            (PermissionSet {Permission::ResourcesPhoneNumbers, Permission::ResourcesAgents,
                Permission::ResourcesApiKeys, Permission::ResourcesUsers}));
        // Each permission carries the product text's description.
        QCOMPARE(editor.itemFor(Permission::PearlsManage)->text(1),
            u"Create and edit Pearls, including access to PearlVibe."_s);
    }

    void permissionsTheActorLacksCannotBeTicked()
    {
        Fixture f;
        const Holder manager {u"m"_s, BuiltinRole::None, {Permission::ResourcesUsers, Permission::CallsView}};
        ui::RoleEditorDialog editor(f.roles, manager, f.prompter);
        QTreeWidgetItem* billing = editor.itemFor(Permission::BillingManage);
        QVERIFY(!(billing->flags() & Qt::ItemIsEnabled));
        QVERIFY(billing->toolTip(0).contains(u"cannot grant"_s));
        QVERIFY(editor.itemFor(Permission::CallsView)->flags() & Qt::ItemIsEnabled);
    }

    void createsARoleWithAUniqueName()
    {
        Fixture f;
        ui::RoleEditorDialog editor(f.roles, f.ownerHolder(), f.prompter);
        auto* name = editor.findChild<QLineEdit*>(u"roleName"_s);
        auto* save = editor.findChild<QPushButton*>(u"saveRole"_s);
        QTest::keyClicks(name, u"SUPPORT"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(editor.findChild<QLabel*>(u"roleNameMessage"_s)->text().contains(u"already exists"_s));
        name->setText(u"Billing"_s);
        editor.setPermissionChecked(Permission::BillingManage, true);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
        const auto created
            = f.server.get(u"/api/v1/workspaces/%1/roles/%2"_s.arg(f.ws, editor.savedRoleId()), f.owner.token);
        QCOMPARE(created.json().value(u"permissions"_s).toArray(), QJsonArray {u"billing.manage"_s});
    }

    void editingARoleInUseShowsWhatChangesFirst()
    {
        Fixture f;
        ui::RoleEditorDialog editor(f.roles, f.ownerHolder(), f.prompter, f.roles.role(f.support));
        auto* save = editor.findChild<QPushButton*>(u"saveRole"_s);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        editor.setPermissionChecked(Permission::LeadsManage, true);
        editor.setPermissionChecked(Permission::ResourcesUsers, false);
        auto* preview = editor.findChild<QLabel*>(u"rolePreview"_s);
        QTRY_VERIFY(preview->text().contains(u"Members affected"_s)); // names arrive from the server
        QCOMPARE(preview->text(),
            u"Adds: Manage leads. Removes: Users. Affects the 3 member(s) who hold this role, at once.\nMembers "
            "affected: Member 00001, Member 00002, Member 00003."_s);

        if (const QByteArray shot = qgetenv("NACRE_SCREENSHOT"); !shot.isEmpty()) {
            editor.show();
            QTest::qWait(300);
            QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, QString::fromLocal8Bit(shot)});
        }
        f.prompter.answers = {QMessageBox::Cancel};
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(f.prompter.asked.size(), 1);
        QVERIFY(f.prompter.asked.first().contains(u"Removes: Users."_s));
        QCOMPARE(editor.result(), int(QDialog::Rejected)); // still open, nothing sent
        f.prompter.answers = {QMessageBox::Save};
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(
            f.roles.role(f.support)->permissions, (PermissionSet {Permission::LeadsManage, Permission::CallsView}));
    }
};

QTEST_MAIN(TestRoleEditor)
#include "tst_roleeditor.moc"
