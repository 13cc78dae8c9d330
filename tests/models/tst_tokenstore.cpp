#include "credentials/TokenStore.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using nacre::client::TokenStore;

// Against the real Secret Service: ./nacre-dev test starts a private D-Bus session with an unlocked
// gnome-keyring for the tests.
class TestTokenStore : public QObject
{
    Q_OBJECT

    struct ReadResult
    {
        QString token;
        QString error;
    };

    static ReadResult read(TokenStore& store, const QString& key)
    {
        std::optional<ReadResult> result;
        QObject context;
        store.read(key, &context, [&result](const QString& token, const QString& error) { result = {token, error}; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            qFatal("the keychain did not answer");
        return *result;
    }

    static QString write(TokenStore& store, const QString& key, const QString& token)
    {
        std::optional<QString> error;
        QObject context;
        store.write(key, token, &context, [&error](const QString& e) { error = e; });
        if (!QTest::qWaitFor([&error] { return error.has_value(); }, 20000))
            qFatal("the keychain did not answer");
        return *error;
    }

    static QString remove(TokenStore& store, const QString& key)
    {
        std::optional<QString> error;
        QObject context;
        store.remove(key, &context, [&error](const QString& e) { error = e; });
        if (!QTest::qWaitFor([&error] { return error.has_value(); }, 20000))
            qFatal("the keychain did not answer");
        return *error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through ./nacre-dev test, which starts gnome-keyring.");
    }

    void tokensRoundTripThroughTheKeychain()
    {
        TokenStore store(u"nacre-test"_s);
        const QString key = TokenStore::keyFor(u"ann@acme.example"_s, u"http://nacre.example:8080"_s);
        QCOMPARE(key, u"ann@acme.example@http://nacre.example:8080"_s);

        const ReadResult none = read(store, key);
        QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
        QVERIFY(none.token.isEmpty());

        QCOMPARE(write(store, key, u"nks_first"_s), QString());
        QCOMPARE(read(store, key).token, u"nks_first"_s);
        QCOMPARE(write(store, key, u"nks_second"_s), QString()); // replaced, not duplicated
        QCOMPARE(read(store, key).token, u"nks_second"_s);

        // Another account on the same server has its own entry.
        const QString other = TokenStore::keyFor(u"bob@acme.example"_s, u"http://nacre.example:8080"_s);
        QVERIFY(read(store, other).token.isEmpty());

        QCOMPARE(remove(store, key), QString());
        QVERIFY(read(store, key).token.isEmpty());
        QCOMPARE(remove(store, key), QString()); // removing what is not there is fine
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
