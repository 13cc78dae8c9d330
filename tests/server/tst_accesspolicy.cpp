#include "policy/AccessPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;
using namespace nacre::server;

namespace {

// The refusal's wire name, or empty when allowed.
QString codeOf(const nacre::AccessDecision& decision)
{
    return decision.allowed ? QString() : QString(nacre::ProblemCodes::name(decision.code));
}

RoleRecord role(const QString& id, BuiltinRole builtin, PermissionSet permissions)
{
    RoleRecord record;
    record.role.id = id;
    record.role.name = id;
    record.role.builtin = builtin;
    record.role.permissions = builtin == BuiltinRole::None ? permissions : BuiltinRoles::permissions(builtin);
    return record;
}

MemberRecord member(const QString& userId, const RoleRecord& role)
{
    MemberRecord record;
    record.userId = userId;
    record.role = role;
    return record;
}

const RoleRecord Owner = role(u"owner"_s, BuiltinRole::Owner, {});
const RoleRecord Admin = role(u"admin"_s, BuiltinRole::Admin, {});
const RoleRecord UsersManager
    = role(u"users"_s, BuiltinRole::None, {Permission::ResourcesUsers, Permission::CallsView});
const RoleRecord Caller = role(u"calls"_s, BuiltinRole::None, {Permission::CallsView});
const RoleRecord Biller = role(u"billing"_s, BuiltinRole::None, {Permission::BillingManage});
const RoleRecord Nobody = role(u"nobody"_s, BuiltinRole::None, {});

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changeRole_data()
    {
        QTest::addColumn<QString>("actorRole");
        QTest::addColumn<QString>("targetRole");
        QTest::addColumn<QString>("newRole");
        QTest::addColumn<int>("owners");
        QTest::addColumn<QString>("code"); // empty: allowed

        QTest::newRow("owner promotes to owner") << u"owner"_s << u"calls"_s << u"owner"_s << 1 << QString();
        QTest::newRow("owner demotes another owner") << u"owner"_s << u"owner"_s << u"admin"_s << 2 << QString();
        QTest::newRow("last owner cannot be demoted") << u"owner"_s << u"owner"_s << u"admin"_s << 1 << u"last_owner"_s;
        QTest::newRow("admin makes admin") << u"admin"_s << u"calls"_s << u"admin"_s << 1 << QString();
        QTest::newRow("admin cannot make owner") << u"admin"_s << u"calls"_s << u"owner"_s << 1 << u"owner_only"_s;
        QTest::newRow("admin cannot touch owner") << u"admin"_s << u"owner"_s << u"calls"_s << 2 << u"owner_only"_s;
        QTest::newRow("admin changes admin") << u"admin"_s << u"admin"_s << u"calls"_s << 1 << QString();
        QTest::newRow("users manager within own set") << u"users"_s << u"nobody"_s << u"calls"_s << 1 << QString();
        QTest::newRow("users manager cannot give admin")
            << u"users"_s << u"calls"_s << u"admin"_s << 1 << u"escalation"_s;
        QTest::newRow("users manager cannot give billing")
            << u"users"_s << u"calls"_s << u"billing"_s << 1 << u"escalation"_s;
        QTest::newRow("users manager cannot edit admin")
            << u"users"_s << u"admin"_s << u"calls"_s << 1 << u"escalation"_s;
        QTest::newRow("users manager cannot edit wider member")
            << u"users"_s << u"billing"_s << u"nobody"_s << 1 << u"escalation"_s;
        QTest::newRow("caller lacks resources.users")
            << u"calls"_s << u"nobody"_s << u"calls"_s << 1 << u"missing_permission"_s;
    }

    void changeRole()
    {
        QFETCH(QString, actorRole);
        QFETCH(QString, targetRole);
        QFETCH(QString, newRole);
        QFETCH(int, owners);
        QFETCH(QString, code);
        const QHash<QString, RoleRecord> roles {{u"owner"_s, Owner}, {u"admin"_s, Admin}, {u"users"_s, UsersManager},
            {u"calls"_s, Caller}, {u"billing"_s, Biller}, {u"nobody"_s, Nobody}};
        const MemberRecord actor = member(u"actor"_s, roles[actorRole]);
        const MemberRecord target = member(u"target"_s, roles[targetRole]);
        const RoleRecord granted = roles[newRole];
        AccessRequest request {actor, Action::ChangeMemberRole};
        request.targetMember = &target;
        request.grantedRole = &granted;
        request.ownerCount = owners;
        const AccessDecision decision = AccessPolicy::decide(request);
        QCOMPARE(codeOf(decision), code);
        QCOMPARE(decision.allowed, code.isEmpty());
        if (!decision.allowed)
            QVERIFY(!decision.reason.isEmpty());
    }

