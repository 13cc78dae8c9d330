#include "routes/InvitationPageRoutes.h"

#include "http/Router.h"
#include "mail/MailLanguage.h"
#include "services/Services.h"
#include "web/InvitationWebPage.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void InvitationPageRoutes::install(Router& router)
{
    router.add("GET", u"/invite/{token}"_s, [this](ApiRequest& request) {
        const QString token = request.param(u"token"_s);
        const InvitationLookup lookup = m_services.invitations.lookUp(token);
        // The reader's browser language when we ship it; else the inviter's, as their mail was written.
        const MailLanguage language = MailLanguage::fromAcceptLanguage(request.header("accept-language"))
                                          .value_or(MailLanguage::forLocale(lookup.inviterLocale));
        const InvitationWebPage::Page page
            = InvitationWebPage::render(lookup, QUrl(m_services.invitations.publicUrl()), token, language);
        ApiResponse response = ApiResponse::text(page.html, "text/html; charset=utf-8");
        response.status = page.status;
        // The code is in the address: no page it links to may learn it, no other site may frame or
        // script it, and no search engine may keep it.
        return response.withHeader("Content-Language", language.code().toLatin1())
            .withHeader("Vary", "Accept-Language")
            .withHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'")
            .withHeader("Referrer-Policy", "no-referrer")
            .withHeader("X-Frame-Options", "DENY")
            .withHeader("X-Robots-Tag", "noindex, nofollow");
    });
}

} // namespace nacre::server
