#pragma once

#include "api/ApiClient.h"
#include "domain/Invitation.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace nacre::client {

// A workspace's pending and expired invitations, newest first, for the Users page: who, which role,
// invited by whom, when, and how long until it expires ("expires in 2 days", kept current by a
// timer); expired ones are marked so a view can grey them. Paged from the server's cursor API
// (canFetchMore/fetchMore) with the server's total; invitations just sent are put on top without
// asking for the list again. Resend and revoke take several at once.
class InvitationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EmailColumn, RoleColumn, InvitedByColumn, SentColumn, MailColumn, ExpiresColumn, ColumnCount };
    enum ItemRole { InvitationIdRole = Qt::UserRole + 1, ExpiredRole, DeliveryStateRole };

    explicit InvitationListModel(ApiClient& api, QObject* parent = nullptr);

    void setWorkspace(const QString& workspaceId);
    QString workspaceId() const { return m_workspaceId; }
    void reload();
    const QList<Invitation>& invitations() const { return m_invitations; }
    qint64 total() const { return m_total; } // every open invitation, loaded or not
    bool isLoading() const { return m_loading; }
    // Entries of a page this build could not read: logged, counted, never silently dropped.
    int unreadable() const { return m_unreadable; }
    // Invitations a POST just created, newest first, on top of the list.
    void addCreated(const QList<Invitation>& created);
    static constexpr int PageSize = 200;
    static constexpr int DeliveryWatchMs = 3000;
    // What "now" is for expiry; the server's clock decides in the end, this only phrases it.
    void setNow(const QDateTime& now);

    using Done = std::function<void(int succeeded, const QList<ApiError>& failures)>;
    void resend(const QStringList& ids, QObject* context, Done done);
    void revoke(const QStringList& ids, QObject* context, Done done);
    // A new link for one invitation, not mailed (the mailed one stops working).
    void createLink(
        const QString& id, QObject* context, std::function<void(const QString& link, const ApiError& error)> done);

    static QString expiryText(const QDateTime& expiresAt, const QDateTime& now);
    // What the Mail column says about an invitation's newest mail, and its tooltip (with the reason).
    static QString deliveryText(const MailDelivery& delivery);
    static QString deliveryToolTip(const MailDelivery& delivery);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loaded();
    void totalChanged(qint64 total);
    void failed(const nacre::client::ApiError& error);

private:
    void loadPage(const QString& cursor);
    void setTotal(qint64 total);
    void forEach(const QByteArray& method, const QStringList& ids, const QString& suffix, QObject* context, Done done);
    QDateTime now() const;
    void watchDeliveries(); // starts the watch when a row's mail is still on its way
    void refreshDeliveries(); // the first page again, taking only each row's delivery

    ApiClient& m_api;
    QString m_workspaceId;
    QList<Invitation> m_invitations;
    QString m_nextCursor;
    qint64 m_total = 0;
    bool m_loading = false;
    int m_unreadable = 0;
    QTimer m_tick;
    QTimer m_deliveryWatch; // while a mail is queued or retrying: look again for its outcome
    QDateTime m_now;
    int m_generation = 0;
};

} // namespace nacre::client
