#pragma once

#include "invitations/InvitationListModel.h"
#include "permissions/AccessRules.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace nacre::ui {

class Prompter;

// Workspace > Users > Invitations: pending and expired invitations (expired ones greyed), resend
// and revoke one or many; revoking asks first.
class InvitationsTab : public QWidget
{
    Q_OBJECT

public:
    InvitationsTab(client::InvitationListModel& invitations, Prompter& prompter, QWidget* parent = nullptr);

    void setActor(const Holder& actor);
    QTableView* table() const { return m_table; }
    QStringList selectedIds() const;
    void resendSelected();
    void revokeSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateCommands();
    void report(const QString& verb, int succeeded, const QList<client::ApiError>& failures);

    client::InvitationListModel& m_invitations;
    Prompter& m_prompter;
    Holder m_actor;
    QTableView* m_table;
    QPushButton* m_resend;
    QPushButton* m_revoke;
};

} // namespace nacre::ui
