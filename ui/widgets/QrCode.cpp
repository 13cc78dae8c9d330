#include "widgets/QrCode.h"

#include <QImage>
#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace nacre::ui {

QPixmap qrCodePixmap(const QString& text, int modulePixels, qreal devicePixelRatio)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    constexpr int QuietZone = 4;
    const int modules = code->width + 2 * QuietZone;
    const int scale = qMax(1, qRound(modulePixels * devicePixelRatio));
    QImage image(modules * scale, modules * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + QuietZone) * scale, (y + QuietZone) * scale, scale, scale, Qt::black);
        }
    }
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(qreal(scale) / modulePixels);
    return pixmap;
}

} // namespace nacre::ui
