#include "services/WorkspaceService.h"

#include "ServerContext.h"
#include "http/ApiError.h"
#include "policy/AccessPolicy.h"
#include "services/Versions.h"
#include "services/WorkspaceFactory.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspaces, "nacre.server.workspaces")

namespace nacre::server {

WorkspaceSettings SettingsPatch::appliedTo(WorkspaceSettings settings) const
{
    settings.name = name.value_or(settings.name);
    settings.billingEmail = billingEmail.value_or(settings.billingEmail);
    settings.notificationsEmail = notificationsEmail.value_or(settings.notificationsEmail);
    settings.newsletter = newsletter.value_or(settings.newsletter);
    settings.sessionTimeoutMinutes = sessionTimeoutMinutes.value_or(settings.sessionTimeoutMinutes);
    settings.publicRecordings = publicRecordings.value_or(settings.publicRecordings);
    settings.requireTwoFactor = requireTwoFactor.value_or(settings.requireTwoFactor);
    settings.defaultRoleId = defaultRoleId.value_or(settings.defaultRoleId);
    return settings;
}

WorkspaceListPage WorkspaceService::listFor(const AuthContext& auth, const QString& cursor, int limit) const
{
    const QList<Workspace> all = m_context.workspaces.listForUser(auth.user.id);
    // Few per account: paged in memory, the cursor being the index of the next item.
    bool ok = cursor.isEmpty();
    const qsizetype start = cursor.isEmpty() ? 0 : cursor.toLongLong(&ok);
    if (!ok || start < 0 || start > all.size())
        throw ApiError::validation(FieldError {u"cursor"_s, QString::fromLatin1(ErrorCode::InvalidFormat),
            u"This cursor is not one this server gave out."_s});
    WorkspaceListPage page;
    page.items = all.mid(start, limit);
    const qsizetype next = start + page.items.size();
    page.nextCursor = next < all.size() ? QString::number(next) : QString();
    page.total = all.size();
    return page;
}

QString WorkspaceService::create(const AuthContext& auth, const QString& name)
{
    Transaction transaction(m_context.db);
    const WorkspaceRecord created = WorkspaceFactory::create(m_context, name, auth.user, auth.origin.address);
    transaction.commit();
    return created.id;
}

WorkspaceRecord WorkspaceService::get(const WorkspaceScope& scope) const
{
    AccessPolicy::enforce({scope.actor, Action::ReadWorkspace});
    return scope.workspace;
}

WorkspaceRecord WorkspaceService::updateSettings(
    const WorkspaceScope& scope, const SettingsPatch& patch, const QByteArray& ifMatch)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    if (patch.touchesGeneral())
        AccessPolicy::enforce({actor, Action::EditGeneralSettings});
    if (patch.touchesAdvanced())
        AccessPolicy::enforce({actor, Action::EditAdvancedSettings});
    if (!patch.touchesGeneral() && !patch.touchesAdvanced()
        && !AccessPolicy::decide({actor, Action::EditAdvancedSettings}).allowed)
        AccessPolicy::enforce({actor, Action::EditGeneralSettings}); // an empty change needs one of them
    const auto current = m_context.workspaces.find(scope.workspace.id);
    if (!current)
        throw ApiError::notFound(u"workspace"_s);
    Versions::requireMatch(ifMatch, Versions::of(*current));

    const WorkspaceSettings settings = patch.appliedTo(current->settings);
    if (settings.requireTwoFactor && !current->settings.requireTwoFactor && !scope.auth.user.twoFactorEnabled)
        throw ApiError::conflict(ProblemCode::TwoFactorNeededFirst,
            u"Turn on two-factor sign-in for your own account first (under Security), so the requirement "
            "does not lock you out."_s);
    if (settings.defaultRoleId != current->settings.defaultRoleId) {
        // Choosing what every invitation gives is giving it: the same grant rules as inviting with
        // that role, and never Owner (making someone Owner is always a deliberate act).
        const RoleRecord role = requireRoleForField(scope, settings.defaultRoleId, u"defaultRoleId"_s);
        if (role.role.builtin == BuiltinRole::Owner)
            throw ApiError::validation(FieldError {u"defaultRoleId"_s, QString::fromLatin1(ErrorCode::NotAllowed),
                u"Invitations cannot give the Owner role by default. Choose another role."_s});
        AccessRequest access {actor, Action::Invite};
        access.grantedRole = &role;
        AccessPolicy::enforce(access);
    }
    QJsonObject before;
    const QJsonObject after = WorkspaceSettings::changes(current->settings, settings, &before);
    if (after.isEmpty())
        return *current; // nothing changes: neither the version nor the audit log
    if (!m_context.workspaces.updateSettings(scope.workspace.id, settings, current->version))
        throw ApiError::preconditionFailed();
    audit(scope,
        {.type = AuditEventType::WorkspaceSettingsUpdated,
            .targetType = u"workspace"_s,
            .targetId = scope.workspace.id,
            .before = before,
            .after = after});
    const auto updated = m_context.workspaces.find(scope.workspace.id);
    transaction.commit();
    return *updated;
}

void WorkspaceService::remove(const WorkspaceScope& scope, const QString& confirmName)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    AccessPolicy::enforce({actor, Action::DeleteWorkspace});
    if (confirmName != scope.workspace.settings.name)
        throw ApiError::validation(FieldError {u"confirmName"_s, QString::fromLatin1(ErrorCode::ConfirmationMismatch),
            u"Type the workspace's exact name to delete it."_s});
    const int members = int(m_context.members.list(scope.workspace.id, MemberQuery {.limit = 1}).total);
    m_context.workspaces.remove(scope.workspace.id);
    m_context.securityLog.recordWorkspaceDeletion({.workspaceId = scope.workspace.id,
                                                      .name = scope.workspace.settings.name,
                                                      .deletedBy = scope.auth.person(),
                                                      .memberCount = members,
                                                      .address = scope.auth.origin.address},
        now());
    m_context.securityLog.record(scope.auth.user.id, SecurityEventType::WorkspaceDeleted, scope.auth.origin,
        QJsonObject {{u"workspaceId"_s, scope.workspace.id}, {u"name"_s, scope.workspace.settings.name},
            {u"members"_s, members}},
        now());
    transaction.commit();
    qCWarning(lcWorkspaces).noquote() << "workspace" << scope.workspace.id << "deleted by" << scope.auth.user.id
                                      << "from" << scope.auth.origin.address;
}

} // namespace nacre::server
