#include "domain/MemberDetails.h"

using namespace Qt::StringLiterals;

namespace nacre {

Result<MemberDetails::Invitation> MemberDetails::Invitation::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    Invitation invitation;
    invitation.invitedBy = reader.optionalNested(u"invitedBy"_s, &PersonRef::fromJson);
    invitation.invitedAt = reader.dateTime(u"invitedAt"_s);
    invitation.acceptedAt = reader.optionalDateTime(u"acceptedAt"_s);
    return reader.finish(std::move(invitation));
}

QJsonObject MemberDetails::toJson() const
{
    QJsonValue invitationJson = QJsonValue::Null;
    if (invitation) {
        invitationJson = QJsonObject {{u"invitedBy"_s, invitation->invitedBy.toJson()},
            {u"invitedAt"_s, JsonReader::formatDateTime(invitation->invitedAt)},
            {u"acceptedAt"_s, JsonReader::dateTimeOrNull(invitation->acceptedAt)}};
    }
    return QJsonObject {{u"invitation"_s, invitationJson}, {u"activeSessions"_s, activeSessions}};
}

Result<MemberDetails> MemberDetails::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    MemberDetails details;
    const Invitation invitation = reader.optionalNested(u"invitation"_s, &Invitation::fromJson);
    if (object.value(u"invitation"_s).isObject())
        details.invitation = invitation;
    details.activeSessions = int(reader.integer(u"activeSessions"_s, 0, 1'000'000));
    return reader.finish(std::move(details));
}

} // namespace nacre
