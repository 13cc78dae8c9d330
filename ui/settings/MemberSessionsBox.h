#pragma once

#include "domain/Workspace.h"
#include "security/WorkspaceSessionsModel.h"

#include <QGroupBox>

class QComboBox;
class QPushButton;
class QTableView;

namespace nacre::ui {

class FieldMessage;
class Prompter;

// Every live session of the workspace's members (member, application, address, signed in, last
// active), filtered by member; signs a member out of one session or of all of them, after asking.
class MemberSessionsBox : public QGroupBox
{
    Q_OBJECT

public:
    MemberSessionsBox(client::ApiClient& api, Prompter& prompter, QWidget* parent = nullptr);

    void setWorkspace(const std::optional<Workspace>& workspace);
    client::WorkspaceSessionsModel& model() { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void fillMembers();
    void updateButtons();
    void endSelected();
    void signOutMember();

    client::WorkspaceSessionsModel m_model;
    Prompter& m_prompter;
    QComboBox* m_member;
    QTableView* m_table;
    QPushButton* m_end;
    QPushButton* m_signOut;
    FieldMessage* m_error;
};

} // namespace nacre::ui
