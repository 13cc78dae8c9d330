// Linked into a program to time its start (bench/run): once the program's QMainWindow has been
// painted for the first time, it prints "first-paint" and ends at once. Linked into
// nacre-bench-startup (nacre's own main.cpp, unchanged) and nacre-bench-empty-window (an empty
// QMainWindow), so both are timed the same way: from exec to that line.
//
// NACRE_BENCH_RUN_MS=N instead lets the program run N ms and quit normally (a warm-up run that
// fills nacre's local cache).
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && qobject_cast<QMainWindow*>(widget->window()) && widget->window()->isVisible()) {
                m_seen = true;
                // After this paint event (and the rest of the window's, posted with it) is done.
                QMetaObject::invokeMethod(
                    this,
                    [] {
                        std::printf("first-paint\n");
                        std::fflush(stdout);
                        std::_Exit(0);
                    },
                    Qt::QueuedConnection);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

void installProbe()
{
    if (const int runMs = qEnvironmentVariableIntValue("NACRE_BENCH_RUN_MS"); runMs > 0) {
        QTimer::singleShot(runMs, qApp, &QCoreApplication::quit);
        return;
    }
    qApp->installEventFilter(new FirstPaint);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
