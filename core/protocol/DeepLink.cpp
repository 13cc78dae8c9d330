#include "protocol/DeepLink.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nacre {

namespace {

// Codes are a prefix and base64url: nothing else may pass for one (a pasted sentence, a path).
bool isCode(const QString& text, const char* prefix)
{
    static const QRegularExpression shape(u"^nk[a-z]_[A-Za-z0-9_-]{16,128}$"_s);
    return text.startsWith(QLatin1String(prefix)) && shape.match(text).hasMatch();
}

QUrl link(const char* host, const QUrl& server, const QString& code)
{
    QUrl url;
    url.setScheme(QLatin1String(DeepLink::Scheme));
    url.setHost(QLatin1String(host));
    // The server's URL is one query value: every reserved character in it is escaped.
    url.setQuery(u"server="_s + QString::fromLatin1(QUrl::toPercentEncoding(server.toString(QUrl::StripTrailingSlash)))
        + u"&code="_s + QString::fromLatin1(QUrl::toPercentEncoding(code)));
    return url;
}

// The server a page of it was served from: scheme, host, port and any path prefix before `depth`
// trailing segments (nacred behind a proxy at https://example.com/nacre).
QUrl serverOf(const QUrl& url, const QStringList& segments, qsizetype depth)
{
    QUrl server;
    server.setScheme(url.scheme());
    server.setHost(url.host());
    server.setPort(url.port());
    const QStringList prefix = segments.first(segments.size() - depth);
    if (!prefix.isEmpty())
        server.setPath(u'/' + prefix.join(u'/'));
    return server;
}

std::optional<DeepLink> fromCode(const QString& code, const QUrl& server)
{
    if (isCode(code, DeepLink::InvitationPrefix))
        return DeepLink {DeepLink::Kind::Invitation, server, code};
    if (isCode(code, DeepLink::ResetPrefix))
        return DeepLink {DeepLink::Kind::PasswordReset, server, code};
    return std::nullopt;
}

} // namespace

QUrl DeepLink::invitation(const QUrl& server, const QString& code)
{
    return link("invite", server, code);
}

QUrl DeepLink::passwordReset(const QUrl& server, const QString& code)
{
    return link("reset", server, code);
}

bool DeepLink::isFor(const QUrl& other) const
{
    constexpr auto Normal = QUrl::StripTrailingSlash | QUrl::NormalizePathSegments;
    return server.isEmpty() || server.adjusted(Normal) == other.adjusted(Normal);
}

QString DeepLink::landingPath(const QString& code)
{
    return u"/invite/"_s + code;
}

std::optional<DeepLink> DeepLink::parse(const QString& text)
{
    static const QRegularExpression wrapping(u"^[\\s\"'<(]+|[\\s\"'>).,]+$"_s);
    QString trimmed = text;
    trimmed.remove(wrapping);
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(u':'))
        return fromCode(trimmed, {});

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    if (url.scheme() == QLatin1String(Scheme)) {
        const QUrlQuery query(url);
        const QUrl server(query.queryItemValue(u"server"_s, QUrl::FullyDecoded), QUrl::StrictMode);
        if (!server.isValid() || (server.scheme() != u"http"_s && server.scheme() != u"https"_s)
            || server.host().isEmpty() || !server.userInfo().isEmpty() || server.hasQuery() || server.hasFragment())
            return std::nullopt;
        auto parsed
            = fromCode(query.queryItemValue(u"code"_s, QUrl::FullyDecoded), server.adjusted(QUrl::StripTrailingSlash));
        const Kind expected = url.host() == u"reset"_s ? Kind::PasswordReset : Kind::Invitation;
        if (!parsed || (url.host() != u"invite"_s && url.host() != u"reset"_s) || parsed->kind != expected)
            return std::nullopt;
        return parsed;
    }
    if ((url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty()) {
        // The web page (/invite/CODE) or the API (/api/v1/invitations/CODE) of an invitation.
        const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
        const qsizetype n = segments.size();
        const bool page = n >= 2 && segments[n - 2] == u"invite"_s;
        const bool api = n >= 4 && segments[n - 4] == u"api"_s && segments[n - 2] == u"invitations"_s;
        if (!page && !api)
            return std::nullopt;
        auto parsed = fromCode(segments.last(), serverOf(url, segments, page ? 2 : 4));
        if (!parsed || parsed->kind != Kind::Invitation)
            return std::nullopt;
        return parsed;
    }
    return std::nullopt;
}

} // namespace nacre
