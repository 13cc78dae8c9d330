#include "domain/UserProfile.h"

#include "json/JsonReader.h"
#include "validation/EmailAddress.h"
#include "validation/LocaleRules.h"
#include "validation/NameRules.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject UserProfile::toJson() const
{
    return QJsonObject {{u"id"_s, id}, {u"email"_s, email}, {u"displayName"_s, displayName}, {u"locale"_s, locale},
        {u"timeZone"_s, timeZone}, {u"twoFactorEnabled"_s, twoFactorEnabled},
        {u"createdAt"_s, JsonReader::formatDateTime(createdAt)}};
}

Result<UserProfile> UserProfile::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    UserProfile profile;
    profile.id = reader.id(u"id"_s);
    profile.email = reader.validatedString(u"email"_s, &EmailAddress::normalized);
    profile.displayName = reader.validatedString(u"displayName"_s, &NameRules::displayName);
    profile.locale = reader.validatedString(u"locale"_s, &LocaleRules::locale);
    profile.timeZone = reader.validatedString(u"timeZone"_s, &LocaleRules::timeZone);
    profile.twoFactorEnabled = reader.boolean(u"twoFactorEnabled"_s);
    profile.createdAt = reader.dateTime(u"createdAt"_s);
    return reader.finish(std::move(profile));
}

} // namespace nacre