    void nobodyChangesTheirOwnRole()
    {
        for (const RoleRecord& own : {Owner, Admin, UsersManager}) {
            const MemberRecord actor = member(u"same"_s, own);
            AccessRequest request {actor, Action::ChangeMemberRole};
            request.targetMember = &actor;
            request.grantedRole = &Nobody;
            request.ownerCount = 3;
            QCOMPARE(codeOf(AccessPolicy::decide(request)), u"own_role"_s);
        }
    }

    void rolesCanOnlyHoldWhatTheActorHolds()
    {
        const MemberRecord manager = member(u"m"_s, UsersManager);
        AccessRequest create {manager, Action::CreateRole};
        create.grantedPermissions = PermissionSet {Permission::CallsView};
        QVERIFY(AccessPolicy::decide(create).allowed);
        create.grantedPermissions = PermissionSet {Permission::CallsView, Permission::AuditLogView};
        QCOMPARE(codeOf(AccessPolicy::decide(create)), u"escalation"_s);

        AccessRequest editWider {manager, Action::EditRole};
        editWider.targetRole = &Biller; // cannot edit a role wider than oneself, even to shrink it
        editWider.grantedPermissions = PermissionSet {};
        QCOMPARE(codeOf(AccessPolicy::decide(editWider)), u"escalation"_s);

        const MemberRecord owner = member(u"o"_s, Owner);
        AccessRequest editBuiltin {owner, Action::EditRole};
        editBuiltin.targetRole = &Admin;
        QCOMPARE(codeOf(AccessPolicy::decide(editBuiltin)), u"builtin_role"_s);
        AccessRequest deleteBuiltin {owner, Action::DeleteRole};
        deleteBuiltin.targetRole = &Owner;
        QCOMPARE(codeOf(AccessPolicy::decide(deleteBuiltin)), u"builtin_role"_s);
    }

    void ownerOnlyAndLastOwner()
    {
        const MemberRecord owner = member(u"o"_s, Owner);
        const MemberRecord admin = member(u"a"_s, Admin);
        QVERIFY(AccessPolicy::decide({owner, Action::DeleteWorkspace}).allowed);
        QCOMPARE(codeOf(AccessPolicy::decide({admin, Action::DeleteWorkspace})), u"owner_only"_s);

        const MemberRecord soleOwner = member(u"o"_s, Owner);
        AccessRequest leave {soleOwner, Action::LeaveWorkspace};
        leave.ownerCount = 1;
        QCOMPARE(codeOf(AccessPolicy::decide(leave)), u"last_owner"_s); // the server answers 409 for it
        leave.ownerCount = 2;
        QVERIFY(AccessPolicy::decide(leave).allowed);

        const MemberRecord target = member(u"t"_s, Owner);
        AccessRequest remove {soleOwner, Action::RemoveMember};
        remove.targetMember = &target;
        remove.ownerCount = 1;
        QCOMPARE(codeOf(AccessPolicy::decide(remove)), u"last_owner"_s);
    }

    void settingsNeedTheirOwnPermission()
    {
        const MemberRecord general = member(u"g"_s, role(u"g"_s, BuiltinRole::None, {Permission::SettingsGeneral}));
        QVERIFY(AccessPolicy::decide({general, Action::EditGeneralSettings}).allowed);
        QCOMPARE(codeOf(AccessPolicy::decide({general, Action::EditAdvancedSettings})), u"missing_permission"_s);
        const MemberRecord nobody = member(u"n"_s, Nobody);
        QVERIFY(AccessPolicy::decide({nobody, Action::ReadWorkspace}).allowed);
        QCOMPARE(codeOf(AccessPolicy::decide({nobody, Action::ViewAuditLog})), u"missing_permission"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
