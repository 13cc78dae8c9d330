#include "widgets/DialogButtonBox.h"

#include <QEvent>

namespace nacre::ui {

bool DialogButtonBox::event(QEvent* event)
{
    const bool handled = QDialogButtonBox::event(event);
    switch (event->type()) {
    case QEvent::ChildAdded:
    case QEvent::LayoutRequest:
    case QEvent::Show:
        if (focusProxy())
            setFocusProxy(nullptr);
        break;
    default:
        break;
    }
    return handled;
}

} // namespace nacre::ui
