#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "http/ApiError.h"
#include "mail/InvitationMail.h"
#include "mail/PasswordResetMail.h"
#include "services/Services.h"
#include "services/Versions.h"
#include "services/WorkspaceFactory.h"
#include "store/SqlQuery.h"
#include "support/TestServer.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace nacre;
using namespace nacre::server;
using nacre::test::Account;
using nacre::test::TestServer;

// The services called directly, without HTTP: each operation authorizes itself, so a caller that
// forgets a check (a new route, a batch job) still cannot grant what the actor does not hold.
class TestServices : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Fixture()
        {
            owner = server.setUp(&ws);
            ownerRole = server.builtinRoleId(owner, ws, u"owner"_s);
            adminRole = server.builtinRoleId(owner, ws, u"admin"_s);
            analystRole = server.createRole(owner, ws, u"Analysts"_s, {u"analytics.view"_s});
            usersRole = server.createRole(owner, ws, u"Users only"_s, {u"resources.users"_s});
            admin = server.addMember(owner, ws, adminRole, u"admin@acme.example"_s);
            manager = server.addMember(owner, ws, usersRole, u"manager@acme.example"_s);
            analyst = server.addMember(owner, ws, analystRole, u"analyst@acme.example"_s);
        }

        WorkspaceScope scopeOf(const Account& account)
        {
            const AuthContext auth {
                SessionRecord {}, *context().users.findById(account.id), Origin {u"127.0.0.1"_s, u"tst_services"_s}};
            return authenticator.enterWorkspace(auth, ws);
        }
        ServerContext& context() { return server.server().context(); }

        TestServer server;
        QString ws, ownerRole, adminRole, analystRole, usersRole;
        Account owner, admin, manager, analyst;
        Authenticator authenticator {context()};
        InvitationMail mail {
            context(), server.server().mailFrom(), server.server().baseUrl(), server.server().mailDispatcher()};
        PasswordResetMail resetMail {
            context(), server.server().mailFrom(), server.server().baseUrl(), server.server().mailDispatcher()};
        Services services {context(), authenticator, mail, resetMail};
    };

    // The problem code an operation is refused with, or "" when it runs.
    static QString refusal(const std::function<void()>& operation)
    {
        try {
            operation();
        } catch (const ApiError& error) {
            return ProblemCodes::name(error.code());
        }
        return {};
    }

    static QString invitationFor(Fixture& f, const QString& email, const QString& roleId)
    {
        const auto results = f.services.invitations.invite(f.scopeOf(f.owner), {.emails = {email}, .roleId = roleId});
        return results.first().invitationId;
    }

