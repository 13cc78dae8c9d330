#include "domain/ApiKey.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject ApiKey::toJson() const
{
    return QJsonObject {{u"id"_s, id}, {u"name"_s, name}, {u"prefix"_s, prefix},
        {u"permissions"_s, permissions.toJson()}, {u"createdBy"_s, createdBy.toJson()},
        {u"createdAt"_s, JsonReader::formatDateTime(createdAt)},
        {u"lastUsedAt"_s, JsonReader::dateTimeOrNull(lastUsedAt)},
        {u"lastUsedAddress"_s, JsonReader::stringOrNull(lastUsedAddress)},
        {u"expiresAt"_s, JsonReader::dateTimeOrNull(expiresAt)}};
}

Result<ApiKey> ApiKey::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    ApiKey key;
    key.id = reader.id(u"id"_s);
    key.name = reader.validatedString(u"name"_s, &NameRules::displayName);
    key.prefix = reader.string(u"prefix"_s);
    key.permissions = reader.permissions(u"permissions"_s);
    key.createdBy = reader.optionalNested(u"createdBy"_s, &PersonRef::fromJson);
    key.createdAt = reader.dateTime(u"createdAt"_s);
    key.lastUsedAt = reader.optionalDateTime(u"lastUsedAt"_s);
    key.lastUsedAddress = reader.optionalString(u"lastUsedAddress"_s);
    key.expiresAt = reader.optionalDateTime(u"expiresAt"_s);
    return reader.finish(std::move(key));
}

} // namespace nacre
