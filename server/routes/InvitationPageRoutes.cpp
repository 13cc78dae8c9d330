#include "routes/InvitationPageRoutes.h"

#include "http/Router.h"
#include "services/Services.h"
#include "web/InvitationWebPage.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void InvitationPageRoutes::install(Router& router)
{
    router.add("GET", u"/invite/{token}"_s, [this](ApiRequest& request) {
        const QString token = request.param(u"token"_s);
        const InvitationWebPage::Page page = InvitationWebPage::render(
            m_services.invitations.lookUp(token), QUrl(m_services.invitations.publicUrl()), token);
        ApiResponse response = ApiResponse::text(page.html, "text/html; charset=utf-8");
        response.status = page.status;
        // The code is in the address: no page it links to may learn it, no other site may frame or
        // script it, and no search engine may keep it.
        return response
            .withHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'")
            .withHeader("Referrer-Policy", "no-referrer")
            .withHeader("X-Frame-Options", "DENY")
            .withHeader("X-Robots-Tag", "noindex, nofollow");
    });
}

} // namespace nacre::server
