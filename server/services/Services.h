#pragma once

#include "services/AccountService.h"
#include "services/ApiKeyService.h"
#include "services/AuditService.h"
#include "services/InvitationService.h"
#include "services/MemberService.h"
#include "services/PasswordResetService.h"
#include "services/RoleService.h"
#include "services/SignInService.h"
#include "services/TwoFactorService.h"
#include "services/WorkspaceService.h"
#include "services/WorkspaceSessionService.h"

namespace nacre::server {

// Answers /healthz: the database is reachable (or this throws, which is a 500).
class HealthService : public Service
{
public:
    using Service::Service;
    void check() const;
};

// Every domain operation nacred offers, one service per resource. Routes reach the domain only
// through these (they hold no ServerContext), so each rule lives in one place.
struct Services
{
    Services(ServerContext& context, Authenticator& authenticator, const InvitationMail& invitationMail,
        const PasswordResetMail& resetMail)
        : health(context)
        , signIn(context, authenticator)
        , passwordResets(context, resetMail)
        , accounts(context)
        , twoFactor(context)
        , workspaces(context)
        , members(context)
        , roles(context)
        , invitations(context, authenticator, invitationMail)
        , audit(context)
        , apiKeys(context)
        , workspaceSessions(context)
    { }

    HealthService health;
    SignInService signIn;
    PasswordResetService passwordResets;
    AccountService accounts;
    TwoFactorService twoFactor;
    WorkspaceService workspaces;
    MemberService members;
    RoleService roles;
    InvitationService invitations;
    AuditService audit;
    ApiKeyService apiKeys;
    WorkspaceSessionService workspaceSessions;
};

} // namespace nacre::server
