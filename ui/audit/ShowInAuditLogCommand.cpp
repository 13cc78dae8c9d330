#include "audit/ShowInAuditLogCommand.h"

#include "widgets/Icons.h"

using namespace Qt::StringLiterals;

namespace nacre::ui {

ShowInAuditLogCommand::ShowInAuditLogCommand(
    std::function<const Holder&()> actor, std::function<std::optional<Target>()> selected, QWidget* parent)
    : Command(tr("Show in &Audit Log"), tr("Open the audit log at the events about the selected one"), parent)
    , m_actor(std::move(actor))
    , m_selected(std::move(selected))
{
    setIcon(Icons::get(Icons::Icon::Clock));
    refresh();
}

Availability ShowInAuditLogCommand::availability() const
{
    const AccessDecision decision = AccessRules::decide(AccessQuestion(m_actor(), Action::ViewAuditLog));
    if (!decision.allowed)
        return Availability::no(decision.reason);
    return m_selected() ? Availability::yes() : Availability::no(tr("Select one first."));
}

void ShowInAuditLogCommand::run()
{
    if (const std::optional<Target> target = m_selected())
        Q_EMIT requested(target->id, target->label);
}

} // namespace nacre::ui
