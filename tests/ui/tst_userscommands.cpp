#include "commands/Command.h"
#include "support/UiTestSupport.h"
#include "users/InvitationsTab.h"
#include "users/MembersTab.h"
#include "users/RolesTab.h"
#include "users/UsersPage.h"
#include "users/invitations/InviteCommand.h"
#include "users/members/ChangeRoleCommand.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// Every command of the Users page, as each kind of actor sees it: an Owner, an Admin, a custom role
// with resources.users, and a role without it. Enabled means the server would agree; disabled
// says why, in the tooltip of the button and of the context-menu action alike.
class TestUsersCommands : public QObject
{
    Q_OBJECT

    struct World
    {
        test::TestServer server;
        QString ws;
        test::Account owner;
        QString support;
        test::Account admin;
        test::Account people;
        test::Account reader;

        World()
        {
            owner = server.setUp(&ws);
            support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
            admin = server.addMember(owner, ws, server.builtinRoleId(owner, ws, u"admin"_s), u"admin@acme.example"_s);
            people = server.addMember(owner, ws,
                server.createRole(owner, ws, u"People"_s, {u"resources.users"_s, u"calls.view"_s}),
                u"people@acme.example"_s);
            reader = server.addMember(owner, ws, support, u"reader@acme.example"_s);
            server.seedMembers(ws, support, 2);
            server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
                QJsonObject {{u"emails"_s, QJsonArray {u"new@acme.example"_s}}, {u"roleId"_s, support}}, owner.token);
        }
    };

    // The page as `as` sees it, loaded.
    struct View
    {
        client::ApiClient api;
        client::MemberListModel members {api};
        client::RoleListModel roles {api};
        client::InvitationListModel invitations {api};
        test::ScriptedPrompter prompter;
        std::unique_ptr<ui::UsersPage> page;

        View(World& world, const test::Account& as)
        {
            api.setBaseUrl(QUrl(world.server.server().baseUrl()));
            api.setToken(as.token);
            std::optional<Workspace> workspace;
            for (const QJsonValue& value : world.server.get(u"/api/v1/workspaces"_s, as.token).items())
                workspace = Workspace::fromJson(value.toObject()).value();
            page = std::make_unique<ui::UsersPage>(api, ui::UsersPage::Models {members, roles, invitations}, prompter);
            page->setWorkspace(workspace, as.id);
            page->show();
        }

        bool loaded()
        {
            return QTest::qWaitFor([this] { return members.rowCount() > 0 && roles.rowCount() > 0; });
        }

        void selectMember(const QString& email)
        {
            for (int row = 0; row < members.rowCount(); ++row) {
                if (members.member(row).email == email)
                    page->membersTab()->table()->selectRow(row);
            }
        }
        void selectRole(const QString& name)
        {
            for (int row = 0; row < roles.rowCount(); ++row) {
                if (roles.roles().at(row).name == name)
                    page->rolesTab()->table()->selectRow(row);
            }
        }
        // As the person's clicks left it: no refresh here, so a selection that does not reach the
        // command shows as a wrong state.
        QString state(ui::Command* command) const { return command->isEnabled() ? u"on"_s : command->toolTip(); }
        QString button(QWidget* tab, const QString& name) const
        {
            auto* widget = tab->findChild<QPushButton*>(name);
            return widget->isEnabled() ? u"on"_s : widget->toolTip();
        }
    };

