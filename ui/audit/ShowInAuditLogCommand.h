#pragma once

#include "commands/Command.h"
#include "permissions/AccessRules.h"

#include <functional>
#include <optional>

namespace nacre::ui {

// "Show in Audit Log" on a table of the Users page: opens the audit log filtered to the one
// member, role or invitation selected. Available with audit_log.view and exactly one row chosen.
class ShowInAuditLogCommand : public Command
{
    Q_OBJECT

public:
    struct Target
    {
        QString id;
        QString label; // "Sam Lee", "the role “Support”"
    };
    // `selected`: the one row chosen, as a target; nothing when none or several are.
    ShowInAuditLogCommand(
        std::function<const Holder&()> actor, std::function<std::optional<Target>()> selected, QWidget* parent);

    Availability availability() const override;

Q_SIGNALS:
    void requested(const QString& targetId, const QString& label);

protected:
    void run() override;

private:
    std::function<const Holder&()> m_actor;
    std::function<std::optional<Target>()> m_selected;
};

} // namespace nacre::ui
