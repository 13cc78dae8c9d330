#include "permissions/PermissionSet.h"

#include <bit>

using namespace Qt::StringLiterals;

namespace nacre {

PermissionSet::PermissionSet(std::initializer_list<Permission> permissions)
{
    for (const Permission permission : permissions)
        insert(permission);
}

PermissionSet PermissionSet::all()
{
    return fromBits((quint32(1) << PermissionCatalog::Count) - 1);
}

int PermissionSet::count() const
{
    return std::popcount(m_bits);
}

QList<Permission> PermissionSet::toList() const
{
    QList<Permission> result;
    for (const PermissionInfo& info : PermissionCatalog::all()) {
        if (contains(info.permission))
            result.append(info.permission);
    }
    return result;
}

QStringList PermissionSet::toIds() const
{
    QStringList ids;
    for (const Permission permission : toList())
        ids.append(PermissionCatalog::id(permission));
    return ids;
}

QJsonArray PermissionSet::toJson() const
{
    return QJsonArray::fromStringList(toIds());
}

Result<PermissionSet> PermissionSet::fromIds(const QStringList& ids, const QString& field)
{
    PermissionSet set;
    FieldErrors errors;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (const auto permission = PermissionCatalog::fromId(ids[i]))
            set.insert(*permission);
        else
            errors.append(FieldError {u"%1[%2]"_s.arg(field).arg(i), QString::fromLatin1(ErrorCode::UnknownPermission),
                tr("\u201c%1\u201d is not a known permission.").arg(ids[i])});
    }
    if (!errors.isEmpty())
        return errors;
    return set;
}

Result<PermissionSet> PermissionSet::fromJson(const QJsonValue& value, const QString& field)
{
    if (!value.isArray())
        return FieldError {field, QString::fromLatin1(ErrorCode::WrongType), tr("Expected a list of permission ids.")};
    QStringList ids;
    FieldErrors errors;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array[i].isString())
            ids.append(array[i].toString());
        else
            errors.append(FieldError {u"%1[%2]"_s.arg(field).arg(i), QString::fromLatin1(ErrorCode::WrongType),
                tr("Expected a permission id (a string).")});
    }
    if (!errors.isEmpty())
        return errors;
    return fromIds(ids, field);
}

} // namespace nacre
