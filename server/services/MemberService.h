#pragma once

#include "domain/MemberDetails.h"
#include "services/Service.h"
#include "store/MemberStore.h"

namespace nacre::server {

// Members of a workspace: list, read, change a role, remove, leave. Each change checks the access
// rules against the actor's membership as it stands inside the change's transaction.
class MemberService : public Service
{
public:
    using Service::Service;

    MemberPage list(const WorkspaceScope& scope, const MemberQuery& query) const;
    MemberRecord get(const WorkspaceScope& scope, const QString& userId) const; // one's own needs no permission
    MemberDetails details(const WorkspaceScope& scope, const MemberRecord& member) const; // after get()
    MemberRecord changeRole(
        const WorkspaceScope& scope, const QString& userId, const QString& roleId, const QByteArray& ifMatch);
    void remove(const WorkspaceScope& scope, const QString& userId);
    void leave(const WorkspaceScope& scope);

private:
    MemberRecord requireMember(const WorkspaceScope& scope, const QString& userId) const;
};

} // namespace nacre::server
