#include "i18n/Translations.h"
#include "shell/MainWindow.h"
#include "shell/Sidebar.h"
#include "support/UiTestSupport.h"
#include "users/UsersPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace nacre;

namespace {

// One message of a .ts file: what tr() was given.
struct Message
{
    QByteArray context;
    QByteArray source;
    QByteArray comment;
    bool plural = false;
};

QList<Message> messagesOf(const QString& tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QByteArray context;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText().toUtf8();
        } else if (xml.name() == u"message"_s) {
            Message message {context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source"_s)
                    message.source = xml.readElementText().toUtf8();
                else if (xml.name() == u"comment"_s)
                    message.comment = xml.readElementText().toUtf8();
                else
                    xml.skipCurrentElement();
            }
            messages.append(message);
        }
    }
    return messages;
}

QString withoutMnemonic(QString text)
{
    static const QRegularExpression mnemonic(u"&(?=[^&\\s])"_s);
    return text.remove(mnemonic);
}

// The English texts the window must not show in another language: every source whose translation
// differs from it, as written (its & removed), and, for one with arguments, as a pattern that its
// filled-in form matches (when enough of it is words to say it is English).
struct EnglishTexts
{
    QSet<QString> exact;
    QList<QRegularExpression> patterns;

    bool matches(const QString& text) const
    {
        if (exact.contains(text))
            return true;
        return std::any_of(patterns.cbegin(), patterns.cend(),
            [&](const QRegularExpression& pattern) { return pattern.match(text).hasMatch(); });
    }
};

EnglishTexts untranslatedForms(const QList<Message>& messages)
{
    static const QRegularExpression argument(u"%L?[0-9n]"_s);
    static const QRegularExpression letters(u"[A-Za-z]{3,}"_s);
    EnglishTexts english;
    for (const Message& message : messages) {
        const QString source = QString::fromUtf8(message.source);
        const QString translated = QCoreApplication::translate(message.context.constData(), message.source.constData(),
            message.comment.isEmpty() ? nullptr : message.comment.constData(), message.plural ? 2 : -1);
        const QString asEnglish = message.plural ? QString(source).replace(u"%n"_s, u"2"_s) : source;
        if (translated == asEnglish || translated == source)
            continue; // the same in both languages (a name, a placeholder address, "Nacre %1")
        const QString plain = withoutMnemonic(source);
        if (!plain.contains(argument)) {
            english.exact.insert(plain);
            continue;
        }
        QString literal = plain;
        literal.remove(argument);
        if (literal.count(letters) < 2 && !literal.contains(QRegularExpression(u"[A-Za-z]{6,}"_s)))
            continue; // too little English around the arguments to tell
        QStringList pieces = plain.split(argument);
        for (QString& piece : pieces)
            piece = QRegularExpression::escape(piece);
        english.patterns.append(
            QRegularExpression(u"^"_s + pieces.join(u".+"_s) + u"$"_s, QRegularExpression::DotMatchesEverythingOption));
    }
    return english;
}

QString plainText(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Everything a person reads under `root`: labels, buttons, group titles, placeholders, combo box
// entries, tab titles, table headers and cells, tooltips and accessible names.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    const auto add = [&](const QString& text) {
        const QString plain = withoutMnemonic(plainText(text)).trimmed();
        if (!plain.isEmpty())
            texts.append(plain);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        add(widget->toolTip());
        add(widget->accessibleName());
        add(widget->accessibleDescription());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title());
        else if (auto* line = qobject_cast<QLineEdit*>(widget))
            add(line->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i));
                add(tabs->tabToolTip(i));
            }
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                add(model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    add(index.data(Qt::DisplayRole).toString());
                    add(index.data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
    return texts;
}

} // namespace

// Issue 15: each shipped translation covers the window. With the language chosen, no page of the
// main window shows a string left in English, and Hebrew lays the window out from the right.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageIsInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("German") << u"de"_s << Qt::LeftToRight;
        QTest::newRow("French") << u"fr"_s << Qt::LeftToRight;
        QTest::newRow("Hebrew") << u"he"_s << Qt::RightToLeft;
    }

    void everyPageIsInTheChosenLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(Qt::LayoutDirection, direction);
        QCOMPARE(ui::Translations::apply(locale), locale);
        const QList<Message> messages = messagesOf(QStringLiteral(NACRE_TRANSLATIONS_DIR "/nacre_%1.ts").arg(locale));
        QVERIFY(messages.size() > 900);
        const EnglishTexts english = untranslatedForms(messages);
        QVERIFY2(english.exact.size() > 500, "the catalogue is translated");

        test::WindowFixture f(false);
        f.addSupportMember(u"ines@acme.example"_s);
        QCOMPARE(
            f.server
                .send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(f.acme),
                    QJsonObject {{u"emails"_s, QJsonArray {u"ivo@acme.example"_s}}, {u"roleId"_s, f.supportRole()}},
                    f.owner.token)
                .status,
            200);
        f.open(f.owner);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        auto* pages = f.window->findChild<QStackedWidget*>(u"pages"_s);
        QStringList untranslated;
        int checked = 0;
        const auto check = [&](const QString& where, QWidget* root) {
            for (const QString& text : visibleTexts(root)) {
                ++checked;
                if (english.matches(text) && !untranslated.contains(where + u": "_s + text))
                    untranslated.append(where + u": "_s + text);
            }
        };
        f.visitEveryPage(check);
        const QString title = f.window->windowTitle();
        const Qt::LayoutDirection shown = f.window->layoutDirection();
        // Right to left, the sidebar is on the window's right and the page on its left.
        const int sidebarX = f.window->sidebar()->mapTo(f.window.get(), QPoint(0, 0)).x();
        const int pageX = pages->mapTo(f.window.get(), QPoint(0, 0)).x();
        ui::Translations::apply(u"en"_s);
        qInfo("%s: %d texts read on the window's pages", qPrintable(locale), checked);
        QVERIFY(checked > 300);
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"left in English:\n"_s + untranslated.join(u'\n')));
        QVERIFY(!title.isEmpty());
        QCOMPARE(shown, direction);
        QCOMPARE(sidebarX > pageX, direction == Qt::RightToLeft);
    }

    // The check above would catch an English string: it finds one when the catalogue is English.
    void theCheckFindsEnglish()
    {
        ui::Translations::apply(u"de"_s);
        const EnglishTexts english
            = untranslatedForms(messagesOf(QStringLiteral(NACRE_TRANSLATIONS_DIR "/nacre_de.ts")));
        ui::Translations::apply(u"en"_s);
        QVERIFY(english.matches(u"General Settings"_s));
        QVERIFY(english.matches(u"Save"_s)); // "&Save", as shown
        QVERIFY(english.matches(u"Revoke \u201cCRM sync\u201d? Programs that use it are refused from now on. "
                                "This cannot be undone."_s));
        QVERIFY(!english.matches(u"Allgemeine Einstellungen"_s));
        QVERIFY(!english.matches(u"olga@acme.example"_s));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
