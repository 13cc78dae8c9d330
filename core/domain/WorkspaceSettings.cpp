#include "domain/WorkspaceSettings.h"

#include "json/JsonReader.h"
#include "validation/EmailAddress.h"
#include "validation/NameRules.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject WorkspaceSettings::toJson() const
{
    return QJsonObject {{u"name"_s, name},
        {u"billingEmail"_s, JsonReader::stringOrNull(billingEmail.isEmpty() ? QString() : billingEmail)},
        {u"notificationsEmail"_s,
            JsonReader::stringOrNull(notificationsEmail.isEmpty() ? QString() : notificationsEmail)},
        {u"newsletter"_s, newsletter}, {u"sessionTimeoutMinutes"_s, sessionTimeoutMinutes},
        {u"publicRecordings"_s, publicRecordings}, {u"requireTwoFactor"_s, requireTwoFactor},
        {u"defaultRoleId"_s, JsonReader::stringOrNull(defaultRoleId)}};
}

Result<WorkspaceSettings> WorkspaceSettings::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    WorkspaceSettings settings;
    settings.name = reader.validatedString(u"name"_s, &NameRules::workspaceName);
    settings.billingEmail = reader.optionalValidatedString(u"billingEmail"_s, &EmailAddress::normalized);
    settings.notificationsEmail = reader.optionalValidatedString(u"notificationsEmail"_s, &EmailAddress::normalized);
    settings.newsletter = reader.boolean(u"newsletter"_s);
    settings.sessionTimeoutMinutes = reader.validatedInteger(
        u"sessionTimeoutMinutes"_s, &SessionTimeout::validated, SessionTimeout::DefaultMinutes);
    settings.publicRecordings = reader.boolean(u"publicRecordings"_s);
    settings.requireTwoFactor = reader.boolean(u"requireTwoFactor"_s);
    settings.defaultRoleId = reader.optionalId(u"defaultRoleId"_s);
    return reader.finish(std::move(settings));
}

QJsonObject WorkspaceSettings::changes(
    const WorkspaceSettings& from, const WorkspaceSettings& to, QJsonObject* previous)
{
    const QJsonObject before = from.toJson();
    const QJsonObject after = to.toJson();
    QJsonObject changed;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        changed.insert(it.key(), it.value());
        if (previous)
            previous->insert(it.key(), before.value(it.key()));
    }
    return changed;
}

} // namespace nacre
