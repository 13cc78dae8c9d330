#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace nacre::server {

// How a queued mail leaves nacred: into the outbox folder (the default, for the embedded server) or
// to an SMTP relay. A transport only delivers; the queue decides what is due and what an outcome means.
class MailTransport
{
public:
    struct Outcome
    {
        enum class Kind { Sent, Transient, Permanent };
        Kind kind = Kind::Sent;
        QString reason; // for the queue row and the app: the relay's answer, or why it was not reached

        static Outcome sent() { return {}; }
        static Outcome transient(QString why) { return {Kind::Transient, std::move(why)}; }
        static Outcome permanent(QString why) { return {Kind::Permanent, std::move(why)}; }
    };
    using Done = std::function<void(const Outcome&)>;

    virtual ~MailTransport() = default;
    // Delivers `message` to `recipient`; `done` is called once, on the caller's thread — at once or later.
    virtual void send(const QString& recipient, const QByteArray& message, Done done) = 0;
    virtual QString describe() const = 0; // for the log: never a password
};

} // namespace nacre::server
