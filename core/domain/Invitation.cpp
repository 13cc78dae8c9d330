#include "domain/Invitation.h"

#include "validation/EmailAddress.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject Invitation::toJson() const
{
    return QJsonObject {{u"id"_s, id}, {u"email"_s, email}, {u"role"_s, role.toJson()},
        {u"invitedBy"_s, invitedBy.toJson()}, {u"createdAt"_s, JsonReader::formatDateTime(createdAt)},
        {u"expiresAt"_s, JsonReader::formatDateTime(expiresAt)},
        {u"status"_s, InvitationStatusNames[std::size_t(status)].name},
        {u"delivery"_s, delivery.isNone() ? QJsonValue(QJsonValue::Null) : QJsonValue(delivery.toJson())}};
}

Result<Invitation> Invitation::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    Invitation invitation;
    invitation.id = reader.id(u"id"_s);
    invitation.email = reader.validatedString(u"email"_s, &EmailAddress::normalized);
    invitation.role = reader.nested(u"role"_s, &RoleRef::fromJson);
    invitation.invitedBy = reader.optionalNested(u"invitedBy"_s, &PersonRef::fromJson);
    invitation.createdAt = reader.dateTime(u"createdAt"_s);
    invitation.expiresAt = reader.dateTime(u"expiresAt"_s);
    invitation.status = reader.enumeration<InvitationStatus>(u"status"_s, InvitationStatusNames);
    invitation.delivery = reader.optionalNested(u"delivery"_s, &MailDelivery::fromJson);
    return reader.finish(std::move(invitation));
}

} // namespace nacre
