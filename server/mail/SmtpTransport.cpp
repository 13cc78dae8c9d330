#include "mail/SmtpTransport.h"

#include <QHostAddress>

#include <curl/curl.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

struct Upload
{
    const QByteArray& data;
    qsizetype offset = 0;
};

size_t readMessage(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data.size() - upload->offset;
    const qsizetype taken = qMin(room, left);
    memcpy(buffer, upload->data.constData() + upload->offset, size_t(taken));
    upload->offset += taken;
    return size_t(taken);
}

// The relay's last refusal (a 4xx or 5xx reply line, "550 5.1.1 <x@y>: no such user"), for the reason
// stored; the "221 Bye" that follows it is not the answer. Only what the relay said
// (CURLINFO_HEADER_IN) is looked at: what nacred sent includes AUTH.
int keepRefusal(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        if (line.size() >= 3 && (line.at(0) == '4' || line.at(0) == '5'))
            *static_cast<QByteArray*>(user) = line;
    }
    return 0;
}

} // namespace

std::optional<SmtpRelay> SmtpRelay::parse(const QString& text, bool allowPlain, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"smtp"_s && scheme != u"smtps"_s) || url.host().isEmpty()) {
        *error = u"expected smtp://user:password@host:587 or smtps://user:password@host:465"_s;
        return std::nullopt;
    }
    SmtpRelay relay;
    relay.implicitTls = scheme == u"smtps"_s;
    relay.user = url.userName(QUrl::FullyDecoded);
    relay.password = url.password(QUrl::FullyDecoded);
    relay.url.setScheme(scheme);
    relay.url.setHost(url.host());
    relay.url.setPort(url.port(relay.implicitTls ? 465 : 587));
    relay.allowPlain = allowPlain;
    if (allowPlain && (relay.implicitTls || !relay.isLoopback())) {
        *error = u"--smtp-allow-plain is only for an smtp:// relay on this computer (127.0.0.1, ::1, localhost)"_s;
        return std::nullopt;
    }
    return relay;
}

QString SmtpRelay::describe() const
{
    QUrl shown = url;
    shown.setUserName(user);
    return shown.toString();
}

bool SmtpRelay::isLoopback() const
{
    const QString host = url.host();
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

SmtpTransport::SmtpTransport(SmtpRelay relay)
    : m_relay(std::move(relay))
    , m_worker(new QObject)
{
    static std::once_flag curlReady;
    std::call_once(curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_thread.setObjectName(u"nacred-smtp"_s);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SmtpTransport::~SmtpTransport()
{
    m_thread.quit();
    m_thread.wait();
}

void SmtpTransport::send(const QString& recipient, const QByteArray& message, Done done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [relay = m_relay, recipient, message, done = std::move(done), home = &m_home]() mutable {
            const Outcome outcome = deliver(relay, recipient, message);
            // Posted to the asking thread; dropped if the transport is gone by then.
            QMetaObject::invokeMethod(
                home, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

MailTransport::Outcome SmtpTransport::deliver(
    const SmtpRelay& relay, const QString& recipient, const QByteArray& message)
{
    CURL* curl = curl_easy_init();
    if (!curl)
        return Outcome::transient(u"libcurl could not start"_s);
    const QByteArray url = relay.url.toString().toUtf8();
    const QByteArray user = relay.user.toUtf8();
    const QByteArray password = relay.password.toUtf8();
    const QByteArray caFile = relay.caFile.toLocal8Bit();
    const QByteArray from = "<" + relay.from.address.toUtf8() + ">";
    const QByteArray to = "<" + recipient.toUtf8() + ">";
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    Upload upload {message};
    QByteArray refusal;
    char errorText[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    if (!relay.implicitTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(relay.allowPlain ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    // The debug hook is how libcurl hands over the relay's reply lines; it needs VERBOSE, whose
    // output then goes only to the hook (nothing is printed).
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, keepRefusal);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &refusal);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);

    const CURLcode result = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    if (result == CURLE_OK)
        return Outcome::sent();
    QString reason = code >= 400 && !refusal.isEmpty() ? QString::fromUtf8(refusal)
        : errorText[0] != 0                            ? QString::fromUtf8(errorText)
                                                       : QString::fromUtf8(curl_easy_strerror(result));
    if (code >= 500 && code < 600)
        return Outcome::permanent(reason);
    return Outcome::transient(reason);
}

} // namespace nacre::server
