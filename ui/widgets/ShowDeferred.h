#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace nacre::ui {

// What a page loads for what it shows, deferred until the page is on screen: a page nobody looks
// at costs nothing. schedule() runs the work at once when the page is visible, else when it is
// next shown (once, however often it was scheduled meanwhile).
class ShowDeferred : public QObject
{
public:
    ShowDeferred(QWidget* page, std::function<void()> work);

    void schedule();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_work;
    bool m_pending = false;
};

} // namespace nacre::ui
