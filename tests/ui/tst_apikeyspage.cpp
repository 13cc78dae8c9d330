#include "apikeys/ApiKeysPage.h"
#include "apikeys/CreateApiKeyDialog.h"
#include "i18n/Translations.h"
#include "support/UiTestSupport.h"
#include "widgets/PermissionChecklist.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// Issue 14: Workspace > API Keys in the window, against the real server: make a key with some of
// one's permissions, see its secret once (and copy it), find it working, revoke it after a question.
class TestApiKeysPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::Translations::apply(u"en"_s); }

    void createSeeOnceAndRevoke()
    {
        test::WindowFixture f(false);
        f.open(f.owner);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        f.window->showPage(u"apiKeys"_s);
        QCOMPARE(f.window->currentPageKey(), u"apiKeys"_s);
        ui::ApiKeysPage* page = f.window->apiKeysPage();
        QTRY_VERIFY(page->findChild<QLabel*>(u"apiKeysEmpty"_s)->isVisible());

        QString shown;
        QString warning;
        f.prompter.dialogs.append([&](QDialog& reveal) {
            shown = reveal.findChild<QLineEdit*>(u"apiKeySecret"_s)->text();
            warning = reveal.findChild<QLabel*>(u"apiKeyRevealWarning"_s)->text();
            QTest::mouseClick(reveal.findChild<QPushButton*>(u"apiKeyCopy"_s), Qt::LeftButton);
            QTest::mouseClick(reveal.findChild<QPushButton*>(u"apiKeyRevealDone"_s), Qt::LeftButton);
        });
        QTest::mouseClick(page->findChild<QPushButton*>(u"createApiKey"_s), Qt::LeftButton);
        auto* dialog = test::visibleTopLevel<ui::CreateApiKeyDialog>(u"createApiKeyDialog"_s);
        QVERIFY(dialog);
        auto* create = dialog->findChild<QPushButton*>(u"apiKeyCreate"_s);
        QVERIFY(!create->isEnabled()); // a name and a permission first
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"apiKeyName"_s), u"CRM sync"_s);
        QVERIFY(!create->isEnabled());
        auto* permissions = dialog->findChild<ui::PermissionChecklist*>(u"apiKeyPermissions"_s);
        permissions->setPermissionChecked(Permission::ResourcesUsers, true);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY(shown.startsWith(u"nk_"_s));
        QVERIFY(warning.contains(u"will not see it again"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);

        // Listed without the secret; the key works for what it was given.
        QTRY_COMPARE(page->model().rowCount(), 1);
        for (int column = 0; column < page->model().columnCount(); ++column)
            QVERIFY(!page->model().index(0, column).data().toString().contains(shown.mid(11)));
        QCOMPARE(page->model().index(0, client::ApiKeyListModel::PermissionsColumn).data().toString(), u"Users"_s);
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/members"_s.arg(f.acme), shown).status, 200);
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/audit-log"_s.arg(f.acme), shown).status, 403);

        // Revoking asks first; Cancel keeps it.
        page->table()->selectRow(0);
        auto* revoke = page->findChild<QPushButton*>(u"revokeApiKey"_s);
        QVERIFY(revoke->isEnabled());
        f.prompter.answers = {QMessageBox::Cancel};
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(f.prompter.asked.size(), 1);
        QVERIFY(f.prompter.asked.first().contains(u"CRM sync"_s));
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/members"_s.arg(f.acme), shown).status, 200);
        f.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTRY_COMPARE(page->model().rowCount(), 0);
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/members"_s.arg(f.acme), shown).status, 401);
    }

    void onlyPermissionsOneHoldsCanBeTicked()
    {
        test::WindowFixture f(false);
        const QString keepers
            = f.server.createRole(f.owner, f.acme, u"Key keepers"_s, {u"resources.api_keys"_s, u"calls.view"_s});
        const test::Account kim = f.server.addMember(f.owner, f.acme, keepers, u"kim@acme.example"_s);
        f.open(kim);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        f.window->showPage(u"apiKeys"_s);
        ui::ApiKeysPage* page = f.window->apiKeysPage();
        QTRY_VERIFY(page->findChild<QPushButton*>(u"createApiKey"_s)->isEnabled());
        QTest::mouseClick(page->findChild<QPushButton*>(u"createApiKey"_s), Qt::LeftButton);
        auto* dialog = test::visibleTopLevel<ui::CreateApiKeyDialog>(u"createApiKeyDialog"_s);
        QVERIFY(dialog);
        auto* permissions = dialog->findChild<ui::PermissionChecklist*>(u"apiKeyPermissions"_s);
        QVERIFY(permissions->itemFor(Permission::CallsView)->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY(!permissions->itemFor(Permission::AnalyticsView)->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY(permissions->itemFor(Permission::AnalyticsView)->toolTip(0).contains(u"cannot grant"_s));
        dialog->reject();

        // Without resources.api_keys the page is not offered.
        test::WindowFixture g(false);
        const test::Account sam = g.addSupportMember(u"sam@acme.example"_s);
        g.open(sam);
        QTRY_COMPARE(g.session.currentWorkspaceId(), g.acme);
        g.window->showPage(u"apiKeys"_s);
        QVERIFY(g.window->currentPageKey() != u"apiKeys"_s);
    }
};

QTEST_MAIN(TestApiKeysPage)
#include "tst_apikeyspage.moc"
