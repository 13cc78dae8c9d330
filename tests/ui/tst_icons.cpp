#include "theme/Appearance.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::ui::Appearance;
namespace Icons = nacre::ui::Icons;

namespace {

// The mean lightness of the icon's drawn (opaque enough) pixels, 0 (black) to 1 (white).
double inkLightness(const QImage& image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alphaF() > 0.5f) {
                sum += pixel.lightnessF();
                ++count;
            }
        }
    }
    return count ? sum / count : -1;
}

} // namespace

// The icons on buttons, tabs and the sidebar: visible on either palette, sharp at device pixel ratio
// 2, and the desktop theme's own where it has one.
class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlineIconsAreDrawnInThePalettesTextColour()
    {
        Appearance::apply(Appearance::Mode::Light);
        const double onLight = inkLightness(Icons::get(Icons::Icon::Download).pixmap(QSize(24, 24)).toImage());
        Appearance::apply(Appearance::Mode::Dark);
        const double onDark = inkLightness(Icons::get(Icons::Icon::Download).pixmap(QSize(24, 24)).toImage());
        Appearance::apply(Appearance::Mode::Light);
        QVERIFY2(onLight >= 0 && onLight < 0.4, qPrintable(u"dark ink on the light palette: %1"_s.arg(onLight)));
        QVERIFY2(onDark > 0.6, qPrintable(u"light ink on the dark palette: %1"_s.arg(onDark)));
    }

    void selectedIconsTakeTheHighlightedTextColour()
    {
        Appearance::apply(Appearance::Mode::Light);
        const QImage selected = Icons::get(Icons::Icon::Users).pixmap(QSize(18, 18), QIcon::Selected).toImage();
        QVERIFY(inkLightness(selected) > 0.8); // white on the blue highlight
    }

    void statusIconsKeepTheirColours()
    {
        const QImage failed = Icons::get(Icons::Icon::XCircle).pixmap(QSize(16, 16)).toImage();
        QColor ink;
        for (int y = 0; y < failed.height() && !ink.isValid(); ++y)
            for (int x = 0; x < failed.width() && !ink.isValid(); ++x)
                if (failed.pixelColor(x, y).alphaF() > 0.9f)
                    ink = failed.pixelColor(x, y);
        QVERIFY(ink.isValid());
        QVERIFY2(ink.red() > 2 * ink.green(), qPrintable(ink.name())); // still red
    }

    void iconsAreDrawnAtTheDevicePixelRatioAskedFor()
    {
        for (const Icons::Icon icon : {Icons::Icon::Plus, Icons::Icon::Check, Icons::Icon::Shield}) {
            const QPixmap sharp = Icons::get(icon).pixmap(QSize(16, 16), 2.0);
            QCOMPARE(sharp.size(), QSize(32, 32)); // drawn from the SVG at 32 pixels, not scaled up
            QCOMPARE(sharp.devicePixelRatio(), 2.0);
        }
        QCOMPARE(Icons::application().pixmap(QSize(64, 64), 2.0).size(), QSize(128, 128));
    }

    void theDesktopThemesIconIsPreferred()
    {
        QTemporaryDir themes;
        QVERIFY(QDir(themes.path()).mkpath(u"proof/scalable/actions"_s));
        QFile index(themes.filePath(u"proof/index.theme"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=proof\nDirectories=scalable/actions\n\n"
                    "[scalable/actions]\nSize=16\nMinSize=8\nMaxSize=512\nType=Scalable\n");
        index.close();
        QVERIFY(QFile::copy(u":/nacre/icons/plus.svg"_s, themes.filePath(u"proof/scalable/actions/list-add.svg"_s)));
        const QStringList searchPaths = QIcon::themeSearchPaths();
        const QString themeName = QIcon::themeName();
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(u"proof"_s);
        const QString fromTheme = Icons::get(Icons::Icon::Plus).name();
        const QString bundled = Icons::get(Icons::Icon::Download).name(); // the theme has none
        const bool bundledDraws = !Icons::get(Icons::Icon::Download).pixmap(QSize(16, 16)).isNull();
        QIcon::setThemeName(themeName);
        QIcon::setThemeSearchPaths(searchPaths);
        QCOMPARE(fromTheme, u"list-add"_s);
        QVERIFY(bundled != u"document-save"_s);
        QVERIFY(bundledDraws);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
