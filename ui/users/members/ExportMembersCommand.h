#pragma once

#include "commands/Command.h"
#include "members/MemberListModel.h"

namespace nacre::client {
class ApiClient;
}

namespace nacre::ui {

class Prompter;

// Saves every member the current search and filter match (not only the pages loaded) as a CSV file,
// with its progress in the status bar; one export at a time.
class ExportMembersCommand : public Command
{
    Q_OBJECT

public:
    ExportMembersCommand(
        client::ApiClient& api, const client::MemberListModel& members, Prompter& prompter, QWidget* parent);

    Availability availability() const override;
    void exportTo(const QString& path);

protected:
    void run() override; // asks where to save, then exports

private:
    client::ApiClient& m_api;
    const client::MemberListModel& m_members;
    Prompter& m_prompter;
    bool m_exporting = false;
};

} // namespace nacre::ui
