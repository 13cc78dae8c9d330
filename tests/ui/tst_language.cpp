#include "api/ApiError.h"
#include "i18n/Translations.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "support/UiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

class TestLanguage : public QObject
{
    Q_OBJECT

    static QStringList navigationTexts(ui::MainWindow* window)
    {
        QStringList texts;
        auto* list = window->findChild<QListWidget*>(u"navigation"_s);
        for (int i = 0; i < list->count(); ++i)
            texts.append(list->item(i)->text());
        return texts;
    }

private Q_SLOTS:
    void translationsOnOffer()
    {
        const QList<ui::Translations::Language> languages = ui::Translations::available();
        QVERIFY(languages.size() >= 2);
        QCOMPARE(languages.first().locale, u"en"_s);
        QCOMPARE(languages.at(1).name, u"Deutsch"_s);
        QCOMPARE(ui::Translations::bestMatch(u"de_AT"_s), u"de"_s);
        QCOMPARE(ui::Translations::bestMatch(u"fr_FR"_s), u"fr"_s);
        QCOMPARE(ui::Translations::bestMatch(u"he_IL"_s), u"he"_s);
        QCOMPARE(ui::Translations::bestMatch(u"pt_BR"_s), u"en"_s);
        QStringList names;
        for (const ui::Translations::Language& language : languages)
            names.append(language.name);
        QCOMPARE(
            names, QStringList({u"English"_s, u"Deutsch"_s, u"Fran\u00e7ais"_s, u"\u05e2\u05d1\u05e8\u05d9\u05ea"_s}));
        QCOMPARE(ui::Translations::bestMatch(u"C"_s), u"en"_s);
        // English carries its plural forms.
        ui::Translations::apply(u"en"_s);
        QCOMPARE(QCoreApplication::translate("nacre::client::RoleListModel", "%n permission(s)", nullptr, 1),
            u"1 permission"_s);
        QCOMPARE(QCoreApplication::translate("nacre::client::RoleListModel", "%n permission(s)", nullptr, 3),
            u"3 permissions"_s);
    }