private Q_SLOTS:
    void commandsFollowTheActor_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("removeSeeded");
        QTest::addColumn<QString>("removeOwner");
        QTest::addColumn<QString>("editSupport");
        QTest::addColumn<QString>("editAdmin");
        const QString on = u"on"_s;
        const QString builtIn = u"The built-in Admin role cannot be changed."_s;
        QTest::newRow("Owner") << u"owner"_s << on << u"To remove yourself, leave the workspace instead."_s << on
                               << builtIn;
        QTest::newRow("Admin") << u"admin"_s << on << u"Only an Owner can remove an Owner."_s << on << builtIn;
        QTest::newRow("custom role with Users")
            << u"people"_s << on << u"Only an Owner can remove an Owner."_s << on << builtIn;
    }

    void commandsFollowTheActor()
    {
        QFETCH(QString, actor);
        QFETCH(QString, removeSeeded);
        QFETCH(QString, removeOwner);
        QFETCH(QString, editSupport);
        QFETCH(QString, editAdmin);
        World world;
        const test::Account& as = actor == u"owner"_s ? world.owner : actor == u"admin"_s ? world.admin : world.people;
        View view(world, as);
        QVERIFY(view.loaded());
        ui::MembersTab* members = view.page->membersTab();
        QCOMPARE(view.state(view.page->inviteCommand()), u"on"_s);
        QCOMPARE(view.state(members->removeCommand()), u"Select one or more members first."_s);

        view.selectMember(u"member00001@seed.example"_s);
        QCOMPARE(view.state(members->removeCommand()), removeSeeded);
        QCOMPARE(view.button(members, u"removeMembers"_s), removeSeeded); // the button says the same
        QCOMPARE(view.state(members->detailsCommand()), u"on"_s);
        view.selectMember(world.owner.email);
        QCOMPARE(view.state(members->removeCommand()), removeOwner);
        QCOMPARE(view.button(members, u"removeMembers"_s), removeOwner);

        view.selectRole(u"Support"_s);
        QCOMPARE(view.button(view.page->rolesTab(), u"editRole"_s), editSupport);
        view.selectRole(u"Admin"_s);
        QCOMPARE(view.button(view.page->rolesTab(), u"editRole"_s), editAdmin);
        QCOMPARE(view.button(view.page->rolesTab(), u"deleteRole"_s), editAdmin);

        QTRY_COMPARE(view.invitations.rowCount(), 1);
        view.page->invitationsTab()->table()->selectRow(0);
        QCOMPARE(view.state(view.page->invitationsTab()->revokeCommand()), u"on"_s);
        QCOMPARE(view.state(view.page->invitationsTab()->copyLinkCommand()), u"on"_s);
    }

    void aRoleWithoutUsersHasEveryCommandOffWithTheReason()
    {
        World world;
        View view(world, world.reader);
        const QString why = u"Your role does not include \u201cUsers\u201d."_s;
        QCOMPARE(view.state(view.page->inviteCommand()), why);
        QCOMPARE(view.button(view.page->membersTab(), u"inviteUser"_s), why);
        QCOMPARE(view.state(view.page->membersTab()->removeCommand()), u"Select one or more members first."_s);
        QCOMPARE(view.button(view.page->rolesTab(), u"createRole"_s), why);
        QCOMPARE(view.state(view.page->invitationsTab()->resendCommand()), why);
    }

    void aServerRefusalIsSaidNotSwallowed()
    {
        // The list is a moment old: someone else removed the member before the change arrives.
        World world;
        View view(world, world.admin);
        QVERIFY(view.loaded());
        int row = -1;
        for (int i = 0; i < view.members.rowCount(); ++i) {
            if (view.members.member(i).email == u"member00002@seed.example"_s)
                row = i;
        }
        QVERIFY(row >= 0);
        const QString userId = view.members.member(row).userId;
        QCOMPARE(world.server
                     .send("DELETE", u"/api/v1/workspaces/%1/members/%2"_s.arg(world.ws, userId), {}, world.owner.token)
                     .status,
            204);
        view.prompter.answers = {QMessageBox::Yes}; // "Give More Access?"
        view.page->membersTab()->changeRoleCommand()->changeRoleOf(
            {row}, world.server.builtinRoleId(world.owner, world.ws, u"admin"_s));
        QTRY_COMPARE(view.prompter.told.size(), 1);
        QVERIFY2(view.prompter.told.first().startsWith(
                     u"Role Not Changed: Member 00002 keeps the role \u201cSupport\u201d"_s),
            qPrintable(view.prompter.told.first()));
    }
};

QTEST_MAIN(TestUsersCommands)
#include "tst_userscommands.moc"
