#include "users/MemberNameDelegate.h"

#include "members/MemberListModel.h"
#include "widgets/InitialsBadge.h"

namespace nacre::ui {

void MemberNameDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(client::MemberListModel::UserIdRole).toString().isEmpty()) {
        // A row whose page is on its way: "Loading…", quietly, without a badge.
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    const QString name = option->text;
    const int diameter = option->decorationSize.height() > 0 ? qMax(20, option->decorationSize.height() + 4) : 22;
    QIcon* badge = m_badges.object(name);
    if (!badge) {
        badge = new QIcon(InitialsBadge::icon(name, diameter));
        m_badges.insert(name, badge);
    }
    option->icon = *badge;
    option->decorationSize = QSize(diameter, diameter);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace nacre::ui
