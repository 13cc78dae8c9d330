#pragma once

#include "domain/RoleRef.h"
#include "domain/Workspace.h"
#include "permissions/PermissionSet.h"
#include "protocol/ProblemCode.h"

#include <QCoreApplication>

#include <optional>

namespace nacre {

// What can be done inside a workspace. The server decides every request with these rules; the
// client asks the same questions to enable commands and to say why one is disabled.
enum class Action {
    ReadWorkspace,
    EditGeneralSettings,
    EditAdvancedSettings,
    DeleteWorkspace,
    ListMembers,
    ChangeMemberRole,
    RemoveMember,
    LeaveWorkspace,
    Invite,
    ManageInvitations,
    ListRoles,
    CreateRole,
    EditRole,
    DeleteRole,
    ViewAuditLog,
    ManageApiKeys, // list, create (grantedPermissions: the key's), revoke
    ManageSessions, // list members' sessions, end them (targetMember: whose)
};

// Someone in a workspace: who they are, their role's kind and what it grants.
struct Holder
{
    QString userId;
    BuiltinRole builtin = BuiltinRole::None;
    PermissionSet permissions;
    // An API key acting for its creator: never an Owner, at most the key's permissions, and it
    // cannot manage keys or leave the workspace for them.
    bool viaApiKey = false;

    bool isOwner() const { return builtin == BuiltinRole::Owner; }

    // The signed-in person acting in `workspace`, as the workspace list describes their membership:
    // the one way the client builds the actor its availability checks ask about.
    static Holder actingIn(const Workspace& workspace, const QString& myUserId)
    {
        return Holder {myUserId, workspace.myRole.builtin, workspace.myPermissions};
    }
};

// A role as far as the rules care: its kind and what it grants.
struct RoleGrant
{
    QString name;
    BuiltinRole builtin = BuiltinRole::None;
    PermissionSet permissions;
};

// Everything a decision may look at besides the actor.
struct AccessQuestion
{
    AccessQuestion(Holder acting, Action requested)
        : actor(std::move(acting))
        , action(requested)
    { }

    Holder actor;
    Action action;
    std::optional<Holder> targetMember; // the member acted on
    std::optional<RoleGrant> targetRole; // the role edited or deleted
    std::optional<RoleGrant> grantedRole; // the role given (invite, role change)
    std::optional<PermissionSet> grantedPermissions; // what a created or edited role will grant
    int ownerCount = 0;
};

// A refusal names its problem code; the server maps codes to HTTP statuses (LastOwner, a state that
// forbids the change, is a conflict; every other refusal is forbidden).
struct AccessDecision
{
    bool allowed = true;
    ProblemCode code = ProblemCode::Forbidden;
    QString reason; // a sentence for the person refused, translatable
    std::optional<Permission> permission; // missing_permission: the one the actor's role lacks

    static AccessDecision allow() { return {}; }
};

// DESIGN.md's rules: permissions, no escalation, owner-only actions, at least one Owner, and nobody
// changing their own role. (Workspace isolation is the server's: it only ever loads rows of the
// workspace in the URL.)
class AccessRules
{
    Q_DECLARE_TR_FUNCTIONS(nacre::AccessRules)

public:
    static AccessDecision decide(const AccessQuestion& question);
};

} // namespace nacre
