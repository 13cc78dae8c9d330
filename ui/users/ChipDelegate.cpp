#include "users/ChipDelegate.h"

#include "widgets/FieldMessage.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

namespace nacre::ui {

namespace {
constexpr int Padding = 8;
constexpr int IconSize = 16;
constexpr int Gap = 6;

QColor toneColor(ChipDelegate::Tone tone, const QPalette& palette)
{
    switch (tone) {
    case ChipDelegate::Good:
        return palette.color(QPalette::Highlight);
    case ChipDelegate::Bad:
        return FieldMessage::errorColor(palette);
    case ChipDelegate::Neutral:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}
} // namespace

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int height = qMax(IconSize, metrics.height()) + 8;
    int width = Padding + IconSize + Gap + metrics.horizontalAdvance(index.data().toString()) + Padding + 4;
    // Never wider than the view: a long address is elided rather than running off the edge.
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = qMin(width, view->viewport()->width() - 12);
    return {width, height};
}

void ChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto tone = Tone(index.data(ToneRole).toInt());
    const QPalette& palette = option.palette;
    const QColor accent = toneColor(tone, palette);
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF pill = QRectF(option.rect).adjusted(0.5, 1.5, -0.5, -1.5);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = accent;
    fill.setAlphaF(selected ? 0.35F : 0.12F);
    QPainterPath path;
    path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->fillPath(path, palette.brush(QPalette::Base));
    painter->fillPath(path, fill);
    painter->setPen(QPen(accent, (option.state & QStyle::State_HasFocus) ? 2.0 : 1.0));
    painter->drawPath(path);

    const QRect content = option.rect.adjusted(Padding, 0, -Padding + 4, 0);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(content.left(), content.center().y() - IconSize / 2 + 1, IconSize, IconSize);
    icon.paint(painter, iconRect);
    const QRect textRect = content.adjusted(IconSize + Gap, 0, 0, 0);
    painter->setPen(palette.color(tone == Neutral ? QPalette::Disabled : QPalette::Active, QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        option.fontMetrics.elidedText(index.data().toString(), Qt::ElideMiddle, textRect.width()));
    painter->restore();
}

} // namespace nacre::ui
