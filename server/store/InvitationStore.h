#pragma once

#include "domain/Invitation.h"
#include "store/Records.h"

#include <optional>

namespace nacre::server {

class Database;

struct InvitationRecord
{
    Invitation invitation;
    QString workspaceId;
    QString workspaceName;
    QString grantedById; // who vouches for the role: the inviter or whoever renewed it last; empty once gone
    qint64 acceptedAt = 0; // 0 unless accepted
};

class SqlQuery;

class InvitationStore
{
public:
    explicit InvitationStore(Database& database)
        : m_db(database)
    { }

    void insert(const InvitationRecord& record, const QString& tokenHash);
    std::optional<InvitationRecord> find(const QString& workspaceId, const QString& invitationId) const;
    std::optional<InvitationRecord> findByTokenHash(const QString& tokenHash) const;
    std::optional<InvitationRecord> findPending(const QString& workspaceId, const QString& email) const;
    // The invitation the address last accepted in the workspace: how a member came in.
    std::optional<InvitationRecord> findAccepted(const QString& workspaceId, const QString& email) const;
    // Pending and not past its expiry: an invitation the address can still accept.
    std::optional<InvitationRecord> findUsable(const QString& workspaceId, const QString& email, qint64 now) const;
    qint64 countOpen(const QString& workspaceId) const;
    // Where the newest mail of each invitation stands (absent: never mailed).
    QHash<QString, MailDelivery> deliveriesOf(
        const QStringList& invitationIds) const; // pending and expired: what listPending pages through
    QList<InvitationRecord> listPending(
        const QString& workspaceId, const QString& cursor, int limit, QString* nextCursor) const;
    void renew(const QString& invitationId, const QString& tokenHash, qint64 now, qint64 expiresAt,
        const QString& grantedById);
    void setStatus(const QString& invitationId, InvitationStatus status, qint64 now);
    // Open (pending or expired) invitations offering `fromRoleId` offer `toRoleId` instead.
    QList<InvitationRecord> openOffering(const QString& workspaceId, const QString& roleId) const;
    // The mover now vouches for the new role (granted_by), having passed the grant rules for it.
    int moveRole(
        const QString& workspaceId, const QString& fromRoleId, const QString& toRoleId, const QString& grantedById);
    // Pending invitations past their expiry become "expired"; returns how many.
    int expireDue(qint64 now);

private:
    QList<InvitationRecord> select(const QString& where, const QVariantList& values, int limit = -1) const;
    static MailDelivery deliveryFrom(const SqlQuery& query, int column);
    Database& m_db;
};

} // namespace nacre::server
