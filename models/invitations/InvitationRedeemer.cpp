#include "invitations/InvitationRedeemer.h"

#include "json/JsonReader.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace nacre::client {

namespace {

QString acceptPath(const QString& code)
{
    return u"/api/v1/invitations/%1/accept"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(code)));
}

} // namespace

InvitationRedeemer::InvitationRedeemer(const QUrl& server, QObject* parent)
    : QObject(parent)
    , m_auth(m_guest)
{
    m_guest.setBaseUrl(server);
}

void InvitationRedeemer::preview(
    const QString& code, QObject* context, std::function<void(const InvitationOffer&, const ApiError&)> done)
{
    m_guest.get(u"/api/v1/invitations/"_s + QString::fromLatin1(QUrl::toPercentEncoding(code)), context,
        [done = std::move(done)](const ApiResult& result) {
            InvitationOffer offer;
            const QJsonObject json = result.object();
            offer.workspaceName = json.value(u"workspaceName"_s).toString();
            offer.email = json.value(u"email"_s).toString();
            offer.role = json.value(u"role"_s).toString();
            offer.invitedBy = json.value(u"invitedBy"_s).toString();
            offer.expiresAt = JsonReader(json).optionalDateTime(u"expiresAt"_s);
            offer.accountExists = json.value(u"accountExists"_s).toBool();
            ApiError error = result.error;
            if (!error.isError() && offer.email.isEmpty())
                error.kind = ApiError::Kind::InvalidResponse;
            done(offer, error);
        });
}

void InvitationRedeemer::joinWithNewAccount(const QString& code, const QString& displayName, const QString& password,
    QObject* context, std::function<void(const SignInResult&)> done)
{
    m_guest.setToken({});
    m_guest.send("POST", acceptPath(code), QJsonObject {{u"displayName"_s, displayName}, {u"password"_s, password}},
        context, [done = std::move(done)](const ApiResult& result) { done(AuthService::toSignInResult(result)); });
}

void InvitationRedeemer::joinWithAccount(const QString& code, const QString& email, const QString& password,
    const QString& oneTimeCode, QObject* context, std::function<void(const SignInResult&)> done)
{
    m_guest.setToken({});
    m_auth.signIn(email, password, oneTimeCode, context,
        [this, code, context, done = std::move(done)](const SignInResult& signedIn) {
            if (!signedIn.ok()) {
                done(signedIn);
                return;
            }
            m_guest.setToken(signedIn.token);
            joinSignedIn(m_guest, code, context, [signedIn, done](const QString& workspaceId, const ApiError& error) {
                SignInResult joined = signedIn;
                joined.workspaceId = workspaceId;
                joined.error = error;
                if (error.is(ProblemCode::AlreadyMember)) {
                    // Joined before (another device, an earlier try): signing in is what was wanted.
                    joined.error = {};
                }
                done(joined);
            });
        });
}

void InvitationRedeemer::joinSignedIn(
    ApiClient& api, const QString& code, QObject* context, std::function<void(const QString&, const ApiError&)> done)
{
    api.send("POST", acceptPath(code), QJsonObject {}, context, [done = std::move(done)](const ApiResult& result) {
        done(result.object().value(u"workspaceId"_s).toString(), result.error);
    });
}

QString InvitationRedeemer::explain(const ApiError& error)
{
    if (error.status == 404)
        return tr("No invitation has this code. Check that you copied the whole link or code. If the "
                  "invitation was sent again, only the newest mail works.");
    return error.message(); // invitation_unusable says which way, and who to ask
}

} // namespace nacre::client
