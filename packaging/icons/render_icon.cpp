// nacre-render-icon: draws the application icon's SVG as the PNG sizes of the hicolor theme, for the
// packages (desktops that do not scale SVG icons, and AppStream catalogues, want the PNGs).
//
//   nacre-render-icon SOURCE.svg OUTPUT_DIR NAME SIZE...   writes OUTPUT_DIR/SIZExSIZE/apps/NAME.png
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 5) {
        err << "usage: nacre-render-icon SOURCE.svg OUTPUT_DIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "nacre-render-icon: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    for (const QString& text : arguments.mid(4)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size <= 0) {
            err << "nacre-render-icon: not a size: " << text << '\n';
            return 2;
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString file = QStringLiteral("%1/%2.png").arg(folder, arguments.at(3));
        if (!QDir().mkpath(folder) || !image.save(file)) {
            err << "nacre-render-icon: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
