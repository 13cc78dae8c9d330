#include "domain/Member.h"

#include "validation/EmailAddress.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject Member::toJson() const
{
    return QJsonObject {{u"userId"_s, userId}, {u"displayName"_s, displayName}, {u"email"_s, email},
        {u"role"_s, role.toJson()}, {u"twoFactorEnabled"_s, twoFactorEnabled},
        {u"joinedAt"_s, JsonReader::formatDateTime(joinedAt)},
        {u"lastActiveAt"_s, JsonReader::dateTimeOrNull(lastActiveAt)}};
}

Result<Member> Member::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    Member member;
    member.userId = reader.id(u"userId"_s);
    member.displayName = reader.validatedString(u"displayName"_s, &NameRules::displayName);
    member.email = reader.validatedString(u"email"_s, &EmailAddress::normalized);
    member.role = reader.nested(u"role"_s, &RoleRef::fromJson);
    member.twoFactorEnabled = reader.boolean(u"twoFactorEnabled"_s);
    member.joinedAt = reader.dateTime(u"joinedAt"_s);
    member.lastActiveAt = reader.optionalDateTime(u"lastActiveAt"_s);
    return reader.finish(std::move(member));
}

} // namespace nacre
