#pragma once

#include "audit/AuditLogModel.h"
#include "domain/Workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace nacre::ui {

class FieldMessage;
class Prompter;
class ShowDeferred;

// Workspace > Audit Log (audit_log.view): every change in the workspace, newest first, with who
// made it and what changed. Filters by date range, kind of event and who; "Show in Audit Log" on
// the Users page opens it about one member, role or invitation. Exports everything the filters
// select as CSV (progress, cancel), and verifies the log's hash chain.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    AuditLogPage(client::ApiClient& api, Prompter& prompter, QWidget* parent = nullptr);

    void setWorkspace(const std::optional<Workspace>& workspace, const QString& myUserId);
    // Events about one target only (a member, role, invitation or key), named for the filter line.
    void showAbout(const QString& targetId, const QString& label);
    client::AuditLogModel& model() { return m_model; }
    QTableView* table() const { return m_table; }
    void exportTo(const QString& path); // what Export CSV… does once a file is chosen

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void applyWorkspace(); // the log loads when the page is shown for a workspace (ShowDeferred)
    void applyFilters();
    void clearFilters();
    void showTotal();
    void addActorsSeen(int first, int last); // the members and keys of loaded events become choices of "who"
    void chooseExportFile();
    void verify();

    client::ApiClient& m_api;
    client::AuditLogModel m_model;
    Prompter& m_prompter;
    QString m_myUserId;
    std::optional<Workspace> m_workspace;
    ShowDeferred* m_load;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_untilEnabled;
    QDateEdit* m_until;
    QComboBox* m_type;
    QComboBox* m_who;
    QLabel* m_about;
    QPushButton* m_clearAbout;
    QLabel* m_total;
    QTableView* m_table;
    QPushButton* m_export;
    QPushButton* m_verify;
    QLabel* m_verified;
    FieldMessage* m_error;
};

} // namespace nacre::ui
