#include "audit/AuditLogPage.h"

#include "audit/AuditCsvExport.h"
#include "audit/AuditEventText.h"
#include "permissions/AccessRules.h"
#include "widgets/FieldMessage.h"
#include "widgets/Icons.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"
#include "widgets/ShowDeferred.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

AuditLogPage::AuditLogPage(client::ApiClient& api, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(api)
    , m_prompter(prompter)
{
    setObjectName(u"auditLogPage"_s);
    m_load = new ShowDeferred(this, [this] { applyWorkspace(); });

    const QDate today = QDate::currentDate();
    m_fromEnabled = new QCheckBox(tr("&From"));
    m_fromEnabled->setObjectName(u"auditFromEnabled"_s);
    m_fromEnabled->setToolTip(tr("Only events on or after this day"));
    m_from = new QDateEdit(today.addDays(-30));
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_untilEnabled = new QCheckBox(tr("&To"));
    m_untilEnabled->setObjectName(u"auditUntilEnabled"_s);
    m_untilEnabled->setToolTip(tr("Only events on or before this day"));
    m_until = new QDateEdit(today);
    m_until->setObjectName(u"auditUntil"_s);
    m_until->setAccessibleName(tr("Last day"));
    m_until->setCalendarPopup(true);
    m_until->setEnabled(false);

    m_type = new QComboBox;
    m_type->setObjectName(u"auditType"_s);
    m_type->setAccessibleName(tr("Kind of event"));
    m_type->setToolTip(tr("Show one kind of event"));
    m_type->addItem(tr("All events"), QStringList());
    for (const client::AuditEventText::Group& group : client::AuditEventText::groups()) {
        m_type->addItem(group.label, group.types);
        for (const QString& type : group.types)
            m_type->addItem(u"    "_s + client::AuditEventText::typeLabel(type), QStringList {type});
    }

    m_who = new QComboBox;
    m_who->setObjectName(u"auditWho"_s);
    m_who->setAccessibleName(tr("Who"));
    m_who->setToolTip(tr("Show what one actor did: you, the system, or a member or API key the log names"));
    m_who->addItem(tr("Anyone"), QString());
    //: In the audit log's "who" filter: events made by the signed-in person.
    m_who->addItem(tr("Me"), QString()); // filled with the account's id by setWorkspace
    m_who->addItem(tr("The system"), u"system"_s);

    m_about = new QLabel;
    m_about->setObjectName(u"auditAbout"_s);
    m_about->setVisible(false);
    m_clearAbout = new QPushButton(tr("Show &All"));
    m_clearAbout->setObjectName(u"auditClearAbout"_s);
    m_clearAbout->setToolTip(tr("Show the events about everything again"));
    m_clearAbout->setVisible(false);

    m_total = new QLabel;
    m_total->setObjectName(u"auditTotal"_s);

    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"auditTable"_s, tr("Audit log"), false);
    m_table->setModel(&m_model);
    m_table->setWordWrap(false);
    PageParts::setColumnWidths(m_table, {14, 20, 26, 22}); // time, event, who, target; details stretch
    PageParts::fitColumnTo(m_table, client::AuditLogModel::TimeColumn,
        {QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)});

    m_export = new QPushButton(Icons::get(Icons::Icon::Download), tr("E&xport CSV…"));
    m_export->setObjectName(u"auditExport"_s);
    m_export->setToolTip(tr("Save every event the filters select as a CSV file"));
    m_verify = new QPushButton(Icons::get(Icons::Icon::Shield), tr("&Verify Integrity"));
    m_verify->setObjectName(u"auditVerify"_s);
    m_verify->setToolTip(tr("Check that no event of this workspace was changed, removed or slipped in"));
    m_verified = new QLabel;
    m_verified->setObjectName(u"auditVerified"_s);
    m_verified->setWordWrap(true);
    m_error = new FieldMessage;
    m_error->setObjectName(u"auditError"_s);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_untilEnabled);
    filters->addWidget(m_until);
    filters->addSpacing(12);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_who, 1);
    auto* about = new QHBoxLayout;
    about->addWidget(m_about, 1);
    about->addWidget(m_clearAbout);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_total, 1);
    actions->addWidget(m_verified, 2);
    actions->addWidget(m_verify);
    actions->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(PageParts::title(tr("Audit Log")));
    layout->addWidget(PageParts::hint(
        tr("Every change in this workspace, newest first: who made it, from where, and what it was before and "
           "after. Events are kept and cannot be edited; Verify Integrity proves it.")));
    layout->addLayout(filters);
    layout->addLayout(about);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    for (QCheckBox* box : {m_fromEnabled, m_untilEnabled})
        connect(box, &QCheckBox::toggled, this, &AuditLogPage::applyFilters);
    for (QDateEdit* edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    for (QComboBox* combo : {m_type, m_who})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_clearAbout, &QPushButton::clicked, this, [this] { showAbout({}, {}); });
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::chooseExportFile);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verify);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex&, int first, int last) { addActorsSeen(first, last); });
    connect(&m_model, &client::AuditLogModel::totalChanged, this, &AuditLogPage::showTotal);
    connect(&m_model, &client::AuditLogModel::loadingChanged, this, &AuditLogPage::showTotal);
    connect(&m_model, &client::AuditLogModel::failed, this,
        [this](const client::ApiError& error) { m_error->showError(error.message()); });
    showTotal();
}

void AuditLogPage::setWorkspace(const std::optional<Workspace>& workspace, const QString& myUserId)
{
    m_workspace = workspace;
    m_myUserId = myUserId;
    m_load->schedule();
}

