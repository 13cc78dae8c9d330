#pragma once

#include "invitations/InviteDraft.h"
#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace nacre::ui {

// "Invite User": one field for one or more addresses in any common form, each shown as a chip that
// says at once what sending would do; a role picker limited to the roles the actor may give; a
// button that says how many will be invited; then the outcome for every address.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    // `defaultRoleId`: the workspace's default role for invitations, chosen at first when the actor may give it.
    InviteDialog(client::ApiClient& api, const QString& workspaceId, const client::RoleListModel& roles,
        const Holder& actor, const QString& defaultRoleId, QWidget* parent = nullptr);

    client::InviteDraft& draft() { return m_draft; }
    void importCsvFile(const QString& path);

Q_SIGNALS:
    void invitationsSent(int invited);
    void invitationsCreated(const QList<nacre::Invitation>& created); // newest first, as a list shows them

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showChips();
    void send();
    void showResults(const QList<client::InviteDraft::Result>& results);
    void chooseCsv();

    client::InviteDraft m_draft;
    QTimer m_debounce;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_emails;
    QListWidget* m_chips;
    QComboBox* m_role;
    QLabel* m_summary;
    QLabel* m_error;
    QPushButton* m_invite;
    QListWidget* m_results;
};

} // namespace nacre::ui
