#pragma once

#include <QString>

class QLabel;
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
QLabel* banner(const QString& objectName); // a hidden line for page-wide errors
// Wraps a page's content: margins, a readable maximum width, and scrolling when the window is small.
void installScrollable(QWidget* page, QWidget* content);

} // namespace PageParts

} // namespace nacre::ui
