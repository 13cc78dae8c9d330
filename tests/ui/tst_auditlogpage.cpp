#include "audit/AuditLogPage.h"
#include "i18n/Translations.h"
#include "shell/Sidebar.h"
#include "support/UiTestSupport.h"
#include "users/MembersTab.h"
#include "users/UsersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// Issue 14: Workspace > Audit Log in the window, against the real server: filters, totals, CSV
// export (and cancelling it), Verify Integrity, and "Show in Audit Log" from the Users page.
class TestAuditLogPage : public QObject
{
    Q_OBJECT

    struct Fixture : test::WindowFixture
    {
        QString support;
        test::Account sam;
        ui::AuditLogPage* page = nullptr;

        Fixture()
            : test::WindowFixture(false)
        {
            support = supportRole();
            sam = server.addMember(owner, acme, support, u"sam@acme.example"_s);
            server.createRole(owner, acme, u"Billing"_s, {u"billing.manage"_s});
            open(owner);
            QTRY_COMPARE(session.currentWorkspaceId(), acme);
            window->showPage(u"auditLog"_s);
            page = window->auditLogPage();
        }
        QTableView* table() const { return page->table(); }
        QStringList column(int column) const
        {
            QStringList texts;
            for (int row = 0; row < page->model().rowCount(); ++row)
                texts.append(page->model().index(row, column).data().toString());
            return texts;
        }
        void chooseType(const QString& label)
        {
            auto* type = page->findChild<QComboBox*>(u"auditType"_s);
            const int index = type->findText(label, Qt::MatchEndsWith);
            QVERIFY(index >= 0);
            type->setCurrentIndex(index);
        }
    };

private Q_SLOTS:
    // As the app starts: in English, whose plural forms come from its translation.
    void initTestCase() { ui::Translations::apply(u"en"_s); }

    void listsFiltersAndCounts()
    {
        Fixture f;
        QCOMPARE(f.window->currentPageKey(), u"auditLog"_s);
        auto* total = f.page->findChild<QLabel*>(u"auditTotal"_s);
        // workspace.created, role.created ×2, invitation.created, invitation.accepted
        QTRY_COMPARE(total->text(), u"5 events"_s);
        QCOMPARE(f.page->model().rowCount(), 5);
        QCOMPARE(f.column(client::AuditLogModel::EventColumn).first(), u"Role created"_s);
        QCOMPARE(f.column(client::AuditLogModel::TargetColumn).first(), u"Role \u201cBilling\u201d"_s);
        QCOMPARE(f.column(client::AuditLogModel::WhoColumn).first(), u"Olga Owner <owner@acme.example>"_s);
        // The details say the fields and permissions as the catalog names them, not as stored.
        const QString details = f.column(client::AuditLogModel::DetailsColumn).first();
        QVERIFY2(details.startsWith(u"name: Billing; permissions: "_s), qPrintable(details));
        QVERIFY2(!details.contains(u"billing.manage"_s) && details.contains(u"Manage billing"_s), qPrintable(details));

        f.chooseType(u"Invitations"_s);
        QTRY_COMPARE(total->text(), u"2 events"_s);
        QCOMPARE(f.column(client::AuditLogModel::EventColumn),
            (QStringList {u"Invitation accepted"_s, u"Invitation sent"_s}));
        f.chooseType(u"Invitation accepted"_s); // one type of the group
        QTRY_COMPARE(total->text(), u"1 event"_s);
        const QString samName = f.server.get(u"/api/v1/me"_s, f.sam.token).json()[u"displayName"_s].toString();
        QCOMPARE(f.column(client::AuditLogModel::WhoColumn).first(), samName + u" <sam@acme.example>"_s);

        f.chooseType(u"All events"_s);
        auto* who = f.page->findChild<QComboBox*>(u"auditWho"_s);
        who->setCurrentIndex(who->findText(u"Me"_s));
        QTRY_COMPARE(total->text(), u"4 events"_s); // all but Sam's acceptance
        who->setCurrentIndex(who->findText(u"The system"_s));
        QTRY_COMPARE(total->text(), u"0 events"_s);
        who->setCurrentIndex(0);
        // Whoever the log names is a choice too: Sam, who accepted the invitation.
        const int samIndex = who->findData(f.sam.id);
        QVERIFY(samIndex >= 0);
        QCOMPARE(who->itemText(samIndex), samName + u" <sam@acme.example>"_s);
        who->setCurrentIndex(samIndex);
        QTRY_COMPARE(total->text(), u"1 event"_s);
        QCOMPARE(f.column(client::AuditLogModel::EventColumn), (QStringList {u"Invitation accepted"_s}));
        who->setCurrentIndex(0);

        // Dates: from tomorrow there is nothing; up to today there is everything.
        f.page->findChild<QDateEdit*>(u"auditFrom"_s)->setDate(QDate::currentDate().addDays(1));
        f.page->findChild<QCheckBox*>(u"auditFromEnabled"_s)->setChecked(true);
        QTRY_COMPARE(total->text(), u"0 events"_s);
        QVERIFY(!f.page->findChild<QPushButton*>(u"auditExport"_s)->isEnabled());
        f.page->findChild<QCheckBox*>(u"auditFromEnabled"_s)->setChecked(false);
        f.page->findChild<QCheckBox*>(u"auditUntilEnabled"_s)->setChecked(true);
        QTRY_COMPARE(total->text(), u"5 events"_s);
    }

