#pragma once

#include "invitations/InvitationListModel.h"
#include "permissions/AccessRules.h"

#include <QWidget>

class QTableView;

namespace nacre::ui {

class Command;
class EmptyState;
class Prompter;

// Workspace > Users > Invitations: pending and expired invitations (expired ones greyed, a live
// "expires in 2 days"), with the commands on the selection — resend, revoke, copy one invitation's
// link — and, when none are waiting, the page's invite command. The tab only lays out and passes on
// what is selected; each command owns its work.
class InvitationsTab : public QWidget
{
    Q_OBJECT

public:
    InvitationsTab(
        client::InvitationListModel& invitations, Prompter& prompter, Command& invite, QWidget* parent = nullptr);

    void setActor(const Holder& actor);
    QTableView* table() const { return m_table; }
    Command* resendCommand() const { return m_resend; }
    Command* revokeCommand() const { return m_revoke; }
    Command* copyLinkCommand() const { return m_copyLink; }

Q_SIGNALS:
    void statusMessage(const QString& message);
    void showInAuditLog(const QString& targetId, const QString& label);

private:
    void updateCommands();

    client::InvitationListModel& m_invitations;
    Holder m_actor;
    EmptyState* m_empty = nullptr;
    bool m_loaded = false; // the list was answered for the current workspace
    QTableView* m_table;
    Command* m_resend;
    Command* m_revoke;
    Command* m_copyLink;
};

} // namespace nacre::ui