private Q_SLOTS:
    void invitingGrantsOnlyWhatTheActorHolds()
    {
        Fixture f;
        InvitationService& invitations = f.services.invitations;
        const auto invite = [&](const Account& actor, const QString& role) {
            return refusal([&] {
                invitations.invite(f.scopeOf(actor), {.emails = {u"new-%1@acme.example"_s.arg(role)}, .roleId = role});
            });
        };
        QCOMPARE(invite(f.admin, f.ownerRole), u"owner_only"_s);
        QCOMPARE(invite(f.manager, f.adminRole), u"escalation"_s);
        QCOMPARE(invite(f.manager, f.analystRole), u"escalation"_s);
        QCOMPARE(invite(f.analyst, f.analystRole), u"missing_permission"_s);
        QCOMPARE(invite(f.manager, f.usersRole), QString());
        QCOMPARE(invite(f.owner, f.ownerRole), QString());
        // The dry run answers the same refusals.
        QCOMPARE(refusal([&] {
            invitations.classify(f.scopeOf(f.admin), {.emails = {u"x@acme.example"_s}, .roleId = f.ownerRole});
        }),
            u"owner_only"_s);
    }

    void renewingGrantsOnlyWhatTheActorHolds()
    {
        Fixture f;
        const QString ownerInvitation = invitationFor(f, u"boss@acme.example"_s, f.ownerRole);
        const QString adminInvitation = invitationFor(f, u"deputy@acme.example"_s, f.adminRole);
        for (const auto renewal : {InvitationService::Renewal::Mail, InvitationService::Renewal::Link}) {
            const auto renew = [&](const Account& actor, const QString& id) {
                return refusal([&] { f.services.invitations.renew(f.scopeOf(actor), id, renewal); });
            };
            QCOMPARE(renew(f.admin, ownerInvitation), u"owner_only"_s);
            QCOMPARE(renew(f.manager, ownerInvitation), u"owner_only"_s);
            QCOMPARE(renew(f.manager, adminInvitation), u"escalation"_s);
            QCOMPARE(renew(f.analyst, adminInvitation), u"missing_permission"_s);
            QCOMPARE(renew(f.admin, adminInvitation), QString());
            QCOMPARE(renew(f.owner, ownerInvitation), QString());
        }
    }

    void changingRolesAndEditingThemGrantOnlyWhatTheActorHolds()
    {
        Fixture f;
        const auto change = [&](const Account& actor, const Account& target, const QString& role) {
            return refusal([&] {
                const MemberRecord current = *f.context().members.find(f.ws, target.id);
                f.services.members.changeRole(f.scopeOf(actor), target.id, role, Versions::of(current));
            });
        };
        QCOMPARE(change(f.admin, f.analyst, f.ownerRole), u"owner_only"_s);
        QCOMPARE(change(f.manager, f.analyst, f.usersRole), u"escalation"_s); // the analyst holds more
        QCOMPARE(change(f.manager, f.manager, f.usersRole), u"own_role"_s);
        QCOMPARE(change(f.admin, f.owner, f.adminRole), u"owner_only"_s);

        // Editing a role grants its new permissions to every holder.
        const auto edit = [&](const Account& actor, const QString& roleId, const QStringList& permissions) {
            return refusal([&] {
                const RoleRecord role = *f.context().roles.find(f.ws, roleId);
                f.services.roles.update(f.scopeOf(actor), roleId,
                    {.name = std::nullopt, .permissions = PermissionSet::fromIds(permissions).value()},
                    Versions::of(role));
            });
        };
        QCOMPARE(edit(f.manager, f.usersRole, {u"resources.users"_s, u"billing.manage"_s}), u"escalation"_s);
        QCOMPARE(edit(f.admin, f.adminRole, {}), u"builtin_role"_s);
        QCOMPARE(edit(f.admin, f.analystRole, {u"analytics.view"_s, u"calls.view"_s}), QString());

        // Deleting with a move gives every holder the target role: the same rules.
        QCOMPARE(
            refusal([&] { f.services.roles.remove(f.scopeOf(f.admin), f.analystRole, f.ownerRole); }), u"owner_only"_s);
        QCOMPARE(refusal([&] { f.services.roles.remove(f.scopeOf(f.manager), f.analystRole, f.usersRole); }),
            u"escalation"_s);
    }

    // Workspaces made before the built-in Member role existed get it when the server starts; a custom
    // role already called "Member" keeps its name.
    void olderWorkspacesGetTheMemberRole()
    {
        Fixture f;
        const QString custom = f.server.createRole(f.owner, f.ws, u"Members only"_s, {});
        SqlQuery(f.context().db, u"DELETE FROM roles WHERE builtin = 'member'"_s).exec();
        SqlQuery(f.context().db, u"UPDATE roles SET name = 'Member', name_key = 'member' WHERE id = ?"_s)
            .bind(custom)
            .exec();
        QVERIFY(!f.context().roles.findBuiltin(f.ws, BuiltinRole::Member));

        Transaction transaction(f.context().db);
        QCOMPARE(WorkspaceFactory::addMissingBuiltinRoles(f.context()), 1);
        transaction.commit();
        QCOMPARE(WorkspaceFactory::addMissingBuiltinRoles(f.context()), 0); // once
        const QString member = f.server.builtinRoleId(f.owner, f.ws, u"member"_s);
        QVERIFY(!member.isEmpty());
        QCOMPARE(f.server.get(u"/api/v1/workspaces/"_s + f.ws, f.owner.token)
                     .json()[u"settings"_s][u"defaultRoleId"_s]
                     .toString(),
            member);
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/roles/%2"_s.arg(f.ws, custom), f.owner.token)
                     .json()[u"name"_s]
                     .toString(),
            u"Member"_s);
    }

    void anActorDemotedMeanwhileIsJudgedAsTheyAreNow()
    {
        Fixture f;
        const WorkspaceScope stale = f.scopeOf(f.admin); // read while still an Admin
        const MemberRecord current = *f.context().members.find(f.ws, f.admin.id);
        f.services.members.changeRole(f.scopeOf(f.owner), f.admin.id, f.analystRole, Versions::of(current));
        QCOMPARE(refusal([&] {
            f.services.invitations.invite(stale, {.emails = {u"late@acme.example"_s}, .roleId = f.adminRole});
        }),
            u"missing_permission"_s);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
