#pragma once

#include "domain/Member.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace nacre::client {

// One member as the member table keeps it, for lists of 100,000 rows: text as UTF-8, and the role
// as an index into the roles of the list (a workspace has a handful, its members share them).
// About 0.4 KiB a row where a Member and its etag take about 0.8 KiB.
struct PackedMember
{
    QByteArray userId;
    QByteArray displayName;
    QByteArray email;
    QByteArray etag;
    QDateTime joinedAt;
    QDateTime lastActiveAt; // invalid when the member has not been active yet
    qint32 role = -1; // -1: not loaded yet
    bool twoFactorEnabled = false;

    bool isLoaded() const { return role >= 0; }
};

// The roles the packed members of one list point at, each kept once.
class PackedMembers
{
public:
    PackedMember pack(const Member& member, const QString& etag);
    Member unpack(const PackedMember& packed) const;
    const RoleRef& roleOf(const PackedMember& packed) const { return m_roles.at(packed.role); }
    void clear() { m_roles.clear(); } // only with the rows that point here

private:
    qint32 intern(const RoleRef& role);

    QList<RoleRef> m_roles;
};

} // namespace nacre::client
