#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace nacre::client {
class IdleWatch;
}

namespace nacre::ui {

// The strip above the pages that says the session is about to end for inactivity, with the one
// thing to do about it: "Stay signed in". Hidden otherwise.
class IdleBanner : public QFrame
{
    Q_OBJECT

public:
    explicit IdleBanner(client::IdleWatch& watch, QWidget* parent = nullptr);

private:
    void showCountdown(int secondsLeft);

    QLabel* m_text;
    QPushButton* m_stay;
};

} // namespace nacre::ui
