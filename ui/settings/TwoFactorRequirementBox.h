#pragma once

#include "domain/Workspace.h"
#include "members/MemberListModel.h"
#include "workspaces/WorkspaceSettingsModel.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

namespace nacre::ui {

class FieldMessage;
class Prompter;

// "Every member must sign in with two-factor sign-in", with who it blocks: the members without
// two-factor sign-in are listed (with Copy Emails, to ask them to turn it on) before the rule is
// applied, and applying it asks first, saying how many would be shut out.
class TwoFactorRequirementBox : public QGroupBox
{
    Q_OBJECT

public:
    TwoFactorRequirementBox(client::ApiClient& api, client::WorkspaceSettingsModel& settings, Prompter& prompter,
        QWidget* parent = nullptr);

    void setWorkspace(const std::optional<Workspace>& workspace);
    client::MemberListModel& withoutTwoFactor() { return m_without; }
    // Every address the list selects (all pages), as Copy Emails puts them on the clipboard.
    void copyEmails();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void showSaved();
    void updateState();
    void apply();

    client::ApiClient& m_api;
    client::WorkspaceSettingsModel& m_settings;
    Prompter& m_prompter;
    client::MemberListModel m_without;
    std::optional<Workspace> m_workspace;
    std::optional<bool> m_announce; // the change Apply sent, until the server answers
    QCheckBox* m_require;
    FieldMessage* m_message;
    QLabel* m_summary;
    QListView* m_list;
    QPushButton* m_copy;
    QPushButton* m_apply;
};

} // namespace nacre::ui
