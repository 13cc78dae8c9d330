#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace nacre::ui {

// What a table says when it has nothing (more) to show: a sentence about what is not there and a
// button for the next step ("Invite Users…", "Clear Filters"). It sits inside the view, under the last
// row, and follows the model; `describe` decides what to say, or that nothing needs saying.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    struct Message
    {
        QString text; // empty: nothing to say, the state is hidden
        QString action; // button text; empty: no button
    };

    EmptyState(QAbstractItemView* view, std::function<Message()> describe);

    void refresh(); // call when what `describe` depends on changed (a filter, the actor)
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QPointer<QAbstractItemView> m_view;
    std::function<Message()> m_describe;
    QLabel* m_text;
    QPushButton* m_action;
};

} // namespace nacre::ui
