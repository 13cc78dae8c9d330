#include "web/InvitationWebPage.h"

#include "protocol/DeepLink.h"
#include "services/InvitationService.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

// Light and dark, following the reader's system; no external resources (the page's CSP forbids them).
constexpr auto Style = R"(
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #f5f5f7; --card: #fff; --muted: #5f6368;
  --accent: #0a66c2; --accent-fg: #fff; --warn: #b3261e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8ea; --bg: #1b1b1d; --card: #26262a;
  --muted: #a8a8b0; --accent: #6ea8ff; --accent-fg: #0b1a33; --warn: #ff8a80; } }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 34rem; margin: 3rem auto; padding: 2rem; background: var(--card); border-radius: 12px; }
h1 { font-size: 1.5rem; margin-top: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { color: var(--muted); } dd { margin: 0; }
a.button { display: inline-block; padding: .6rem 1.2rem; border-radius: 8px; background: var(--accent);
  color: var(--accent-fg); text-decoration: none; font-weight: 600; }
code { word-break: break-all; }
.muted { color: var(--muted); } .refused { color: var(--warn); font-weight: 600; }
)";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString document(const QString& title, const QString& body)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"robots\" content=\"noindex\"><title>%1</title><style>%2</style></head>"
           "<body><main>%3</main></body></html>\n"_s.arg(escaped(title), QString::fromLatin1(Style), body);
}

QString whoToAsk(const InvitationRecord& record)
{
    const QString inviter = record.invitation.invitedBy.name;
    const QString workspace = u"\u201c"_s + escaped(record.workspaceName) + u"\u201d"_s;
    return inviter.isEmpty() ? u"an admin of %1"_s.arg(workspace)
                             : u"%1 or another admin of %2"_s.arg(escaped(inviter), workspace);
}

QString expiry(const QDateTime& at)
{
    return escaped(at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)) + u" UTC"_s;
}

} // namespace

InvitationWebPage::Page InvitationWebPage::render(
    const InvitationLookup& lookup, const QUrl& publicUrl, const QString& code)
{
    using State = InvitationLookup::State;
    const InvitationRecord& record = lookup.record;
    const Invitation& invitation = record.invitation;
    switch (lookup.state) {
    case State::Unknown:
        return {404,
            document(u"Invitation not found"_s,
                u"<h1>Invitation not found</h1><p class=\"refused\">No invitation has this code.</p>"
                "<p>Check that the whole link was copied from the mail. If the invitation was sent again, only "
                "the newest mail\u2019s link works. Otherwise ask the person who invited you for a new "
                "invitation.</p>"_s)
                .toUtf8()};
    case State::Used:
        return {410,
            document(u"Invitation already used"_s,
                u"<h1>This invitation was already used</h1><p class=\"refused\">The invitation to %1 has been "
                "accepted.</p><p>If that was you, start Nacre and sign in as <strong>%2</strong>. If not, ask %3 "
                "for a new invitation.</p>"_s.arg(
                    escaped(record.workspaceName), escaped(invitation.email), whoToAsk(record)))
                .toUtf8()};
    case State::Revoked:
        return {410,
            document(u"Invitation withdrawn"_s,
                u"<h1>This invitation was withdrawn</h1><p class=\"refused\">The invitation to %1 is no longer "
                "valid.</p><p>Ask %2 whether you should still join.</p>"_s.arg(
                    escaped(record.workspaceName), whoToAsk(record)))
                .toUtf8()};
    case State::Expired:
        return {410,
            document(u"Invitation expired"_s,
                u"<h1>This invitation has expired</h1><p class=\"refused\">The invitation to %1 ended on %2.</p>"
                "<p>Ask %3 to send a new one.</p>"_s.arg(
                    escaped(record.workspaceName), expiry(invitation.expiresAt), whoToAsk(record)))
                .toUtf8()};
    case State::Open:
        break;
    }

    const QString inviter = invitation.invitedBy.name.isEmpty() ? u"Someone"_s : invitation.invitedBy.name;
    const QString deepLink = DeepLink::invitation(publicUrl, code).toString(QUrl::FullyEncoded);
    const QString pageLink = publicUrl.toString(QUrl::StripTrailingSlash) + DeepLink::landingPath(code);
    const QString next = lookup.accountExists
        ? u"Nacre will ask for the password of your account <strong>%1</strong>, then add you to the workspace."_s.arg(
            escaped(invitation.email))
        : u"Nacre will ask for your name and a password for your new account, then open the workspace."_s;
    const QString body = u"<h1>Join \u201c%1\u201d on Nacre</h1>"
                         "<p>%2 invited you to the workspace <strong>%1</strong>.</p>"
                         "<dl><dt>Workspace</dt><dd>%1</dd><dt>Invited by</dt><dd>%2</dd>"
                         "<dt>Role</dt><dd>%3</dd><dt>For</dt><dd>%4</dd><dt>Expires</dt><dd>%5</dd></dl>"
                         "<p><a class=\"button\" href=\"%6\">Open in Nacre</a></p><p>%7</p>"
                         "<h2>Nacre is not installed?</h2>"
                         "<p>Nacre is the desktop console for this workspace. Ask %8 for the Nacre installer for your "
                         "computer and install it. Then come back to this page and choose <em>Open in Nacre</em>, "
                         "or start Nacre, choose <em>I Have an Invitation\u2026</em> and paste the address of this "
                         "page:</p><p><code>%9</code></p>"
                         "<p class=\"muted\">Keep this link to yourself: whoever opens it can join as you.</p>"_s.arg(
                             escaped(record.workspaceName), escaped(inviter), escaped(invitation.role.displayName()),
                             escaped(invitation.email), expiry(invitation.expiresAt), escaped(deepLink), next,
                             escaped(inviter), escaped(pageLink));
    return {200, document(u"Join %1 on Nacre"_s.arg(record.workspaceName), body).toUtf8()};
}

} // namespace nacre::server
