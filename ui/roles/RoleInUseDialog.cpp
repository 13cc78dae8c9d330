#include "roles/RoleInUseDialog.h"

#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

RoleInUseDialog::RoleInUseDialog(
    client::RoleListModel& roles, const Role& role, const Holder& actor, Prompter& prompter, QWidget* parent)
    : QDialog(parent)
    , m_roles(roles)
    , m_prompter(prompter)
    , m_role(role)
{
    setObjectName(u"roleInUseDialog"_s);
    setWindowTitle(tr("Role in Use"));

    auto* text = new QLabel(
        tr("%Ln member(s) hold \u201c%1\u201d, so it cannot simply be deleted. Move them to another role and delete "
           "it in one step (pending invitations offering it move too), or look at them first.",
            nullptr, role.memberCount)
            .arg(role.ref().displayName()));
    text->setObjectName(u"roleInUseText"_s);
    text->setWordWrap(true);

    // The roles the actor may give someone who holds this role now, the least privileged first, so
    // that Enter never hands out more than the person choosing meant to.
    m_target = new QComboBox;
    m_target->setObjectName(u"moveToRole"_s);
    m_target->setAccessibleName(tr("Move them to role"));
    QList<Role> candidates;
    for (const Role& candidate : roles.roles()) {
        if (candidate.id == role.id)
            continue;
        AccessQuestion question(actor, Action::ChangeMemberRole);
        question.targetMember = Holder {QString(), role.builtin, role.permissions};
        question.grantedRole = RoleGrant {candidate.name, candidate.builtin, candidate.permissions};
        question.ownerCount = 2; // the role being deleted is never Owner
        if (AccessRules::decide(question).allowed)
            candidates.append(candidate);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Role& a, const Role& b) {
        const auto rank = [](const Role& r) {
            return std::pair(r.builtin == BuiltinRole::Owner, r.permissions.count());
        };
        return rank(a) < rank(b);
    });
    for (const Role& candidate : std::as_const(candidates))
        m_target->addItem(candidate.ref().displayName(), candidate.id);
    m_target->setCurrentIndex(0);
    m_error = new FieldMessage;
    m_error->setObjectName(u"roleInUseError"_s);

    auto* buttons = new DialogButtonBox(QDialogButtonBox::Cancel);
    m_move = buttons->addButton(tr("&Move and Delete"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(u"moveAndDelete"_s);
    m_move->setEnabled(m_target->count() > 0);
    m_move->setToolTip(m_target->count() > 0
            ? tr("Give them the chosen role, then delete \u201c%1\u201d").arg(role.ref().displayName())
            : tr("Your role cannot give them any other role."));
    m_show = buttons->addButton(tr("&Show Members"), QDialogButtonBox::ActionRole);
    m_show->setObjectName(u"showRoleMembers"_s);
    connect(m_move, &QPushButton::clicked, this, &RoleInUseDialog::moveAndDelete);
    connect(m_show, &QPushButton::clicked, this, [this] {
        Q_EMIT showMembersRequested(m_role.id);
        reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(PageParts::caption(tr("Move &to:"), m_target), m_target);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool RoleInUseDialog::confirmGain(const Role& target)
{
    const bool gains = target.builtin != BuiltinRole::None || !target.permissions.isSubsetOf(m_role.permissions);
    if (!gains)
        return true;
    const QString text = target.builtin == BuiltinRole::Owner
        ? tr("%Ln member(s) of “%1” will become Owners: they can do everything, including deleting the "
             "workspace and removing you.",
            nullptr, m_role.memberCount)
              .arg(m_role.ref().displayName())
        : tr("%Ln member(s) of “%1” will get “%2” and with it permissions they do not have now.", nullptr,
            m_role.memberCount)
              .arg(m_role.ref().displayName(), target.ref().displayName());
    return m_prompter.ask(this, QMessageBox::Warning, tr("Give More Access?"), text,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void RoleInUseDialog::moveAndDelete()
{
    const QString targetId = m_target->currentData().toString();
    const QString targetName = m_target->currentText();
    if (const auto target = m_roles.role(targetId); !target || !confirmGain(*target))
        return;
    m_move->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_roles.remove(
        m_role.id, this,
        [this, targetName](const client::ApiError& error, const QString&) {
            unsetCursor();
            if (error.isError()) {
                m_error->showError(error.message());
                m_move->setEnabled(true);
                return;
            }
            Q_EMIT moved(m_role.ref().displayName(), targetName);
            accept();
        },
        targetId);
}

} // namespace nacre::ui
