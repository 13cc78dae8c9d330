#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace nacre {

// The links that bring a person into the app from outside: an invitation and a password-reset code,
// each naming the server it belongs to. Written by nacred (mail, the invitation's web page) and read
// by nacre (command line, a running instance, or pasted into a dialog):
//
//   nacre://invite?server=https%3A%2F%2Fnacre.example.com&code=nki_…   opens the app at the invitation
//   https://nacre.example.com/invite/nki_…                              the invitation's web page
//   nacre://reset?server=…&code=nkr_…                                    a password-reset code
//
// A bare code (what the mail also prints) is read too; it names no server.
struct DeepLink
{
    enum class Kind { Invitation, PasswordReset };

    Kind kind = Kind::Invitation;
    QUrl server; // empty when only a code was given
    QString code;

    static constexpr auto Scheme = "nacre";
    static constexpr auto InvitationPrefix = "nki_";
    static constexpr auto ResetPrefix = "nkr_";

    static QUrl invitation(const QUrl& server, const QString& code);
    static QUrl passwordReset(const QUrl& server, const QString& code);
    // The path of an invitation's web page on its server.
    static QString landingPath(const QString& code);

    // Whether the link is for `server` (a bare code names no server, so it is for any).
    bool isFor(const QUrl& server) const;

    // Whatever a person pasted or the desktop handed over: a nacre:// link, the web page's or the
    // API's URL of an invitation, or a bare code (surrounding spaces, quotes and <> ignored).
    static std::optional<DeepLink> parse(const QString& text);
};

} // namespace nacre