    void exportsEverythingTheFiltersSelectAndCanBeCancelled()
    {
        Fixture f;
        // More than one page of the export's 200: every one is in the file.
        for (int i = 0; i < 210; ++i)
            f.server.send("PATCH", u"/api/v1/workspaces/%1"_s.arg(f.acme), QJsonObject {{u"newsletter"_s, i % 2 == 0}},
                f.owner.token,
                {{"If-Match", f.server.get(u"/api/v1/workspaces/%1"_s.arg(f.acme), f.owner.token).header("etag")}});
        f.page->model().refresh();
        auto* total = f.page->findChild<QLabel*>(u"auditTotal"_s);
        QTRY_COMPARE(total->text(), u"215 events"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        f.page->exportTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 215 + 1); // header, events, the empty string after the last CRLF
        QVERIFY(lines.first().startsWith("Time,Event type,Event,Actor kind"));
        // Time in ISO 8601 with the offset; newest first.
        QVERIFY(QRegularExpression(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d),workspace\\.settings_updated,"_s)
                    .match(QString::fromUtf8(lines.at(1)))
                    .hasMatch());
        QVERIFY(lines.at(215).contains(",workspace.created,"));

        // Cancelled before the first page is back: no file.
        const QString cancelled = dir.filePath(u"cancelled.csv"_s);
        f.page->exportTo(cancelled);
        const auto dialogs = f.page->findChildren<QProgressDialog*>(u"auditExportProgress"_s);
        QVERIFY(!dialogs.isEmpty());
        QProgressDialog* progress = dialogs.last(); // the first export's may not be deleted yet
        QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton); // its Cancel button
        QTest::qWait(500);
        QVERIFY(!QFile::exists(cancelled));
        QTRY_VERIFY(f.page->findChild<QPushButton*>(u"auditExport"_s)->isEnabled());
    }

    void verifyIntegritySaysIntact()
    {
        Fixture f;
        auto* verified = f.page->findChild<QLabel*>(u"auditVerified"_s);
        QTest::mouseClick(f.page->findChild<QPushButton*>(u"auditVerify"_s), Qt::LeftButton);
        QTRY_COMPARE(verified->text(), u"Intact: all 5 events are as they were written."_s);
    }

    void showInAuditLogFromAMember()
    {
        Fixture f;
        const QString member = f.server.builtinRoleId(f.owner, f.acme, u"member"_s);
        const QString samPath = u"/api/v1/workspaces/%1/members/%2"_s.arg(f.acme, f.sam.id);
        QCOMPARE(f.server
                     .send("PATCH", samPath, QJsonObject {{u"roleId"_s, member}}, f.owner.token,
                         {{"If-Match", f.server.get(samPath, f.owner.token).header("etag")}})
                     .status,
            200);
        f.window->showPage(u"users"_s);
        ui::MembersTab* members = f.window->usersPage()->membersTab();
        QTRY_VERIFY(f.members.rowCount() == 2 && f.members.isLoaded(1));
        const int samRow = f.members.rowOf(f.sam.id);
        members->table()->selectRow(samRow);
        QAction* show = nullptr;
        for (QAction* action : members->table()->actions()) {
            if (action->text() == u"Show in &Audit Log"_s)
                show = action;
        }
        QVERIFY(show);
        QVERIFY(show->isEnabled());
        show->trigger();
        QCOMPARE(f.window->currentPageKey(), u"auditLog"_s);
        auto* about = f.page->findChild<QLabel*>(u"auditAbout"_s);
        QVERIFY(about->isVisible());
        QVERIFY(about->text().contains(f.server.get(u"/api/v1/me"_s, f.sam.token).json()[u"displayName"_s].toString()));
        QTRY_COMPARE(f.page->findChild<QLabel*>(u"auditTotal"_s)->text(), u"1 event"_s); // the role change
        QCOMPARE(f.page->model().event(0).targetId, f.sam.id);
        QTest::mouseClick(f.page->findChild<QPushButton*>(u"auditClearAbout"_s), Qt::LeftButton);
        QTRY_COMPARE(f.page->findChild<QLabel*>(u"auditTotal"_s)->text(), u"6 events"_s);
    }

    // A page nobody looks at costs nothing: the log is fetched when the page is shown, not before.
    void theLogLoadsWhenThePageIsShown()
    {
        test::WindowFixture f(false);
        f.open(f.owner);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        QTest::qWait(300);
        ui::AuditLogPage* page = f.window->auditLogPage();
        QVERIFY(page->model().workspaceId().isEmpty());
        QCOMPARE(page->model().rowCount(), 0);
        f.window->showPage(u"auditLog"_s);
        QCOMPARE(page->model().workspaceId(), f.acme);
        QTRY_VERIFY(page->model().rowCount() > 0);
    }

    void onlyWithTheAuditLogPermission()
    {
        test::WindowFixture f(false);
        const test::Account sam = f.addSupportMember(u"sam@acme.example"_s);
        f.open(sam);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        auto* pages = f.window->sidebar()->findChild<QListWidget*>();
        QVERIFY(pages);
        QStringList labels;
        for (int i = 0; i < pages->count(); ++i)
            labels.append(pages->item(i)->text());
        QVERIFY(!labels.contains(u"Audit Log"_s));
        f.window->showPage(u"auditLog"_s);
        QVERIFY(f.window->currentPageKey() != u"auditLog"_s);
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"
