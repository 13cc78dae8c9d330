#include "policy/AccessPolicy.h"

#include "http/ApiError.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAccessPolicy, "nacre.server.access_policy")

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

Holder holder(const MemberRecord& member)
{
    return Holder {member.userId, member.role.role.builtin, member.permissions(), member.isApiKey()};
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

bool AccessPolicy::isRefusal(ProblemCode code)
{
    switch (code) {
    case ProblemCode::Forbidden:
    case ProblemCode::MissingPermission:
    case ProblemCode::Escalation:
    case ProblemCode::OwnerOnly:
    case ProblemCode::OwnRole:
    case ProblemCode::OwnMembership:
    case ProblemCode::BuiltinRole:
    case ProblemCode::LastOwner:
    case ProblemCode::TwoFactorRequired:
        return true;
    default:
        return false;
    }
}

void AccessPolicy::enforce(const AccessRequest& request)
{
    const AccessDecision decision = decide(request);
    if (decision.allowed)
        return;
    qCWarning(lcAccessPolicy).noquote() << QStringLiteral("refused workspace=%1 actor=%2 action=%3 code=%4")
                                               .arg(request.actor.workspaceId, request.actor.userId)
                                               .arg(int(request.action))
                                               .arg(ProblemCodes::name(decision.code));
    if (decision.code == ProblemCode::LastOwner)
        throw ApiError::conflict(decision.code, decision.reason);
    ApiError refusal = ApiError::forbidden(decision.code, decision.reason);
    if (decision.permission) // so a client can name it in its reader's language
        refusal.withMember(u"permission"_s, PermissionCatalog::id(*decision.permission));
    throw refusal;
}

} // namespace nacre::server
