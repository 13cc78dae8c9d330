#include "invitations/InvitationListModel.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInvitations, "nacre.client.invitations")

namespace nacre::client {

InvitationListModel::InvitationListModel(ApiClient& api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    // The countdown column moves on its own; a minute is its finest step.
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_invitations.isEmpty())
            Q_EMIT dataChanged(index(0, ExpiresColumn), index(rowCount() - 1, ExpiresColumn));
    });
    m_tick.start();
    // A mail still on its way (queued, retrying) is looked at again until it is sent or failed, so
    // the Mail column changes without the person reloading. Rows keep their place and selection.
    m_deliveryWatch.setSingleShot(true);
    connect(&m_deliveryWatch, &QTimer::timeout, this, &InvitationListModel::refreshDeliveries);
    connect(this, &InvitationListModel::loaded, this, &InvitationListModel::watchDeliveries);
}

void InvitationListModel::watchDeliveries()
{
    // A queued mail is looked at again soon; one that waits for a retry, just after its next try.
    qint64 waitMs = -1;
    for (const Invitation& invitation : std::as_const(m_invitations)) {
        qint64 wait = -1;
        if (invitation.delivery.state == DeliveryState::Queued)
            wait = DeliveryWatchMs;
        else if (invitation.delivery.state == DeliveryState::Retrying)
            wait = std::clamp(QDateTime::currentDateTimeUtc().msecsTo(invitation.delivery.nextAttemptAt) + 1000,
                qint64(DeliveryWatchMs), qint64(5 * 60 * 1000));
        if (wait >= 0 && (waitMs < 0 || wait < waitMs))
            waitMs = wait;
    }
    if (waitMs >= 0 && !m_deliveryWatch.isActive())
        m_deliveryWatch.start(int(waitMs));
}

void InvitationListModel::refreshDeliveries()
{
    if (m_workspaceId.isEmpty())
        return;
    const int generation = m_generation;
    m_api.get(u"/api/v1/workspaces/%1/invitations?limit=%2"_s.arg(m_workspaceId).arg(PageSize), this,
        [this, generation](const ApiResult& result) {
            if (generation != m_generation || !result.ok())
                return; // a reload is on its way, or the server is away: the next load looks again
            QHash<QString, MailDelivery> deliveries;
            for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
                const auto invitation = Invitation::fromJson(value.toObject());
                if (invitation.isOk())
                    deliveries.insert(invitation.value().id, invitation.value().delivery);
            }
            for (int row = 0; row < m_invitations.size(); ++row) {
                Invitation& invitation = m_invitations[row];
                const auto found = deliveries.constFind(invitation.id);
                if (found == deliveries.cend() || *found == invitation.delivery)
                    continue;
                invitation.delivery = *found;
                Q_EMIT dataChanged(index(row, MailColumn), index(row, MailColumn));
            }
            watchDeliveries();
        });
}

QDateTime InvitationListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void InvitationListModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_invitations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void InvitationListModel::setWorkspace(const QString& workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    beginResetModel();
    m_invitations.clear();
    endResetModel();
    reload();
}

void InvitationListModel::reload()
{
    if (m_workspaceId.isEmpty())
        return;
    ++m_generation;
    loadPage({});
}

void InvitationListModel::loadPage(const QString& cursor)
{
    const int generation = m_generation;
    m_loading = true;
    QString path = u"/api/v1/workspaces/%1/invitations?limit=%2"_s.arg(m_workspaceId).arg(PageSize);
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_api.get(path, this, [this, generation, first = cursor.isEmpty()](const ApiResult& result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        QList<Invitation> page;
        for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
            const auto invitation = Invitation::fromJson(value.toObject());
            if (invitation.isOk()) {
                page.append(invitation.value());
            } else {
                ++m_unreadable;
                qCWarning(lcInvitations).noquote() << "unreadable invitation skipped:" << invitation.error().message;
            }
        }
        m_nextCursor = result.object().value(u"nextCursor"_s).toString();
        if (first) {
            beginResetModel(); // a fresh first page: the list as it stands now
            m_invitations = page;
            endResetModel();
            setTotal(result.object().value(u"total"_s).toInteger(page.size()));
        } else if (!page.isEmpty()) {
            beginInsertRows({}, int(m_invitations.size()), int(m_invitations.size() + page.size() - 1));
            m_invitations.append(page);
            endInsertRows();
        }
        Q_EMIT loaded();
    });
}

bool InvitationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_nextCursor.isEmpty();
}

void InvitationListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        loadPage(m_nextCursor);
}

void InvitationListModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

void InvitationListModel::addCreated(const QList<Invitation>& created)
{
    if (created.isEmpty())
        return;
    beginInsertRows({}, 0, int(created.size()) - 1);
    m_invitations = created + m_invitations;
    endInsertRows();
    setTotal(m_total + created.size());
    Q_EMIT loaded();
}

