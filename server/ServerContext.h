#pragma once

#include "audit/AuditLog.h"
#include "audit/SecurityLog.h"
#include "auth/Clock.h"
#include "auth/SignInThrottle.h"
#include "store/ApiKeyStore.h"
#include "store/Database.h"
#include "store/InvitationStore.h"
#include "store/MailQueueStore.h"
#include "store/MemberStore.h"
#include "store/PasswordResetStore.h"
#include "store/RecoveryCodeStore.h"
#include "store/RoleStore.h"
#include "store/SessionStore.h"
#include "store/UserStore.h"
#include "store/WorkspaceStore.h"

namespace nacre::server {

struct ServerOptions
{
    QString publicUrl; // base of links in mail; defaults to the listening address
    qint64 sessionLifetimeMs = 30LL * 24 * 3600 * 1000; // absolute cap on every session
    ThrottlePolicy throttle;
};

// What every route shares: the one database connection and its stores (the mail queue among them),
// the clock.
// Lives on the server thread.
struct ServerContext
{
    ServerContext(Database& database, Clock& serverClock, ServerOptions serverOptions)
        : db(database)
        , clock(serverClock)
        , options(std::move(serverOptions))
        , users(database)
        , sessions(database)
        , loginAttempts(database)
        , workspaces(database)
        , roles(database)
        , members(database)
        , invitations(database)
        , audit(database)
        , securityLog(database)
        , passwordResets(database)
        , addressMarks(database)
        , mailQueue(database)
        , apiKeys(database)
        , recoveryCodes(database)
    { }

    Database& db;
    Clock& clock;
    ServerOptions options;
    UserStore users;
    SessionStore sessions;
    LoginAttemptStore loginAttempts;
    WorkspaceStore workspaces;
    RoleStore roles;
    MemberStore members;
    InvitationStore invitations;
    AuditLog audit;
    SecurityLog securityLog;
    PasswordResetStore passwordResets;
    AddressMarkStore addressMarks;
    MailQueueStore mailQueue;
    ApiKeyStore apiKeys;
    RecoveryCodeStore recoveryCodes;
};

} // namespace nacre::server
