#include "shell/IdleBanner.h"

#include "session/IdleWatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace nacre::ui {

IdleBanner::IdleBanner(client::IdleWatch& watch, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(u"idleBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text = new QLabel;
    m_text->setObjectName(u"idleBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_stay = new QPushButton(tr("&Stay Signed In"));
    m_stay->setObjectName(u"staySignedIn"_s);
    m_stay->setToolTip(tr("Tell the server you are still here; the countdown starts again."));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_stay);
    setVisible(false);

    connect(m_stay, &QPushButton::clicked, &watch, &client::IdleWatch::stayActive);
    connect(&watch, &client::IdleWatch::warning, this, &IdleBanner::showCountdown);
    connect(&watch, &client::IdleWatch::cleared, this, [this] { setVisible(false); });
    connect(&watch, &client::IdleWatch::expired, this, [this] { setVisible(false); });
}

void IdleBanner::showCountdown(int secondsLeft)
{
    const QString left = u"%1:%2"_s.arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
    m_text->setText(tr("Nobody has used Nacre for a while. For your security you will be signed out in %1; "
                       "anything you have not saved stays in the window.")
                        .arg(left));
    m_text->setAccessibleName(m_text->text());
    if (!isVisible()) {
        setVisible(true);
        m_stay->setFocus(); // Space or Enter keeps the session
    }
}

} // namespace nacre::ui
