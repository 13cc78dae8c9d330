#include "auth/ApiKeyAccess.h"

namespace nacre::server {

MemberRecord ApiKeyAccess::actorFor(const MemberRecord& creator, const ApiKeyRecord& key)
{
    MemberRecord actor = creator;
    actor.role.role.builtin = BuiltinRole::None;
    actor.role.role.permissions = key.permissions.intersected(creator.permissions());
    actor.actingKeyId = key.id;
    return actor;
}

} // namespace nacre::server
