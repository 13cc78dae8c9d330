#pragma once

#include "invitations/InvitationListModel.h"
#include "permissions/AccessRules.h"

#include <QWidget>

class QTableView;

namespace nacre::ui {

class Command;
class Prompter;

// Workspace > Users > Invitations: pending and expired invitations (expired ones greyed, a live
// "expires in 2 days"), resend and revoke one or many, and copy one invitation's link to hand over
// another way. Revoking asks first; so does copying a link, since it replaces the mailed one.
class InvitationsTab : public QWidget
{
    Q_OBJECT

public:
    InvitationsTab(client::InvitationListModel& invitations, Prompter& prompter, QWidget* parent = nullptr);

    void setActor(const Holder& actor);
    QTableView* table() const { return m_table; }
    QStringList selectedIds() const;
    Command* resendCommand() const { return m_resend; }
    Command* revokeCommand() const { return m_revoke; }
    Command* copyLinkCommand() const { return m_copyLink; }
    void resendSelected();
    void revokeSelected();
    void copyLinkOfSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);
    void inviteRequested(); // from the empty list's "Invite Users…"

private:
    void updateCommands();
    void decideCommands(); // once: what each command asks before it is enabled
    void report(const QString& verb, int succeeded, const QList<client::ApiError>& failures);

    client::InvitationListModel& m_invitations;
    Prompter& m_prompter;
    Holder m_actor;
    class EmptyState* m_empty = nullptr;
    bool m_loaded = false; // the list was answered for the current workspace
    QTableView* m_table;
    Command* m_resend;
    Command* m_revoke;
    Command* m_copyLink;
};

} // namespace nacre::ui
