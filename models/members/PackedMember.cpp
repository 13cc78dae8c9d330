#include "members/PackedMember.h"

namespace nacre::client {

namespace {

// toUtf8() reserves three bytes a character; a row kept for the session keeps only what it holds.
QByteArray compactUtf8(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    bytes.squeeze();
    return bytes;
}

} // namespace

PackedMember PackedMembers::pack(const Member& member, const QString& etag)
{
    PackedMember packed;
    packed.userId = compactUtf8(member.userId);
    packed.displayName = compactUtf8(member.displayName);
    packed.email = compactUtf8(member.email);
    packed.etag = etag.toLatin1();
    packed.joinedAt = member.joinedAt;
    packed.lastActiveAt = member.lastActiveAt;
    packed.role = intern(member.role);
    packed.twoFactorEnabled = member.twoFactorEnabled;
    return packed;
}

Member PackedMembers::unpack(const PackedMember& packed) const
{
    if (!packed.isLoaded())
        return {};
    Member member;
    member.userId = QString::fromUtf8(packed.userId);
    member.displayName = QString::fromUtf8(packed.displayName);
    member.email = QString::fromUtf8(packed.email);
    member.role = roleOf(packed);
    member.twoFactorEnabled = packed.twoFactorEnabled;
    member.joinedAt = packed.joinedAt;
    member.lastActiveAt = packed.lastActiveAt;
    return member;
}

qint32 PackedMembers::intern(const RoleRef& role)
{
    // A renamed role arrives under its old id with its new name: a new entry, so rows loaded
    // before the rename keep what they were loaded with until they are loaded again.
    for (qint32 i = qint32(m_roles.size()) - 1; i >= 0; --i) {
        if (m_roles.at(i) == role)
            return i;
    }
    m_roles.append(role);
    return qint32(m_roles.size()) - 1;
}

} // namespace nacre::client
