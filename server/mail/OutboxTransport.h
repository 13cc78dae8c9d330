#pragma once

#include "mail/MailTransport.h"

namespace nacre::server {

// Delivers mail by writing one message per file (`<time>-<id>.eml`) into a folder, where an operator
// (or the person running the embedded server) can pick it up. Synchronous: a local write.
class OutboxTransport : public MailTransport
{
public:
    explicit OutboxTransport(QString directory);

    const QString& directory() const { return m_directory; }
    void send(const QString& recipient, const QByteArray& message, Done done) override;
    QString describe() const override;

private:
    QString m_directory;
};

} // namespace nacre::server
