#pragma once

#include "api/ApiClient.h"
#include "domain/Invitation.h"
#include "protocol/InviteOutcome.h"

#include <QObject>

namespace nacre::client {

// What the Invite User dialog holds while it is being filled: the addresses found in whatever was
// pasted or imported, each as a chip that says at once whether it will be invited, and why not.
// Parsing is local (core's EmailListParser); "already a member" and "already invited" come from the
// server's dry run, so the answer is the one sending would get.
class InviteDraft : public QObject
{
    Q_OBJECT

public:
    enum class ChipState { Checking, WillInvite, Invalid, AlreadyMember, AlreadyInvited };

    struct Chip
    {
        QString input;
        QString address; // empty when invalid
        QString displayName;
        ChipState state = ChipState::Checking;
        QString reason; // why not, for Invalid
        int occurrences = 1; // > 1: the address was given more than once and is folded into one chip
    };

    struct Result
    {
        QString input;
        QString email;
        InviteOutcome outcome = InviteOutcome::Invalid;
        QString reason;
        std::optional<Invitation> created; // the invitation made (outcome Invited, when sent)
    };

    explicit InviteDraft(ApiClient& api, QObject* parent = nullptr);

    void setWorkspace(const QString& workspaceId) { m_workspaceId = workspaceId; }
    void setRole(const QString& roleId);
    QString roleId() const { return m_roleId; }

    // Replaces the addresses with those found in `text` (any common form) and checks them.
    void setText(const QString& text);
    // Adds the addresses of a CSV file's cells (any column that holds email addresses).
    void addCsv(const QString& csv);
    void remove(int index);

    const QList<Chip>& chips() const { return m_chips; }
    int invitableCount() const;
    bool isChecking() const;

    void send(QObject* context, std::function<void(const QList<Result>&, const ApiError&)> done);
    // The server's per-address answers (POST …/invitations), keyed by normalized address.
    static QHash<QString, Result> resultsByEmail(const QJsonObject& answer);

    // Why the last check was refused (the role is one the actor may not give, say); empty when fine.
    const ApiError& checkError() const { return m_checkError; }

Q_SIGNALS:
    void chipsChanged();
    void checkFailed(const nacre::client::ApiError& error);

private:
    void rebuild(const QString& text);
    void check();
    QJsonArray addresses() const;

    ApiClient& m_api;
    QString m_workspaceId;
    QString m_roleId;
    QString m_text;
    QList<Chip> m_chips;
    int m_generation = 0;
    ApiError m_checkError;
};

} // namespace nacre::client
