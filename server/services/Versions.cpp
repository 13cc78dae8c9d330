#include "services/Versions.h"

#include "http/ApiError.h"

using namespace Qt::StringLiterals;

namespace nacre::server::Versions {

QByteArray etag(const char* kind, const QString& id, qint64 version)
{
    return '"' + QByteArray(kind) + '-' + id.toLatin1() + "-v" + QByteArray::number(version) + '"';
}

QByteArray of(const WorkspaceRecord& workspace)
{
    return etag("ws", workspace.id, workspace.version);
}

QByteArray of(const MemberRecord& member)
{
    return etag("member", member.workspaceId + u':' + member.userId, member.version);
}

QByteArray of(const RoleRecord& role)
{
    return etag("role", role.role.id, role.version);
}

QByteArray of(const UserRecord& user)
{
    return etag("user", user.id, user.version);
}

void requireMatch(const QByteArray& ifMatch, const QByteArray& current)
{
    const QByteArray given = ifMatch.trimmed();
    if (given.isEmpty())
        throw ApiError::preconditionRequired();
    if (given == "*")
        throw ApiError::preconditionRequired().withMember(
            u"hint"_s, u"If-Match: * is not accepted: read the resource and send the ETag you saw."_s);
    for (const QByteArray& candidate : given.split(',')) {
        if (candidate.trimmed() == current)
            return;
    }
    throw ApiError::preconditionFailed();
}

} // namespace nacre::server::Versions
