#include "i18n/Translations.h"
#include "settings/MemberSessionsBox.h"
#include "settings/TwoFactorRequirementBox.h"
#include "settings/WorkspaceSecurityPage.h"
#include "support/UiTestSupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// Issue 14: Workspace > Security and Sessions in the window, against the real server: before
// requiring two-factor sign-in it lists exactly the members it would shut out (and copies their
// addresses); applying asks first; members' sessions are listed, filtered and ended.
class TestWorkspaceSecurityPage : public QObject
{
    Q_OBJECT

    struct Fixture : test::WindowFixture
    {
        QString support;
        test::Account ada; // has two-factor sign-in
        test::Account ben;
        test::Account cy;

        Fixture()
            : test::WindowFixture(false)
        {
            support = supportRole();
            ada = server.addMember(owner, acme, support, u"ada@acme.example"_s);
            ben = server.addMember(owner, acme, support, u"ben@acme.example"_s);
            cy = server.addMember(owner, acme, support, u"cy@acme.example"_s);
            server.enableTwoFactor(ada);
            server.enableTwoFactor(owner);
            open(owner);
            UserProfile withTwoFactor = session.profile();
            withTwoFactor.twoFactorEnabled = true;
            session.setProfile(withTwoFactor);
            QTRY_COMPARE(session.currentWorkspaceId(), acme);
            window->showPage(u"workspaceSecurity"_s);
        }
        QStringList listed() const
        {
            auto* list = window->findChild<QListView*>(u"twoFactorBlockedList"_s);
            QStringList emails;
            for (int row = 0; row < list->model()->rowCount(); ++row)
                emails.append(list->model()->index(row, client::MemberListModel::EmailColumn).data().toString());
            return emails;
        }
    };

private Q_SLOTS:
    void initTestCase() { ui::Translations::apply(u"en"_s); }

    void theRequirementShowsWhoItWouldShutOut()
    {
        Fixture f;
        QCOMPARE(f.window->currentPageKey(), u"workspaceSecurity"_s);
        auto* summary = f.field<QLabel>(u"twoFactorBlockedSummary"_s);
        QTRY_COMPARE(
            summary->text(), u"2 members have no two-factor sign-in and would be shut out until they turn it on:"_s);
        QTRY_COMPARE(f.listed(), (QStringList {u"ben@acme.example"_s, u"cy@acme.example"_s}));

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(f.field<QPushButton>(u"copyBlockedEmails"_s), Qt::LeftButton);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"ben@acme.example\ncy@acme.example"_s);

        // Applying asks, naming how many; Cancel changes nothing.
        auto* require = f.field<QCheckBox>(u"requireTwoFactorField"_s);
        auto* apply = f.field<QPushButton>(u"applyTwoFactorRequirement"_s);
        QVERIFY(!apply->isEnabled());
        require->setChecked(true);
        QVERIFY(apply->isEnabled());
        f.prompter.answers = {QMessageBox::Cancel};
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(f.prompter.asked.size(), 1);
        QVERIFY(f.prompter.asked.first().contains(u"2 members have no two-factor sign-in"_s));
        const QString settings = u"/api/v1/workspaces/"_s + f.acme;
        QVERIFY(!f.server.get(settings, f.owner.token).json()[u"settings"_s][u"requireTwoFactor"_s].toBool());

        f.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY(f.server.get(settings, f.owner.token).json()[u"settings"_s][u"requireTwoFactor"_s].toBool());
        QTRY_COMPARE(
            f.window->statusBar()->currentMessage(), u"Two-factor sign-in is now required in this workspace."_s);
        QTRY_COMPARE(summary->text(), u"2 members cannot open this workspace until they turn on two-factor sign-in:"_s);
        QCOMPARE(f.server.get(settings, f.ben.token).code(), u"two_factor_required"_s);
        QCOMPARE(f.server.get(settings, f.ada.token).status, 200);
    }

    void membersSessionsAreListedFilteredAndEnded()
    {
        Fixture f;
        const test::Account benPhone = f.server.signIn(u"ben@acme.example"_s);
        ui::MemberSessionsBox* box = f.window->workspaceSecurityPage()->sessions();
        box->model().refresh(); // Ben's phone signed in after the page loaded
        QTRY_COMPARE(box->model().rowCount(), 5); // the owner, Ada, Ben twice, Cy
        auto* filter = f.field<QComboBox>(u"sessionMemberFilter"_s);
        const int benIndex = filter->findData(f.ben.id);
        QVERIFY(benIndex > 0);
        filter->setCurrentIndex(benIndex);
        Q_EMIT filter->activated(benIndex);
        QTRY_COMPARE(box->model().rowCount(), 2);

        box->table()->selectRow(0);
        const QString ended = box->model().session(0).id;
        f.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(f.field<QPushButton>(u"endMemberSession"_s), Qt::LeftButton);
        QTRY_COMPARE(box->model().rowCount(), 1);
        QVERIFY(box->model().session(0).id != ended);

        box->table()->selectRow(0);
        f.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(f.field<QPushButton>(u"signOutMember"_s), Qt::LeftButton);
        QTRY_COMPARE(box->model().rowCount(), 0);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.ben.token).status, 401);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, benPhone.token).status, 401);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.cy.token).status, 200);
    }

    void withoutAdvancedSettingsThereIsNoPage()
    {
        test::WindowFixture f(false);
        const test::Account sam = f.addSupportMember(u"sam@acme.example"_s);
        f.open(sam);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        f.window->showPage(u"workspaceSecurity"_s);
        QVERIFY(f.window->currentPageKey() != u"workspaceSecurity"_s);
    }
};

QTEST_MAIN(TestWorkspaceSecurityPage)
#include "tst_workspacesecuritypage.moc"
