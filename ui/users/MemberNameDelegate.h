#pragma once

#include <QCache>
#include <QIcon>
#include <QStyledItemDelegate>

namespace nacre::ui {

// The member table's Name cell: the person's initials badge before the name, as in the sidebar.
// Badges are drawn once per name and kept (a scrolled 50,000-row table paints the same few dozen).
class MemberNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    mutable QCache<QString, QIcon> m_badges {512};
};

} // namespace nacre::ui
