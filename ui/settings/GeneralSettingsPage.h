#pragma once

#include "domain/Workspace.h"
#include "domain/WorkspaceSettings.h"
#include "roles/RoleListModel.h"
#include "workspaces/WorkspaceSettingsModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nacre::ui {

class FieldMessage;
class Prompter;

// Workspace > General Settings: identity, notifications, security and sessions, and the danger zone.
// Fields are checked as they are typed, with the rules the server enforces; Save and Revert are
// enabled only when something changed. Read-only, with a line saying why, without the permission.
class GeneralSettingsPage : public QWidget
{
    Q_OBJECT

public:
    GeneralSettingsPage(client::WorkspaceSettingsModel& model, client::RoleListModel& roles, Prompter& prompter,
        QWidget* parent = nullptr);

    void setWorkspace(const std::optional<Workspace>& workspace);
    WorkspaceSettings edited() const;
    bool hasChanges() const;

Q_SIGNALS:
    void workspaceDeleted(const QString& id);
    void workspaceLeft(const QString& id);
    void workspaceRenamed();
    void statusMessage(const QString& message);

private:
    void showSaved();
    void updateState();
    void save(client::WorkspaceSettingsModel::SaveMode mode);
    void onConflict();
    void onFailed(const client::ApiError& error);
    void clearRefusals();
    // Where the focus goes while Save is busy or after it: the first field the server refused, else
    // the first field this person may edit. Never the danger zone below the form.
    QWidget* focusAfterSave() const;
    QWidget* refusedField() const; // the first field with a message under it, if any
    void confirmDelete();
    void confirmLeave();
    // The roles the actor may make the default, and the saved one; `select` chosen when listed.
    void fillDefaultRoles(const QString& select);
    bool mayChooseDefaultRole() const;

    client::WorkspaceSettingsModel& m_model;
    client::RoleListModel& m_roles;
    Prompter& m_prompter;
    std::optional<Workspace> m_workspace;
    QLabel* m_subtitle;
    QLabel* m_readOnlyNotice;
    QGroupBox* m_identity;
    QGroupBox* m_security;
    QLineEdit* m_name;
    QLineEdit* m_billingEmail;
    QLineEdit* m_notificationsEmail;
    QCheckBox* m_newsletter;
    QComboBox* m_defaultRole;
    QSpinBox* m_sessionTimeout;
    QCheckBox* m_publicRecordings;
    FieldMessage* m_nameMessage;
    FieldMessage* m_billingMessage;
    FieldMessage* m_notificationsMessage;
    FieldMessage* m_timeoutMessage;
    FieldMessage* m_defaultRoleMessage;
    FieldMessage* m_saveRefusal; // beside Save: what belongs to no single field
    QPushButton* m_save;
    QPushButton* m_revert;
    QGroupBox* m_dangerZone;
    QPushButton* m_delete;
    QGroupBox* m_membership;
    QPushButton* m_leave;
    bool m_loading = false;
};

} // namespace nacre::ui
