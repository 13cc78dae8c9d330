#pragma once

#include "apikeys/ApiKeyListModel.h"
#include "domain/Workspace.h"
#include "permissions/AccessRules.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace nacre::ui {

class FieldMessage;
class Prompter;
class ShowDeferred;

// Workspace > API Keys (resources.api_keys): the workspace's keys — name and prefix, what they may
// do, who made them, last use, expiry with a warning before it — created (the secret shown once)
// and revoked after a confirmation.
class ApiKeysPage : public QWidget
{
    Q_OBJECT

public:
    ApiKeysPage(client::ApiClient& api, Prompter& prompter, QWidget* parent = nullptr);

    void setWorkspace(const std::optional<Workspace>& workspace, const QString& myUserId);
    client::ApiKeyListModel& model() { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void applyWorkspace(); // the keys load when the page is shown for a workspace (ShowDeferred)
    void openCreate();
    void revokeSelected();
    void updateButtons();

    client::ApiKeyListModel m_model;
    Prompter& m_prompter;
    Holder m_actor;
    std::optional<Workspace> m_workspace;
    ShowDeferred* m_load;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_create;
    QPushButton* m_revoke;
    FieldMessage* m_error;
};

} // namespace nacre::ui
