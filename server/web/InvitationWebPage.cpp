#include "web/InvitationWebPage.h"

#include "mail/MailLanguage.h"
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

QString document(const QString& title, const QString& body, const MailLanguage& language)
{
    return u"<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"robots\" content=\"noindex\"><title>%3</title><style>%4</style></head>"
           "<body><main>%5</main></body></html>\n"_s.arg(language.code(), language.rightToLeft() ? u"rtl"_s : u"ltr"_s,
               escaped(title), QString::fromLatin1(Style), body);
}

// A page that says the invitation cannot be used: its title (also the heading), why, and what to do.
QByteArray refusal(const QString& title, const QString& why, const QString& whatToDo, const MailLanguage& language)
{
    return document(
        title, u"<h1>%1</h1><p class=\"refused\">%2</p><p>%3</p>"_s.arg(escaped(title), why, whatToDo), language)
        .toUtf8();
}

QString whoToAsk(const InvitationRecord& record, const MailLanguage& language)
{
    const QString inviter = record.invitation.invitedBy.name;
    const QString workspace = escaped(record.workspaceName);
    return inviter.isEmpty() ? language.translate("nacre::server::InvitationWebPage", "an admin of “%1”").arg(workspace)
                             : language.translate("nacre::server::InvitationWebPage", "%1 or another admin of “%2”")
                                   .arg(escaped(inviter), workspace);
}

QString expiry(const QDateTime& at, const MailLanguage& language)
{
    return escaped(language.dateTime(at)) + u" UTC"_s;
}

} // namespace

InvitationWebPage::Page InvitationWebPage::render(
    const InvitationLookup& lookup, const QUrl& publicUrl, const QString& code, const MailLanguage& language)
{
    using State = InvitationLookup::State;
    const InvitationRecord& record = lookup.record;
    const Invitation& invitation = record.invitation;
    switch (lookup.state) {
    case State::Unknown:
        return {404,
            refusal(language.translate("nacre::server::InvitationWebPage", "Invitation not found"),
                language.translate("nacre::server::InvitationWebPage", "No invitation has this code."),
                language.translate("nacre::server::InvitationWebPage",
                    "Check that the whole link was copied from the mail. If the invitation was sent again, only the "
                    "newest mail’s link works. Otherwise ask the person who invited you for a new invitation."),
                language)};
    case State::Used:
        return {410,
            refusal(language.translate("nacre::server::InvitationWebPage", "This invitation was already used"),
                language.translate("nacre::server::InvitationWebPage", "The invitation to %1 has been accepted.")
                    .arg(escaped(record.workspaceName)),
                language
                    .translate("nacre::server::InvitationWebPage",
                        "If that was you, start Nacre and sign in as <strong>%1</strong>. If not, ask %2 for a new "
                        "invitation.")
                    .arg(escaped(invitation.email), whoToAsk(record, language)),
                language)};
    case State::Revoked:
        return {410,
            refusal(language.translate("nacre::server::InvitationWebPage", "This invitation was withdrawn"),
                language.translate("nacre::server::InvitationWebPage", "The invitation to %1 is no longer valid.")
                    .arg(escaped(record.workspaceName)),
                language.translate("nacre::server::InvitationWebPage", "Ask %1 whether you should still join.")
                    .arg(whoToAsk(record, language)),
                language)};
    case State::Expired:
        return {410,
            refusal(language.translate("nacre::server::InvitationWebPage", "This invitation has expired"),
                language.translate("nacre::server::InvitationWebPage", "The invitation to %1 ended on %2.")
                    .arg(escaped(record.workspaceName), expiry(invitation.expiresAt, language)),
                language.translate("nacre::server::InvitationWebPage", "Ask %1 to send a new one.")
                    .arg(whoToAsk(record, language)),
                language)};
    case State::Open:
        break;
    }

    const QString inviter = invitation.invitedBy.name.isEmpty()
        ? language.translate("nacre::server::InvitationWebPage", "Someone")
        : invitation.invitedBy.name;
    const QString deepLink = DeepLink::invitation(publicUrl, code).toString(QUrl::FullyEncoded);
    const QString pageLink = publicUrl.toString(QUrl::StripTrailingSlash) + DeepLink::landingPath(code);
    const QString next = lookup.accountExists
        ? language
              .translate("nacre::server::InvitationWebPage",
                  "Nacre will ask for the password of your account <strong>%1</strong>, then add you to the workspace.")
              .arg(escaped(invitation.email))
        : language.translate("nacre::server::InvitationWebPage",
            "Nacre will ask for your name and a password for your new account, then open the workspace.");
    const QString workspace = escaped(record.workspaceName);
    QString facts; // workspace, inviter, role, address, expiry: a label and its value each
    for (const auto& [label, value] :
        std::initializer_list<std::pair<const char*, QString>> {
            {QT_TRANSLATE_NOOP("nacre::server::InvitationWebPage", "Workspace"), workspace},
            {QT_TRANSLATE_NOOP("nacre::server::InvitationWebPage", "Invited by"), escaped(inviter)},
            {QT_TRANSLATE_NOOP("nacre::server::InvitationWebPage", "Role"),
                escaped(language.roleName(invitation.role))},
            {QT_TRANSLATE_NOOP("nacre::server::InvitationWebPage", "For"), escaped(invitation.email)},
            {QT_TRANSLATE_NOOP("nacre::server::InvitationWebPage", "Expires"), expiry(invitation.expiresAt, language)}})
        facts += u"<dt>%1</dt><dd>%2</dd>"_s.arg(language.translate("nacre::server::InvitationWebPage", label), value);
    const QString body
        = u"<h1>%1</h1><p>%2</p><dl>%3</dl><p><a class=\"button\" href=\"%4\">%5</a></p><p>%6</p><h2>%7</h2><p>%8</p>"
          "<p><code>%9</code></p>"_s.arg(
              language.translate("nacre::server::InvitationWebPage", "Join “%1” on Nacre").arg(workspace),
              language
                  .translate("nacre::server::InvitationWebPage", "%1 invited you to the workspace <strong>%2</strong>.")
                  .arg(escaped(inviter), workspace),
              facts, escaped(deepLink), language.translate("nacre::server::InvitationWebPage", "Open in Nacre"), next,
              language.translate("nacre::server::InvitationWebPage", "Nacre is not installed?"),
              language
                  .translate("nacre::server::InvitationWebPage",
                      "Nacre is the desktop console for this workspace. Ask %1 for the Nacre installer for your "
                      "computer and install it. Then come back to this page and choose <em>Open in Nacre</em>, or "
                      "start Nacre, choose <em>I Have an Invitation…</em> and paste the address of this page:")
                  .arg(escaped(inviter)),
              escaped(pageLink))
        + u"<p class=\"muted\">%1</p>"_s.arg(language.translate(
            "nacre::server::InvitationWebPage", "Keep this link to yourself: whoever opens it can join as you."));
    return {200,
        document(language.translate("nacre::server::InvitationWebPage", "Join %1 on Nacre").arg(record.workspaceName),
            body, language)
            .toUtf8()};
}

} // namespace nacre::server
