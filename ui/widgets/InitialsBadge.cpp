#include "widgets/InitialsBadge.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nacre::ui {

InitialsBadge::InitialsBadge(QWidget* parent, int diameter)
    : QWidget(parent)
    , m_diameter(diameter)
{
    setFixedSize(diameter, diameter);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

QString InitialsBadge::initialsOf(const QString& name)
{
    QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    // Words that start with a letter make the initials ("Member 00042" is "M", not "M0").
    const QStringList lettered = words.filter(QRegularExpression(u"^\\p{L}"_s));
    if (!lettered.isEmpty())
        words = lettered;
    QString initials;
    for (const QString& word : words) {
        // Take a whole first character, even outside the BMP (an emoji is two UTF-16 units).
        const qsizetype length = word.at(0).isHighSurrogate() && word.size() > 1 ? 2 : 1;
        initials += word.left(length).toUpper();
        if (initials.size() >= 2 || words.size() == 1)
            break;
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

QColor InitialsBadge::colorFor(const QString& name)
{
    // Stable across runs and machines (qHash is seeded per process).
    uint hash = 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromHsl(int(hash % 360), 120, 105);
}

namespace {

void paintBadge(
    QPainter& painter, const QRect& rect, const QString& colorKey, const QString& initials, const QFont& base)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(InitialsBadge::colorFor(colorKey));
    painter.drawEllipse(rect.adjusted(0, 0, -1, -1));
    QFont font = base;
    font.setBold(true);
    font.setPixelSize(qMax(8, rect.height() * 2 / 5));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, initials);
}

} // namespace

QIcon InitialsBadge::icon(const QString& name, int diameter, const QString& colorKey)
{
    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(diameter * scale, diameter * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintBadge(
            painter, QRect(0, 0, diameter, diameter), colorKey.isEmpty() ? name : colorKey, initialsOf(name), QFont());
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void InitialsBadge::setName(const QString& name, const QString& colorKey)
{
    m_name = name;
    m_colorKey = colorKey.isEmpty() ? name : colorKey;
    m_initials = initialsOf(name);
    setAccessibleName(name);
    update();
}

void InitialsBadge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintBadge(painter, rect(), m_colorKey, m_initials, font());
}

} // namespace nacre::ui
