// nacre: parses the command line, starts the embedded server unless a remote one is configured, and
// hands over to the AppController.
#include "EmbeddedServer.h"
#include "NacreServer.h"
#include "NacreVersion.h"
#include "credentials/TokenStore.h"
#include "desktop/InstanceChannel.h"
#include "i18n/Translations.h"
#include "settings/ClientSettings.h"
#include "shell/AppController.h"
#include "theme/Appearance.h"
#include "widgets/Icons.h"
#include "widgets/Prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileOpenEvent>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// macOS hands a nacre:// link to the running app as a QFileOpenEvent (Info.plist registers the scheme).
class UrlOpenFilter : public QObject
{
public:
    std::function<void(const QString&)> open;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FileOpen && open) {
            const QUrl url = static_cast<QFileOpenEvent*>(event)->url();
            if (url.scheme() == u"nacre"_s) {
                open(url.toString(QUrl::FullyEncoded));
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(NACRE_APPLICATION_ID));
    QApplication::setApplicationDisplayName(u"Nacre"_s);
    QApplication::setOrganizationDomain(QStringLiteral(NACRE_ORGANIZATION_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(NACRE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral(NACRE_DESKTOP_ID));
    QApplication::setWindowIcon(nacre::ui::Icons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Nacre: the console for a Pearls workspace's users, roles and settings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s,
        QApplication::translate("main",
            "Use the nacred at this URL (remembered). Without it, the last server used; "
            "without one, a server embedded in this app."),
        u"url"_s);
    const QCommandLineOption embedded(u"embedded"_s,
        QApplication::translate("main",
            "Forget the remembered server and use the "
            "embedded one."));
    parser.addOptions({server, embedded});
    parser.addPositionalArgument(u"link"_s,
        QApplication::translate("main", "An invitation or password reset link (nacre://…) to open."), u"[link]"_s);
    parser.process(app);
    const QString link = parser.positionalArguments().value(0);

    // One Nacre per person: a second launch hands its link to the running one and ends. Launches that
    // change the server choose it for themselves, so they are not handed over.
    nacre::client::InstanceChannel channel(nacre::client::InstanceChannel::defaultSocketPath());
    if (!parser.isSet(server) && !parser.isSet(embedded) && channel.handToRunning(link))
        return 0;
    QString channelError;
    if (!channel.listen(&channelError))
        std::fprintf(stderr, "nacre: links from other launches will not arrive: %s\n", qPrintable(channelError));

    nacre::client::ClientSettings settings;
    nacre::ui::Appearance::apply(nacre::ui::Appearance::fromId(settings.appearance()));
    if (parser.isSet(embedded))
        settings.setServerUrl({});
    if (parser.isSet(server)) {
        const QUrl url(parser.value(server), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
            std::fprintf(stderr, "nacre: --server needs an http:// or https:// URL\n");
            return 2;
        }
        settings.setServerUrl(url);
    }

    // The language of the last account signed in here (the account's own choice applies once it
    // is known); the first time, the system's when Nacre has it.
    nacre::ui::Translations::apply(settings.language().isEmpty() ? QLocale::system().name() : settings.language());

    // Changing the server (Change Server, or a link of another server) starts over from here, in the
    // same process: a new embedded server or none, a new client, a new controller.
    QString pendingLink = link;
    UrlOpenFilter urlOpens;
    app.installEventFilter(&urlOpens);
    for (;;) {
        nacre::client::ApiClient api;
        nacre::ui::AppController::Server identity;
        const QString cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        std::unique_ptr<nacre::app::EmbeddedServer> local;
        if (settings.serverUrl().isEmpty()) {
            const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(data);
            local = std::make_unique<nacre::app::EmbeddedServer>(
                nacre::app::EmbeddedServer::Options {QDir(data).filePath(u"nacred.sqlite"_s),
                    QDir(data).filePath(u"outbox"_s), settings.embeddedPort(), settings.shareEmbedded()});
            QString error;
            const QUrl url = local->start(&error);
            if (url.isEmpty()) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Nacre Cannot Start"),
                    QApplication::translate("main", "The built-in server did not start:\n%1").arg(error));
                return 1;
            }
            if (local->portWasTaken())
                std::fprintf(stderr, "nacre: port %u is taken; the built-in server uses %u this run\n",
                    unsigned(settings.embeddedPort()), unsigned(local->port()));
            api.setBaseUrl(url);
            identity = {u"embedded"_s, QApplication::translate("main", "the workspace server on this computer"),
                cacheDirectory};
        } else {
            api.setBaseUrl(settings.serverUrl());
            identity = {settings.serverUrl().toString(), settings.serverUrl().host(), cacheDirectory};
        }

        nacre::client::TokenStore tokens;
        nacre::ui::Prompter prompter;
        nacre::ui::AppController controller(api, tokens, settings, prompter, identity);
        bool restart = false;
        QObject::connect(
            &controller, &nacre::ui::AppController::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
        QObject::connect(&controller, &nacre::ui::AppController::restartRequested, &app, [&] {
            restart = true;
            QApplication::closeAllWindows();
            QMetaObject::invokeMethod(&app, &QApplication::quit, Qt::QueuedConnection);
        });
        QObject::connect(
            &channel, &nacre::client::InstanceChannel::linkReceived, &controller, &nacre::ui::AppController::openLink);
        QObject::connect(&channel, &nacre::client::InstanceChannel::activationRequested, &controller,
            &nacre::ui::AppController::bringToFront);
        urlOpens.open = [&controller](const QString& url) {
            controller.openLink(url);
        };
        controller.start();
        if (!pendingLink.isEmpty())
            controller.openLink(pendingLink);
        const int status = QApplication::exec();
        urlOpens.open = nullptr;
        if (!restart)
            return status;
        pendingLink = controller.pendingLink();
    }
}
