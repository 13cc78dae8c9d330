#include "mail/OutboxTransport.h"

#include "auth/Tokens.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace nacre::server {

OutboxTransport::OutboxTransport(QString directory)
    : m_directory(std::move(directory))
{ }

void OutboxTransport::send(const QString& recipient, const QByteArray& message, Done done)
{
    Q_UNUSED(recipient) // the message names it
    if (!QDir().mkpath(m_directory)) {
        done(Outcome::transient(u"cannot create the outbox folder %1"_s.arg(m_directory)));
        return;
    }
    // The time first, so file names sort oldest to newest.
    const QString name
        = u"%1-%2.eml"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s), Tokens::newId());
    QSaveFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit()) {
        done(Outcome::transient(u"cannot write to the outbox: %1"_s.arg(file.errorString())));
        return;
    }
    done(Outcome::sent());
}

QString OutboxTransport::describe() const
{
    return u"the outbox folder "_s + m_directory;
}

} // namespace nacre::server
