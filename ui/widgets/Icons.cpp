#include "widgets/Icons.h"

#include "NacreVersion.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

// Draws a bundled outline SVG in the colour the application palette gives its mode, at the size and
// device pixel ratio asked for; the palette is read when drawing, so a change of appearance shows at
// the next paint.
class TintedIconEngine final : public QIconEngine
{
public:
    explicit TintedIconEngine(QString resource)
        : m_resource(std::move(resource))
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels (QIcon::pixmap passes the size times the ratio).
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QColor color = colorFor(mode);
        const QString key = u"nacre-icon:%1:%2x%3@%4:%5"_s.arg(m_resource)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(color.name(QColor::HexArgb));
        QPixmap tinted;
        if (QPixmapCache::find(key, &tinted))
            return tinted;
        tinted = QIcon(m_resource).pixmap(size, 1.0, QIcon::Normal, state);
        QPainter painter(&tinted);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRect(QPoint(), tinted.size()), color);
        painter.end();
        tinted.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, tinted);
        return tinted;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new TintedIconEngine(m_resource); }
    QString key() const override { return u"nacre-tinted"_s; }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::ButtonText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        // Softer than text, as outline icons beside text are drawn.
        QColor color = palette.color(QPalette::Active, QPalette::ButtonText);
        color.setAlphaF(0.75f);
        return color;
    }

    QString m_resource;
};

struct Entry
{
    const char* theme; // freedesktop icon naming specification
    const char* bundled; // under :/nacre/icons
    bool tinted; // outline drawn in the palette's colour; otherwise a status colour of its own
};

Entry entryFor(Icons::Icon icon)
{
    using enum Icons::Icon;
    switch (icon) {
    case Check:
        return {"emblem-ok", "check.svg", false};
    case ChevronDown:
        return {"go-down", "chevron-down.svg", true};
    case Clock:
        return {"appointment-soon", "clock.svg", true};
    case Download:
        return {"document-save", "download.svg", true};
    case Info:
        return {"dialog-information", "info.svg", true};
    case Link:
        return {"insert-link", "link.svg", true};
    case Plus:
        return {"list-add", "plus.svg", true};
    case Settings:
        return {"preferences-system", "settings.svg", true};
    case Shield:
        return {"security-high", "shield.svg", true};
    case SignOut:
        return {"system-log-out", "sign-out.svg", true};
    case User:
        return {"avatar-default", "user.svg", true};
    case Users:
        return {"system-users", "users.svg", true};
    case XCircle:
        return {"dialog-error", "x-circle.svg", false};
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QIcon Icons::get(Icon icon)
{
    const Entry entry = entryFor(icon);
    const QString resource = u":/nacre/icons/"_s + QLatin1StringView(entry.bundled);
    const QIcon fallback = entry.tinted ? QIcon(new TintedIconEngine(resource)) : QIcon(resource);
    return QIcon::fromTheme(QLatin1StringView(entry.theme), fallback);
}

QIcon Icons::application()
{
    return QIcon::fromTheme(QStringLiteral(NACRE_DESKTOP_ID), QIcon(u":/nacre/icons/nacre.svg"_s));
}

} // namespace nacre::ui
