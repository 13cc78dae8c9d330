#include "widgets/PageParts.h"

#include "widgets/FieldMessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace nacre::ui::PageParts {

QLabel* title(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel* caption(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QWidget* withMessage(QWidget* field, FieldMessage* message)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

QWidget* besideHint(QWidget* field, const QString& text)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    QLabel* label = hint(text);
    label->setWordWrap(false);
    label->setBuddy(field);
    layout->addWidget(label, 1);
    return box;
}

QLayout* actionRow(FieldMessage* refusal, std::initializer_list<QWidget*> buttons)
{
    auto* row = new QHBoxLayout;
    row->addWidget(refusal, 1, Qt::AlignVCenter);
    row->addStretch(); // takes the room only while there is no refusal (its stretch factor is 0)
    for (QWidget* button : buttons)
        row->addWidget(button, 0, Qt::AlignTop);
    return row;
}

void handFocus(QWidget* leaving, QWidget* landing)
{
    if (leaving->hasFocus() && landing->isEnabled())
        landing->setFocus(Qt::OtherFocusReason);
}

void setUpTable(QTableView* table, const QString& objectName, const QString& accessibleName, bool multiSelect)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(multiSelect ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    // Tab leaves the table for the next control; the arrow keys move inside it.
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // One line per row, every row the same height: long lists never measure their rows.
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(qMax(28, table->fontMetrics().height() + 12));
}

void setColumnWidths(QTableView* table, std::initializer_list<int> characters)
{
    // Never narrower than the column's title, in whatever language it is written.
    const int unit = table->fontMetrics().averageCharWidth();
    QHeaderView* header = table->horizontalHeader();
    int column = 0;
    for (const int width : characters) {
        header->resizeSection(column, qMax(width * unit, header->sectionSizeHint(column)));
        ++column;
    }
}

void fitColumnTo(QTableView* table, int column, const QStringList& widestTexts)
{
    const QFontMetrics metrics = table->fontMetrics();
    int widest = table->horizontalHeader()->sectionSizeHint(column);
    for (const QString& text : widestTexts)
        widest = qMax(widest, metrics.horizontalAdvance(text) + 3 * metrics.averageCharWidth());
    table->horizontalHeader()->resizeSection(column, widest);
}

void installScrollable(QWidget* page, QWidget* content)
{
    content->setMaximumWidth(760);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

} // namespace nacre::ui::PageParts
