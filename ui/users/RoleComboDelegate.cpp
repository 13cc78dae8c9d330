#include "users/RoleComboDelegate.h"

#include "members/MemberListModel.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace nacre::ui {

RoleComboDelegate::RoleComboDelegate(Assignable assignable, Commit commit, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_assignable(std::move(assignable))
    , m_commit(std::move(commit))
{ }

QWidget* RoleComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    const QList<Role> roles = m_assignable(index.row());
    const QString current = index.data(client::MemberListModel::RoleIdRole).toString();
    // Nothing to choose (only the current role, or none): no editor, the cell stays as it is.
    if (roles.isEmpty() || (roles.size() == 1 && roles.first().id == current))
        return nullptr;
    auto* combo = new QComboBox(parent);
    combo->setObjectName(u"roleCombo"_s);
    combo->setAccessibleName(tr("Role"));
    combo->setFrame(false);
    for (const Role& role : roles)
        combo->addItem(role.ref().displayName(), role.id);
    // Choosing is the decision: commit at once instead of waiting for the focus to leave.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<RoleComboDelegate*>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void RoleComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int current = combo->findData(index.data(client::MemberListModel::RoleIdRole).toString());
    combo->setCurrentIndex(qMax(0, current));
}

void RoleComboDelegate::setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const
{
    const QString chosen = static_cast<QComboBox*>(editor)->currentData().toString();
    if (!chosen.isEmpty() && chosen != index.data(client::MemberListModel::RoleIdRole).toString())
        m_commit(index.row(), chosen);
}

} // namespace nacre::ui
