#include "profile/ClientName.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace nacre::client {

namespace {

struct Marker
{
    const char* token; // as it appears in the string
    const char* name; // as people know it
};

// Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
constexpr std::array Browsers {Marker {"Edg/", "Edge"}, Marker {"OPR/", "Opera"}, Marker {"Firefox/", "Firefox"},
    Marker {"Chrome/", "Chrome"}, Marker {"Safari/", "Safari"}};
constexpr std::array Systems {Marker {"Windows", "Windows"}, Marker {"Android", "Android"}, Marker {"iPhone", "iOS"},
    Marker {"iPad", "iPadOS"}, Marker {"Mac OS X", "macOS"}, Marker {"CrOS", "ChromeOS"}, Marker {"Linux", "Linux"}};

QString find(const QString& text, const auto& markers)
{
    for (const Marker& marker : markers) {
        if (text.contains(QLatin1String(marker.token)))
            return QString::fromLatin1(marker.name);
    }
    return {};
}

} // namespace

QString ClientName::of(const QString& userAgent)
{
    const QString text = userAgent.simplified();
    // Nacre names itself and its system: "Nacre/0.4.0 (Debian GNU/Linux 12)".
    static const QRegularExpression nacre(u"^Nacre/(\\S+)(?: \\((.+)\\))?"_s);
    if (const auto match = nacre.match(text); match.hasMatch())
        return match.captured(2).isEmpty() ? tr("Nacre %1").arg(match.captured(1))
                                           : tr("Nacre %1 on %2").arg(match.captured(1), match.captured(2));
    if (text.startsWith(u"Mozilla/"_s)) {
        const QString browser = find(text, Browsers);
        const QString system = find(text, Systems);
        if (browser.isEmpty() && system.isEmpty())
            return tr("Unknown application");
        if (browser.isEmpty())
            return tr("A browser on %1").arg(system);
        return system.isEmpty() ? browser : tr("%1 on %2").arg(browser, system);
    }
    // Anything else names itself first: "curl/8.1.2", "python-requests/2.31".
    static const QRegularExpression product(u"^([A-Za-z][\\w.-]*)/(\\S+)"_s);
    if (const auto match = product.match(text); match.hasMatch())
        return u"%1 %2"_s.arg(match.captured(1), match.captured(2));
    return text.isEmpty() ? tr("Unknown application") : text.left(60);
}

} // namespace nacre::client