QString InvitationListModel::expiryText(const QDateTime& expiresAt, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds <= 0)
        return tr("Expired");
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days >= 1)
        return tr("Expires in %n day(s)", nullptr, int(days));
    if (hours >= 1)
        return tr("Expires in %n hour(s)", nullptr, int(hours));
    return tr("Expires in %n minute(s)", nullptr, int(qMax<qint64>(1, minutes)));
}

void InvitationListModel::forEach(
    const QByteArray& method, const QStringList& ids, const QString& suffix, QObject* context, Done done)
{
    // One request per invitation, answered together: a refused one does not stop the others.
    struct Batch
    {
        int pending = 0;
        int succeeded = 0;
        QList<ApiError> failures;
        Done done;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = int(ids.size());
    batch->done = std::move(done);
    if (ids.isEmpty()) {
        batch->done(0, {});
        return;
    }
    for (const QString& id : ids) {
        m_api.send(method, u"/api/v1/workspaces/%1/invitations/%2%3"_s.arg(m_workspaceId, id, suffix),
            method == "POST" ? QJsonValue(QJsonObject {}) : QJsonValue(QJsonValue::Undefined), context,
            [this, batch](const ApiResult& result) {
                if (result.ok())
                    ++batch->succeeded;
                else
                    batch->failures.append(result.error);
                if (--batch->pending == 0) {
                    reload();
                    batch->done(batch->succeeded, batch->failures);
                }
            });
    }
}

void InvitationListModel::resend(const QStringList& ids, QObject* context, Done done)
{
    forEach("POST", ids, u"/resend"_s, context, std::move(done));
}

void InvitationListModel::revoke(const QStringList& ids, QObject* context, Done done)
{
    forEach("DELETE", ids, QString(), context, std::move(done));
}

void InvitationListModel::createLink(
    const QString& id, QObject* context, std::function<void(const QString& link, const ApiError& error)> done)
{
    m_api.send("POST", u"/api/v1/workspaces/%1/invitations/%2/link"_s.arg(m_workspaceId, id), QJsonObject {}, context,
        [this, done = std::move(done)](const ApiResult& result) {
            if (result.ok())
                reload(); // a new expiry
            done(result.object().value(u"link"_s).toString(), result.error);
        });
}

int InvitationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_invitations.size());
}

int InvitationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvitationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitation& invitation = m_invitations.at(index.row());
    const bool expired = invitation.isExpiredAt(now());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EmailColumn:
            return invitation.email;
        case RoleColumn:
            return invitation.role.displayName();
        case InvitedByColumn:
            return invitation.invitedBy.isNull() ? tr("(former member)") : invitation.invitedBy.name;
        case SentColumn:
            return QLocale().toString(invitation.createdAt.toLocalTime(), QLocale::ShortFormat);
        case MailColumn:
            return deliveryText(invitation.delivery);
        case ExpiresColumn:
            return expiryText(invitation.expiresAt, now());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MailColumn)
            return deliveryToolTip(invitation.delivery);
        return expired
            ? tr("Expired: resend it to give a new link valid for %n day(s).", nullptr, Invitation::ValidityDays)
            : tr("Expires %1").arg(QLocale().toString(invitation.expiresAt.toLocalTime(), QLocale::LongFormat));
    case InvitationIdRole:
        return invitation.id;
    case ExpiredRole:
        return expired;
    case DeliveryStateRole:
        return int(invitation.delivery.state);
    default:
        break;
    }
    return {};
}

QString InvitationListModel::deliveryText(const MailDelivery& delivery)
{
    switch (delivery.state) {
    case DeliveryState::None:
        return tr("Not mailed");
    case DeliveryState::Queued:
        return tr("Queued");
    case DeliveryState::Sent:
        return tr("Sent");
    case DeliveryState::Retrying:
        return tr("Retrying");
    case DeliveryState::Failed:
        return tr("Failed");
    }
    return {};
}

QString InvitationListModel::deliveryToolTip(const MailDelivery& delivery)
{
    const auto at = [](const QDateTime& time) {
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    switch (delivery.state) {
    case DeliveryState::None:
        return tr("No mail was sent for this invitation: its link was handed over another way.");
    case DeliveryState::Queued:
        return tr("Waiting to be sent.");
    case DeliveryState::Sent:
        return tr("Handed to the mail server on %1.").arg(at(delivery.updatedAt));
    case DeliveryState::Retrying:
        return tr("Not sent yet (%Ln attempt(s)): %1. Next try at %2.", nullptr, delivery.attempts)
            .arg(delivery.reason, at(delivery.nextAttemptAt));
    case DeliveryState::Failed:
        return tr("Not delivered: %1. Fix the address or the mail server, then resend the invitation.")
            .arg(delivery.reason);
    }
    return {};
}

QVariant InvitationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case InvitedByColumn:
        return tr("Invited by");
    case SentColumn:
        return tr("Invited");
    case MailColumn:
        return tr("Mail");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

} // namespace nacre::client
