#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace nacre::client {

// Session tokens in the operating system's keychain (Secret Service, Keychain, Credential Manager)
// through QtKeychain: service "nacre", key "<email>@<server>". Asynchronous; never falls back to a
// plain file. An error comes back as a sentence to show; the app keeps working for that run.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QString service = QStringLiteral("nacre"), QObject* parent = nullptr);

    static QString keyFor(const QString& email, const QString& serverIdentity);

    // `token` is empty when none is stored (not an error).
    void read(
        const QString& key, QObject* context, std::function<void(const QString& token, const QString& error)> done);
    void write(
        const QString& key, const QString& token, QObject* context, std::function<void(const QString& error)> done);
    void remove(const QString& key, QObject* context, std::function<void(const QString& error)> done);

private:
    QString m_service;
};

} // namespace nacre::client
