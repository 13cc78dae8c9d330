#pragma once

#include "permissions/Permission.h"
#include "validation/Result.h"

#include <QJsonArray>
#include <QStringList>

#include <initializer_list>

namespace nacre {

// A set of catalog permissions, as a role grants them. Cheap to copy and compare; the subset test is
// the heart of the no-escalation rule ("an actor grants only what they hold").
class PermissionSet
{
    Q_DECLARE_TR_FUNCTIONS(nacre::PermissionSet)

public:
    constexpr PermissionSet() = default;
    PermissionSet(std::initializer_list<Permission> permissions);

    static PermissionSet all();

    bool contains(Permission permission) const { return m_bits & bit(permission); }
    bool isEmpty() const { return m_bits == 0; }
    int count() const;

    void insert(Permission permission) { m_bits |= bit(permission); }
    void remove(Permission permission) { m_bits &= ~bit(permission); }

    bool isSubsetOf(const PermissionSet& other) const { return (m_bits & ~other.m_bits) == 0; }
    PermissionSet united(const PermissionSet& other) const { return fromBits(m_bits | other.m_bits); }
    PermissionSet intersected(const PermissionSet& other) const { return fromBits(m_bits & other.m_bits); }
    PermissionSet subtracted(const PermissionSet& other) const { return fromBits(m_bits & ~other.m_bits); }

    // In catalog order, so lists and JSON arrays are stable.
    QList<Permission> toList() const;
    QStringList toIds() const;
    QJsonArray toJson() const;

    // Every id must be in the catalog; unknown ids are reported one by one ("permissions[3]").
    // Repeated ids are harmless and folded.
    static Result<PermissionSet> fromIds(const QStringList& ids, const QString& field = QStringLiteral("permissions"));
    static Result<PermissionSet> fromJson(
        const QJsonValue& value, const QString& field = QStringLiteral("permissions"));

    friend bool operator==(const PermissionSet&, const PermissionSet&) = default;

private:
    static constexpr quint32 bit(Permission permission) { return quint32(1) << quint32(permission); }
    static PermissionSet fromBits(quint32 bits)
    {
        PermissionSet set;
        set.m_bits = bits;
        return set;
    }

    quint32 m_bits = 0;
};

} // namespace nacre
