#pragma once

#include "permissions/AccessRules.h"
#include "store/Records.h"

namespace nacre::server {

using nacre::AccessDecision;
using nacre::Action;

// The server's side of the access rules: a request's rows, put as core's AccessQuestion, decided by
// the one set of rules in core (which the client also uses to enable commands).
struct AccessRequest
{
    AccessRequest(const MemberRecord& acting, Action requested)
        : actor(acting)
        , action(requested)
    { }
    // It keeps a reference: a temporary actor would dangle once the declaration ends.
    AccessRequest(MemberRecord&&, Action) = delete;

    const MemberRecord& actor;
    Action action;
    const MemberRecord* targetMember = nullptr;
    const RoleRecord* targetRole = nullptr;
    const RoleRecord* grantedRole = nullptr;
    std::optional<PermissionSet> grantedPermissions;
    int ownerCount = 0;
};

class AccessPolicy
{
public:
    static AccessDecision decide(const AccessRequest& request);
    static void enforce(const AccessRequest& request); // throws ApiError when refused, and logs it
    // Whether a problem code is one of the access rules' refusals (what metrics count as refused).
    static bool isRefusal(ProblemCode code);
};

} // namespace nacre::server
