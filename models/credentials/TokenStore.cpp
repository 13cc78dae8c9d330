#include "credentials/TokenStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace nacre::client {

namespace {

QString describe(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return TokenStore::tr("No keychain is available, so you will need to sign in again next time (%1).")
            .arg(job.errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStore::tr("The keychain refused access, so you will need to sign in again next time.");
    default:
        return TokenStore::tr("The keychain failed: %1").arg(job.errorString());
    }
}

// Runs `job` and calls `done` with it when it finishes, unless `context` is gone by then.
template <typename Job, typename Done>
void run(Job* job, QObject* context, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a token never lands in a plain file
    QObject::connect(job, &QKeychain::Job::finished, context,
        [done = std::move(done)](QKeychain::Job* finished) { done(*static_cast<Job*>(finished)); });
    job->start();
}

} // namespace

TokenStore::TokenStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString TokenStore::keyFor(const QString& email, const QString& serverIdentity)
{
    return email + u'@' + serverIdentity;
}

void TokenStore::read(const QString& key, QObject* context, std::function<void(const QString&, const QString&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, [done = std::move(done)](const QKeychain::ReadPasswordJob& finished) {
        if (finished.error() == QKeychain::EntryNotFound)
            done({}, {});
        else if (finished.error() != QKeychain::NoError)
            done({}, describe(finished));
        else
            done(finished.textData(), {});
    });
}

void TokenStore::write(
    const QString& key, const QString& token, QObject* context, std::function<void(const QString&)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(token);
    run(job, context, [done = std::move(done)](const QKeychain::WritePasswordJob& finished) {
        done(finished.error() == QKeychain::NoError ? QString() : describe(finished));
    });
}

void TokenStore::remove(const QString& key, QObject* context, std::function<void(const QString&)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, [done = std::move(done)](const QKeychain::DeletePasswordJob& finished) {
        const bool ok = finished.error() == QKeychain::NoError || finished.error() == QKeychain::EntryNotFound;
        done(ok ? QString() : describe(finished));
    });
}

} // namespace nacre::client
