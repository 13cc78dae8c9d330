#pragma once

#include "services/Service.h"

namespace nacre::server {

struct MemberSession
{
    SessionRecord session;
    MemberRecord member;
};

// The sessions of a workspace's members, for those who manage its security (settings.advanced):
// listed, and ended one at a time or all of a member's at once. Sessions belong to accounts, not
// workspaces: ending one signs the person out of Nacre everywhere it was used, which is what an
// admin asks for when a laptop is lost. Only an Owner ends an Owner's sessions. Each end is in the
// workspace's audit log and in the person's own security log.
class WorkspaceSessionService : public Service
{
public:
    using Service::Service;

    QList<MemberSession> list(const WorkspaceScope& scope, const QString& userId) const;
    void endSession(const WorkspaceScope& scope, const QString& sessionId);
    int signOutMember(const WorkspaceScope& scope, const QString& userId); // how many sessions ended

private:
    // The member `userId` (none: unknown), checked like the action on them; 404 naming `what` when
    // they are not a member here.
    MemberRecord requireTarget(
        const WorkspaceScope& scope, const MemberRecord& actor, const QString& userId, const QString& what) const;
};

} // namespace nacre::server
