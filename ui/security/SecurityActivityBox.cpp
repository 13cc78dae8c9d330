#include "security/SecurityActivityBox.h"

#include "profile/AccountSecurityModel.h"
#include "profile/ClientName.h"
#include "protocol/EventType.h"
#include "widgets/Icons.h"
#include "widgets/PageParts.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

SecurityActivityBox::SecurityActivityBox(client::AccountSecurityModel& model, QWidget* parent)
    : QGroupBox(tr("Recent Security Activity"), parent)
    , m_model(model)
{
    setObjectName(u"securityActivity"_s);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"securityActivityList"_s);
    m_list->setAccessibleName(tr("Recent security activity"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("What"), tr("When"), tr("Address"), tr("Application")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::hint(tr("Sign-ins and changes to your account, newest first. If you see one you "
                                         "did not make, change your password.")));
    layout->addWidget(m_list);
    connect(&m_model, &client::AccountSecurityModel::activityLoaded, this, &SecurityActivityBox::showActivity);
}

QString SecurityActivityBox::describe(const QString& type)
{
    const auto known = EventTypes::securityFromName(type);
    if (!known)
        return type; // from a newer server: its name is better than nothing
    switch (*known) {
    case SecurityEventType::SignedIn:
        return tr("Signed in");
    case SecurityEventType::SignInFailed:
        return tr("Failed sign-in");
    case SecurityEventType::SignedOut:
        return tr("Signed out");
    case SecurityEventType::PasswordChanged:
        return tr("Password changed");
    case SecurityEventType::ProfileUpdated:
        return tr("Profile changed");
    case SecurityEventType::EmailChanged:
        return tr("Email address changed");
    case SecurityEventType::TwoFactorEnabled:
        return tr("Two-factor sign-in turned on");
    case SecurityEventType::TwoFactorDisabled:
        return tr("Two-factor sign-in turned off");
    case SecurityEventType::SessionEnded:
        return tr("A session was signed out");
    case SecurityEventType::WorkspaceDeleted:
        return tr("Workspace deleted");
    case SecurityEventType::PasswordResetRequested:
        return tr("Password reset code mailed");
    case SecurityEventType::PasswordReset:
        return tr("Password reset with a mailed code");
    case SecurityEventType::RecoveryCodeUsed:
        return tr("Signed in with a recovery code");
    case SecurityEventType::RecoveryCodesRenewed:
        return tr("New recovery codes made");
    }
    return type;
}

void SecurityActivityBox::showActivity()
{
    m_list->clear();
    const QLocale locale;
    for (const SecurityEvent& event : m_model.activity()) {
        auto* item = new QTreeWidgetItem(m_list);
        QString what = describe(event.type);
        if (const QString name = event.detail.value(u"name"_s).toString(); !name.isEmpty())
            what += u" \u2014 "_s + name;
        item->setText(0, what);
        item->setText(1, locale.toString(event.occurredAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, event.address);
        item->setText(3, client::ClientName::of(event.userAgent));
        item->setToolTip(3, event.userAgent);
        item->setToolTip(0, what);
        if (EventTypes::securityFromName(event.type) == SecurityEventType::SignInFailed)
            item->setIcon(0, Icons::get(Icons::Icon::XCircle));
    }
}

} // namespace nacre::ui
