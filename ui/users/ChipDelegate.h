#pragma once

#include <QStyledItemDelegate>

namespace nacre::ui {

// Draws a list item as a chip: a rounded pill with its icon and text, tinted by its tone (good,
// neutral, bad), so a list in flow mode reads as a row of chips that wraps like text.
class ChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Tone { Good, Neutral, Bad };
    static constexpr int ToneRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace nacre::ui