void AuditLogPage::applyWorkspace()
{
    const std::optional<Workspace>& workspace = m_workspace;
    const QString& myUserId = m_myUserId;
    m_who->setItemData(1, myUserId);
    m_verified->clear();
    m_error->clearMessage();
    const bool allowed = workspace
        && AccessRules::decide(AccessQuestion(Holder::actingIn(*workspace, myUserId), Action::ViewAuditLog)).allowed;
    m_model.setWorkspace(allowed ? workspace->id : QString());
    // A new workspace starts unfiltered (its members and keys are others).
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockWho(m_who);
    m_type->setCurrentIndex(0);
    while (m_who->count() > 3) // Anyone, Me, The system; the rest were another workspace's
        m_who->removeItem(3);
    m_who->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_untilEnabled->setChecked(false);
    m_about->setVisible(false);
    m_clearAbout->setVisible(false);
}

void AuditLogPage::showAbout(const QString& targetId, const QString& label)
{
    m_about->setText(tr("Events about %1").arg(label));
    m_about->setVisible(!targetId.isEmpty());
    m_clearAbout->setVisible(!targetId.isEmpty());
    client::AuditLogModel::Filter filter = m_model.filter();
    filter.targetId = targetId;
    filter.targetLabel = label;
    m_model.setFilter(filter);
}

void AuditLogPage::addActorsSeen(int first, int last)
{
    const QSignalBlocker blocker(m_who);
    for (int row = first; row <= last; ++row) {
        const AuditEvent& event = m_model.event(row);
        if (event.actorKind == AuditActorKind::System || event.actor.id == m_myUserId
            || m_who->findData(event.actor.id) >= 0)
            continue;
        m_who->addItem(client::AuditEventText::who(event), event.actor.id);
    }
}

void AuditLogPage::applyFilters()
{
    m_from->setEnabled(m_fromEnabled->isChecked());
    m_until->setEnabled(m_untilEnabled->isChecked());
    client::AuditLogModel::Filter filter = m_model.filter();
    filter.from = m_fromEnabled->isChecked() ? m_from->date() : QDate();
    filter.until = m_untilEnabled->isChecked() ? m_until->date() : QDate();
    filter.types = m_type->currentData().toStringList();
    filter.actorId = m_who->currentData().toString();
    m_model.setFilter(filter);
}

void AuditLogPage::showTotal()
{
    if (m_model.workspaceId().isEmpty()) {
        m_total->setText(tr("Your role does not include viewing the audit log."));
    } else if (m_model.isLoading() && m_model.rowCount() == 0) {
        m_total->setText(tr("Loading…"));
    } else {
        m_total->setText(tr("%n event(s)", nullptr, int(m_model.total())));
    }
    m_export->setEnabled(!m_model.workspaceId().isEmpty() && m_model.total() > 0);
    m_verify->setEnabled(!m_model.workspaceId().isEmpty());
}

void AuditLogPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Log"), folder + u"/audit-log.csv"_s, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditLogPage::exportTo(const QString& path)
{
    auto* exporter = new client::AuditCsvExport(m_api, m_model, this);
    auto* progress = new QProgressDialog(tr("Exporting the audit log…"), tr("Cancel"), 0, int(m_model.total()), this);
    progress->setObjectName(u"auditExportProgress"_s);
    progress->setWindowTitle(tr("Export Audit Log"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_export->setEnabled(false);
    connect(exporter, &client::PagedCsvExport::progress, progress, [progress](int rows, qint64 total) {
        progress->setMaximum(int(total));
        progress->setValue(rows);
    });
    // Cancel drops the export at once: its pending page is never answered into the file. (Closing
    // the dialog emits canceled() too, so each path disconnects it before closing.)
    connect(progress, &QProgressDialog::canceled, this, [this, exporter, progress] {
        progress->disconnect(this);
        delete exporter;
        progress->close();
        showTotal();
        Q_EMIT statusMessage(tr("Export cancelled; no file was written."));
    });
    exporter->writeTo(path, [this, exporter, progress, path](const QString& problem) {
        const int rows = exporter->rowsFetched();
        exporter->deleteLater(); // this runs inside its callback
        progress->disconnect(this);
        progress->close();
        showTotal();
        if (!problem.isEmpty()) {
            m_prompter.tell(this, QMessageBox::Warning, tr("Export Failed"),
                tr("The audit log could not be exported to %1: %2").arg(path, problem));
            return;
        }
        Q_EMIT statusMessage(tr("Exported %n event(s) to %1.", nullptr, rows).arg(path));
    });
}

void AuditLogPage::verify()
{
    m_verify->setEnabled(false);
    m_verified->setText(tr("Checking…"));
    m_model.verify(this, [this](const client::AuditLogModel::Verification& result, const client::ApiError& error) {
        m_verify->setEnabled(true);
        if (error.isError()) {
            m_verified->clear();
            m_error->showError(error.message());
            return;
        }
        if (result.intact) {
            m_verified->setText(tr("Intact: all %n event(s) are as they were written.", nullptr, int(result.events)));
            return;
        }
        const QString number = QLocale().toString(result.brokenSeq);
        const QString what = result.problem == u"missing"_s
            ? tr("events from number %1 on are missing (deleted)").arg(number)
            : result.problem == u"unlinked"_s ? tr("an event was added outside the log")
                                              : tr("event number %1 was changed after it was written").arg(number);
        m_verified->setText(
            tr("Not intact: %1. The %n event(s) before it check out.", nullptr, int(result.events)).arg(what));
    });
}

} // namespace nacre::ui
