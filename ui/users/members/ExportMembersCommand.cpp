#include "users/members/ExportMembersCommand.h"

#include "members/MemberCsvExport.h"
#include "widgets/Icons.h"
#include "widgets/Prompter.h"

#include <QFileDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace nacre::ui {

ExportMembersCommand::ExportMembersCommand(
    client::ApiClient& api, const client::MemberListModel& members, Prompter& prompter, QWidget* parent)
    : Command(tr("E&xport CSV…"), tr("Save the members shown (search and filter applied) as a CSV file"), parent)
    , m_api(api)
    , m_members(members)
    , m_prompter(prompter)
{
    setIcon(Icons::get(Icons::Icon::Download));
    refresh();
}

Availability ExportMembersCommand::availability() const
{
    if (m_exporting)
        return Availability::no(tr("An export is under way."));
    return m_members.workspaceId().isEmpty() ? Availability::no(tr("No members to export.")) : Availability::yes();
}

void ExportMembersCommand::run()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        widget(), tr("Export Members"), folder + u"/members.csv"_s, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExportMembersCommand::exportTo(const QString& path)
{
    auto* exporter = new client::MemberCsvExport(m_api, m_members.queryPath(), this);
    m_exporting = true; // one at a time, whatever else refreshes the commands meanwhile
    refresh();
    connect(exporter, &client::MemberCsvExport::progress, this, [this](int rows, qint64 total) {
        Q_EMIT statusMessage(tr("Exporting members: %1 of %2…").arg(rows).arg(total));
    });
    exporter->writeTo(path, [this, exporter, path](const QString& problem) {
        exporter->deleteLater();
        m_exporting = false;
        refresh();
        if (!problem.isEmpty()) {
            m_prompter.tell(widget(), QMessageBox::Warning, tr("Export Failed"),
                tr("The members could not be exported to %1: %2").arg(path, problem));
            return;
        }
        Q_EMIT statusMessage(tr("Exported %Ln member(s) to %1.", nullptr, exporter->rowsFetched()).arg(path));
    });
}

} // namespace nacre::ui
