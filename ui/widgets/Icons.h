#pragma once

#include <QIcon>

namespace nacre::ui {

// The icons of the window. Each prefers the desktop theme's icon of the same meaning
// (QIcon::fromTheme, freedesktop names) and falls back to the SVG bundled in the resources. The
// bundled outline icons are drawn in the palette's text colour at whatever size and device pixel
// ratio they are asked for, so they stay visible on a dark palette, sharp at scale 2, and legible on a
// selection highlight; the status icons (done, failed) keep their own colours.
namespace Icons {

enum class Icon {
    Check,
    ChevronDown,
    Clock,
    Download,
    Info,
    Link,
    Plus,
    Settings,
    Shield,
    SignOut,
    User,
    Users,
    XCircle,
};

QIcon get(Icon icon);
// Nacre's own icon: the theme's (installed under the app id) or the bundled one.
QIcon application();

} // namespace Icons

} // namespace nacre::ui
