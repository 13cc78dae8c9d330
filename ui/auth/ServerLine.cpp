#include "auth/ServerLine.h"

#include "desktop/LocalAddress.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

ServerLine::ServerLine(const QUrl& server, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* address = PageParts::hint(description.isEmpty() ? tr("Server: %1").arg(display(server))
                                                          : tr("Server: %1 (%2)").arg(description, display(server)));
    address->setObjectName(u"serverAddress"_s);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(address);
    if (isUnencryptedRemote(server)) {
        auto* warning = new FieldMessage;
        warning->setObjectName(u"plainHttpWarning"_s);
        warning->showError(tr("This connection is not encrypted (http://): your password would cross the network "
                              "readable by others on it. Ask your admin for the server\u2019s https:// address."));
        layout->addWidget(warning);
    }
}

bool ServerLine::isUnencryptedRemote(const QUrl& server)
{
    return server.scheme() == u"http"_s && !client::LocalAddress::isThisComputer(server);
}

QString ServerLine::display(const QUrl& server)
{
    return server.toString(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
}

} // namespace nacre::ui
