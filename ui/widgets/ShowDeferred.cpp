#include "widgets/ShowDeferred.h"

#include <QEvent>
#include <QWidget>

namespace nacre::ui {

ShowDeferred::ShowDeferred(QWidget* page, std::function<void()> work)
    : QObject(page)
    , m_page(page)
    , m_work(std::move(work))
{
    page->installEventFilter(this);
}

void ShowDeferred::schedule()
{
    m_pending = true;
    if (m_page->isVisible()) {
        m_pending = false;
        m_work();
    }
}

bool ShowDeferred::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_work();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nacre::ui
