#include "shell/TwoFactorRequiredPage.h"

#include "widgets/Icons.h"
#include "widgets/PageParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

TwoFactorRequiredPage::TwoFactorRequiredPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"twoFactorRequiredPage"_s);
    auto* icon = new QLabel;
    icon->setPixmap(Icons::get(Icons::Icon::Shield).pixmap(QSize(48, 48), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = PageParts::title(tr("Two-Factor Sign-In Required"));
    title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel;
    m_text->setObjectName(u"twoFactorRequiredText"_s);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setFixedWidth(520); // a fixed width lets the wrapped text claim its full height
    auto* open = new QPushButton(tr("Open &Security"));
    open->setObjectName(u"openSecurity"_s);
    open->setToolTip(tr("Turn on two-factor sign-in for your account"));
    connect(open, &QPushButton::clicked, this, &TwoFactorRequiredPage::openSecurityRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(title);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(8);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addStretch();
}

void TwoFactorRequiredPage::setWorkspaceName(const QString& name)
{
    m_text->setText(tr("\u201c%1\u201d asks every member to sign in with two-factor sign-in. Turn it on for your "
                       "account under Security; its pages open as soon as it is on.")
                        .arg(name));
}

} // namespace nacre::ui
