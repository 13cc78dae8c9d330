#include "permissions/AccessRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// The rules as the client asks them, before anything is sent: is the command available at all,
// and if not, what does its tooltip say.
class TestAccessRules : public QObject
{
    Q_OBJECT

    static Holder holder(const QString& id, BuiltinRole builtin, PermissionSet permissions = {})
    {
        return Holder {id, builtin, builtin == BuiltinRole::None ? permissions : BuiltinRoles::permissions(builtin)};
    }

private Q_SLOTS:
    void commandsWithoutATarget_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<PermissionSet>("permissions");
        QTest::addColumn<bool>("allowed");
        const PermissionSet users {Permission::ResourcesUsers};
        const PermissionSet calls {Permission::CallsView};
        QTest::newRow("invite with resources.users") << int(Action::Invite) << users << true;
        QTest::newRow("invite without") << int(Action::Invite) << calls << false;
        QTest::newRow("create role with resources.users") << int(Action::CreateRole) << users << true;
        QTest::newRow("audit log without") << int(Action::ViewAuditLog) << users << false;
        QTest::newRow("list roles always") << int(Action::ListRoles) << PermissionSet {} << true;
    }

    void commandsWithoutATarget()
    {
        QFETCH(int, action);
        QFETCH(PermissionSet, permissions);
        QFETCH(bool, allowed);
        const AccessDecision decision
            = AccessRules::decide(AccessQuestion(holder(u"a"_s, BuiltinRole::None, permissions), Action(action)));
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.reason.isEmpty(), allowed);
    }

    void disabledCommandsSayWhy()
    {
        AccessQuestion question(holder(u"admin"_s, BuiltinRole::Admin), Action::ChangeMemberRole);
        question.targetMember = holder(u"owner"_s, BuiltinRole::Owner);
        QCOMPARE(AccessRules::decide(question).reason, u"Only an Owner can change an Owner's role."_s);

        AccessQuestion own(holder(u"admin"_s, BuiltinRole::Admin), Action::RemoveMember);
        own.targetMember = own.actor;
        QCOMPARE(AccessRules::decide(own).reason, u"To remove yourself, leave the workspace instead."_s);

        AccessQuestion builtin(holder(u"owner"_s, BuiltinRole::Owner), Action::DeleteRole);
        builtin.targetRole = RoleGrant {u"Admin"_s, BuiltinRole::Admin, PermissionSet::all()};
        QCOMPARE(AccessRules::decide(builtin).reason, u"The built-in Admin role cannot be changed."_s);

        AccessQuestion reader(holder(u"r"_s, BuiltinRole::None, {Permission::CallsView}), Action::Invite);
        QCOMPARE(AccessRules::decide(reader).reason, u"Your role does not include \u201cUsers\u201d."_s);
    }

    void assignableRolesAreWithinTheActorsOwn()
    {
        const Holder manager = holder(u"m"_s, BuiltinRole::None, {Permission::ResourcesUsers, Permission::CallsView});
        const QList<QPair<RoleGrant, bool>> roles {
            {RoleGrant {u"Owner"_s, BuiltinRole::Owner, PermissionSet::all()}, false},
            {RoleGrant {u"Admin"_s, BuiltinRole::Admin, PermissionSet::all()}, false},
            {RoleGrant {u"Calls"_s, BuiltinRole::None, {Permission::CallsView}}, true},
            {RoleGrant {u"Nobody"_s, BuiltinRole::None, {}}, true},
            {RoleGrant {u"Billing"_s, BuiltinRole::None, {Permission::BillingManage}}, false},
        };
        for (const auto& [role, assignable] : roles) {
            AccessQuestion question(manager, Action::Invite);
            question.grantedRole = role;
            QVERIFY2(AccessRules::decide(question).allowed == assignable, qPrintable(role.name));
        }
    }
};

Q_DECLARE_METATYPE(nacre::PermissionSet)
QTEST_GUILESS_MAIN(TestAccessRules)
#include "tst_accessrules.moc"
