#pragma once

#include <QPixmap>
#include <QString>

namespace nacre::ui {

// A QR code of `text` (libqrencode, error correction M) as a crisp black-on-white pixmap with the
// standard four-module quiet zone, `modulePixels` device-independent pixels per module, drawn at
// `devicePixelRatio` so it stays sharp on high-DPI screens. Null when the text does not fit.
QPixmap qrCodePixmap(const QString& text, int modulePixels, qreal devicePixelRatio);

} // namespace nacre::ui