    // Issue 11: every refusal the server can give is said in the reader's language (each one shipped,
    // issue 15), never in the server's English (a code without a client sentence would show "SERVER SAYS" here).
    void everyRefusalHasASentenceInEachLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        for (const ui::Translations::Language& language : ui::Translations::available()) {
            if (language.locale != u"en"_s)
                QTest::newRow(qPrintable(language.locale)) << language.locale;
        }
    }

    void everyRefusalHasASentenceInEachLanguage()
    {
        QFETCH(QString, locale);
        const auto refusal = [](ProblemCode code) {
            client::ApiError error;
            error.kind = client::ApiError::Kind::Http;
            error.status = 403;
            error.problem = code;
            error.code = ProblemCodes::name(code);
            error.detail = u"SERVER SAYS"_s;
            error.fieldErrors = {FieldError {u"name"_s, u"required"_s, u"SERVER SAYS"_s}};
            error.problemBody = QJsonObject {{u"permission"_s, u"resources.users"_s}, {u"workspaceName"_s, u"Acme"_s},
                {u"email"_s, u"ann@acme.example"_s}, {u"state"_s, u"used"_s}};
            return error;
        };
        ui::Translations::apply(u"en"_s);
        QHash<ProblemCode, QString> english;
        for (const auto& [code, name] : ProblemCodeNames)
            english.insert(code, refusal(code).message());
        ui::Translations::apply(locale);
        for (const auto& [code, name] : ProblemCodeNames) {
            const QString translated = refusal(code).message();
            QVERIFY2(!translated.isEmpty() && !translated.contains(u"SERVER SAYS"_s), qPrintable(name));
            QVERIFY2(translated != english.value(code), qPrintable(name + u": "_s + translated));
        }
        // Details from the problem's members, in the language.
        const QHash<QString, QString> missingUsers {{u"de"_s, u"Ihre Rolle umfasst „Benutzer“ nicht."_s},
            {u"fr"_s, u"Votre rôle n'inclut pas «\u00a0Utilisateurs\u00a0»."_s},
            {u"he"_s, u"התפקיד שלך אינו כולל את \"משתמשים\"."_s}};
        if (missingUsers.contains(locale))
            QCOMPARE(refusal(ProblemCode::MissingPermission).message(), missingUsers.value(locale));

        const QStringList fieldCodes {u"required"_s, u"wrong_type"_s, u"unknown_field"_s, u"too_long"_s, u"too_short"_s,
            u"out_of_range"_s, u"control_character"_s, u"invalid_email"_s, u"invalid_format"_s, u"unknown_value"_s,
            u"unknown_permission"_s, u"duplicate"_s, u"confirmation_mismatch"_s, u"wrong_password"_s, u"wrong_code"_s,
            u"not_allowed"_s};
        for (const QString& code : fieldCodes) {
            client::ApiError error;
            error.kind = client::ApiError::Kind::Http;
            error.fieldErrors = {FieldError {u"field"_s, code, u"SERVER SAYS"_s}};
            QVERIFY2(!error.fieldMessage(u"field"_s).contains(u"SERVER SAYS"_s), qPrintable(code));
        }
        // A code this build does not know: the server's sentence is all there is.
        client::ApiError unknown;
        unknown.kind = client::ApiError::Kind::Http;
        unknown.status = 409;
        unknown.code = u"some_future_code"_s;
        unknown.detail = u"SERVER SAYS"_s;
        QCOMPARE(unknown.message(), u"SERVER SAYS"_s);
        ui::Translations::apply(u"en"_s);
    }

    void changingTheLanguageRebuildsTheWindowInIt()
    {
        test::TestServer server;
        server.setUp(nullptr, u"olga@acme.example"_s);
        test::AppFixture app(server, u"language-test"_s);
        QVERIFY(app.signIn(u"olga@acme.example"_s));
        ui::AppController& controller = *app.controller;
        client::ClientSettings& settings = app.settings;
        client::ApiClient& api = app.api;
        QTRY_VERIFY(navigationTexts(controller.window()).contains(u"General Settings"_s));

        controller.window()->showPage(u"profile"_s);
        auto* language = controller.window()->findChild<QComboBox*>(u"profileLanguage"_s);
        QTRY_COMPARE(controller.window()->findChild<QLineEdit*>(u"profileEmail"_s)->text(), u"olga@acme.example"_s);
        QCOMPARE(language->currentData().toString(), u"en"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        QTest::mouseClick(controller.window()->findChild<QPushButton*>(u"saveProfile"_s), Qt::LeftButton);

        // A new window, in German, on the same page.
        QTRY_VERIFY(navigationTexts(controller.window()).contains(u"Allgemeine Einstellungen"_s));
        QVERIFY(navigationTexts(controller.window()).contains(u"ARBEITSBEREICH"_s));
        // The section of one's own pages and the Users page no longer share a word (issue 10, item 12),
        // and the plan is named in German.
        QVERIFY(navigationTexts(controller.window()).contains(u"MEIN KONTO"_s));
        QVERIFY(!navigationTexts(controller.window()).contains(u"BENUTZER"_s));
        QTRY_COMPARE(
            controller.window()->findChild<QLabel*>(u"workspaceRole"_s)->text(), u"Inhaber \u00b7 Tarif Kostenlos"_s);
        QCOMPARE(controller.window()->currentPageKey(), u"profile"_s);
        QVERIFY(controller.window()->isVisible());
        QCOMPARE(ui::Translations::current(), u"de"_s);
        QCOMPARE(settings.language(), u"de"_s); // used before sign-in next time
        QCOMPARE(server.get(u"/api/v1/me"_s, api.token()).json().value(u"locale"_s).toString(), u"de"_s);

        // And back.
        language = controller.window()->findChild<QComboBox*>(u"profileLanguage"_s);
        QTRY_COMPARE(controller.window()->findChild<QLineEdit*>(u"profileEmail"_s)->text(), u"olga@acme.example"_s);
        QTRY_COMPARE(language->currentData().toString(), u"de"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        QTest::mouseClick(controller.window()->findChild<QPushButton*>(u"saveProfile"_s), Qt::LeftButton);
        QTRY_VERIFY(navigationTexts(controller.window()).contains(u"General Settings"_s));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
