#include "policy/AccessPolicy.h"

#include "http/ApiError.h"

namespace nacre::server {

namespace {

Holder holder(const MemberRecord& member)
{
    return Holder {member.userId, member.role.role.builtin, member.permissions()};
}

RoleGrant grant(const RoleRecord& role)
{
    return RoleGrant {role.role.name, role.role.builtin, role.role.permissions};
}

} // namespace

AccessDecision AccessPolicy::decide(const AccessRequest& request)
{
    AccessQuestion question(holder(request.actor), request.action);
    if (request.targetMember)
        question.targetMember = holder(*request.targetMember);
    if (request.targetRole)
        question.targetRole = grant(*request.targetRole);
    if (request.grantedRole)
        question.grantedRole = grant(*request.grantedRole);
    question.grantedPermissions = request.grantedPermissions;
    question.ownerCount = request.ownerCount;
    return AccessRules::decide(question);
}

void AccessPolicy::enforce(const AccessRequest& request)
{
    const AccessDecision decision = decide(request);
    if (decision.allowed)
        return;
    if (decision.status == 409)
        throw ApiError::conflict(decision.code, decision.reason);
    throw ApiError::forbidden(decision.code, decision.reason);
}

} // namespace nacre::server
