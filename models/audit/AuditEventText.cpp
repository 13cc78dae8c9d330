#include "audit/AuditEventText.h"

#include "permissions/Permission.h"
#include "permissions/PermissionSet.h"
#include "protocol/EventType.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nacre::client {

namespace {

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        //: An audit event's value that was empty or absent, as in "default role: (none) → Support".
        return AuditEventText::tr("(none)");
    case QJsonValue::Bool:
        //: A yes/no setting's value in an audit event, as in "newsletter: off → on".
        return value.toBool() ? AuditEventText::tr("on") : AuditEventText::tr("off");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(valueText(item));
        return items.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// A field of an event's before/after record, as the reader says it; a field this build does not know
// (from a newer server) by its stored name.
QString fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels {
        {u"name"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "name")},
        {u"plan"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "plan")},
        {u"email"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "email")},
        {u"role"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "role")},
        {u"permissions"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "permissions")},
        //: An API key's prefix: the first characters of its secret, shown to tell keys apart.
        {u"prefix"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "prefix")},
        {u"expiresAt"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "expires")},
        {u"sessionId"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "session")},
        {u"address"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "address")},
        {u"client"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "application")},
        {u"sessionsEnded"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "sessions ended")},
        {u"membersMovedTo"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "members moved to")},
        {u"membersMoved"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "members moved")},
        {u"invitationsMoved"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "invitations moved")},
        {u"billingEmail"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "billing email")},
        {u"notificationsEmail"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "notifications email")},
        {u"newsletter"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "newsletter")},
        {u"sessionTimeoutMinutes"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "session timeout (minutes)")},
        {u"publicRecordings"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "public recordings")},
        {u"requireTwoFactor"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "two-factor sign-in required")},
        {u"defaultRoleId"_s, QT_TRANSLATE_NOOP("nacre::client::AuditEventText", "default role")},
    };
    const char* label = labels.value(key);
    return label ? AuditEventText::tr(label) : key;
}

// A field's value as the reader says it: permissions by their catalog labels, yes/no in words.
QString fieldValue(const QString& key, const QJsonValue& value)
{
    if (key == u"permissions"_s && value.isArray()) {
        if (const auto permissions = PermissionSet::fromJson(value); permissions.isOk())
            return PermissionCatalog::labels(permissions.value()).join(u", "_s);
    }
    return valueText(value);
}

// The name the event's own record gives its target, before or after the change.
QString targetName(const AuditEvent& event)
{
    for (const QString& key : {u"name"_s, u"displayName"_s, u"email"_s}) {
        for (const QJsonObject& side : {event.after, event.before}) {
            if (const QString text = side.value(key).toString(); !text.isEmpty())
                return text;
        }
    }
    return {};
}

} // namespace

QList<AuditEventText::Group> AuditEventText::groups()
{
    return {
        {u"workspace"_s, tr("Workspace"), {u"workspace.created"_s, u"workspace.settings_updated"_s}},
        {u"members"_s, tr("Members"),
            {u"member.role_changed"_s, u"member.removed"_s, u"member.left"_s, u"member.session_ended"_s,
                u"member.signed_out"_s}},
        {u"invitations"_s, tr("Invitations"),
            {u"invitation.created"_s, u"invitation.resent"_s, u"invitation.link_created"_s, u"invitation.revoked"_s,
                u"invitation.accepted"_s, u"invitation.role_changed"_s}},
        {u"roles"_s, tr("Roles"), {u"role.created"_s, u"role.updated"_s, u"role.deleted"_s}},
        {u"api_keys"_s, tr("API keys"), {u"api_key.created"_s, u"api_key.revoked"_s}},
    };
}

QString AuditEventText::typeLabel(const QString& type)
{
    const auto known = EventTypes::auditFromName(type);
    if (!known)
        return type;
    switch (*known) {
    case AuditEventType::WorkspaceCreated:
        return tr("Workspace created");
    case AuditEventType::WorkspaceSettingsUpdated:
        return tr("Settings changed");
    case AuditEventType::MemberRoleChanged:
        return tr("Role changed");
    case AuditEventType::MemberRemoved:
        return tr("Member removed");
    case AuditEventType::MemberLeft:
        return tr("Member left");
    case AuditEventType::InvitationCreated:
        return tr("Invitation sent");
    case AuditEventType::InvitationResent:
        return tr("Invitation resent");
    case AuditEventType::InvitationLinkCreated:
        return tr("Invitation link made");
    case AuditEventType::InvitationRevoked:
        return tr("Invitation revoked");
    case AuditEventType::InvitationAccepted:
        return tr("Invitation accepted");
    case AuditEventType::InvitationRoleChanged:
        return tr("Invitation's role changed");
    case AuditEventType::RoleCreated:
        return tr("Role created");
    case AuditEventType::RoleUpdated:
        return tr("Role edited");
    case AuditEventType::RoleDeleted:
        return tr("Role deleted");
    case AuditEventType::ApiKeyCreated:
        return tr("API key created");
    case AuditEventType::ApiKeyRevoked:
        return tr("API key revoked");
    case AuditEventType::MemberSessionEnded:
        return tr("Member's session ended");
    case AuditEventType::MemberSignedOut:
        return tr("Member signed out everywhere");
    }
    return type;
}

QString AuditEventText::who(const AuditEvent& event)
{
    switch (event.actorKind) {
    case AuditActorKind::System:
        return tr("System");
    case AuditActorKind::ApiKey:
        return tr("API key \u201c%1\u201d").arg(event.actor.name);
    case AuditActorKind::Member:
        break;
    }
    return event.actorEmail.isEmpty() ? event.actor.name : u"%1 <%2>"_s.arg(event.actor.name, event.actorEmail);
}

QString AuditEventText::target(const AuditEvent& event)
{
    const QString name = targetName(event);
    const QString shown = name.isEmpty() ? event.targetId.left(8) : name;
    if (event.targetType == u"member"_s)
        return tr("Member %1").arg(shown);
    if (event.targetType == u"role"_s)
        return tr("Role \u201c%1\u201d").arg(shown);
    if (event.targetType == u"invitation"_s)
        return tr("Invitation for %1").arg(shown);
    if (event.targetType == u"api_key"_s)
        return tr("API key \u201c%1\u201d").arg(shown);
    if (event.targetType == u"workspace"_s)
        return tr("Workspace \u201c%1\u201d").arg(shown);
    return shown;
}

QString AuditEventText::details(const AuditEvent& event)
{
    QStringList keys = event.before.keys();
    for (const QString& key : event.after.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QStringList parts;
    for (const QString& key : std::as_const(keys)) {
        const bool hadBefore = event.before.contains(key);
        const bool hasAfter = event.after.contains(key);
        const QString label = fieldLabel(key);
        if (hadBefore && hasAfter)
            parts.append(u"%1: %2 \u2192 %3"_s.arg(
                label, fieldValue(key, event.before.value(key)), fieldValue(key, event.after.value(key))));
        else if (hasAfter)
            parts.append(u"%1: %2"_s.arg(label, fieldValue(key, event.after.value(key))));
        else
            parts.append(u"%1: %2 \u2192 \u2014"_s.arg(label, fieldValue(key, event.before.value(key))));
    }
    return parts.join(u"; "_s);
}

} // namespace nacre::client
