#pragma once

#include "store/Records.h"

#include <QByteArray>

namespace nacre::server {

// Versions as ETags, and the If-Match rule every update follows: the client names the version it
// changes. A missing If-Match is 428; "*" is refused too (a blind overwrite is not a version);
// another version is 412 and changes nothing.
namespace Versions {

QByteArray etag(const char* kind, const QString& id, qint64 version);
QByteArray of(const WorkspaceRecord& workspace);
QByteArray of(const MemberRecord& member);
QByteArray of(const RoleRecord& role);
QByteArray of(const UserRecord& user);
void requireMatch(const QByteArray& ifMatch, const QByteArray& current);

} // namespace Versions

} // namespace nacre::server
