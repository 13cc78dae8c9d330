#pragma once

#include <QString>

#include <initializer_list>

class QLabel;
class QTableView;
class QLayout;
class QWidget;

namespace nacre::ui {

class FieldMessage;

// Small builders the pages share, so every page has the same title, hints and form rows.
namespace PageParts {

QLabel* title(const QString& text);
QLabel* hint(const QString& text); // secondary text, wraps, placeholder colour
QLabel* caption(const QString& text, QWidget* buddy); // a form label whose & mnemonic focuses `buddy`
QWidget* withMessage(QWidget* field, FieldMessage* message);
QWidget* besideHint(QWidget* field, const QString& hint); // the field, then a short hint on its right (a range)
// A form's buttons on the right and, left of them in the error colour, why the last press was refused:
// a refusal that belongs to no single field is read where the person just pressed.
QLayout* actionRow(FieldMessage* refusal, std::initializer_list<QWidget*> buttons);
// Gives the focus to `landing` if `leaving` has it: call before disabling a focused button, or Qt
// moves the focus on down the chain (into a danger zone that follows a form).
void handFocus(QWidget* leaving, QWidget* landing);
// The look every table of the Users page shares: whole-row selection, no row numbers, the last
// column stretched, Tab to leave it (the arrows move inside).
void setUpTable(QTableView* table, const QString& objectName, const QString& accessibleName, bool multiSelect);
// Sizes the first columns of a table to about this many average characters each (the last one
// stretches); a remembered header state restored afterwards wins.
void setColumnWidths(QTableView* table, std::initializer_list<int> characters);
// Sizes one column to its widest possible content (dates as the locale writes them, the longest state
// name in the current language), header included.
void fitColumnTo(QTableView* table, int column, const QStringList& widestTexts);
// Wraps a page's content: margins, a readable maximum width, and scrolling when the window is small.
void installScrollable(QWidget* page, QWidget* content);

} // namespace PageParts

} // namespace nacre::ui
