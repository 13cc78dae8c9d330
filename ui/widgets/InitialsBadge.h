#pragma once

#include <QWidget>

namespace nacre::ui {

// A round badge with a name's initials on a colour derived from the name, painted (not an image) so
// it stays sharp at any scale factor. Used for workspaces and people.
class InitialsBadge : public QWidget
{
    Q_OBJECT

public:
    explicit InitialsBadge(QWidget* parent = nullptr, int diameter = 32);

    // `colorKey` picks the colour when names may repeat (a workspace's id); by default, the name.
    void setName(const QString& name, const QString& colorKey = {});
    QString initials() const { return m_initials; }

    static QString initialsOf(const QString& name);
    static QColor colorFor(const QString& name);
    // The same badge as an icon, drawn at 1x and 2x so it is sharp on high-DPI screens.
    static QIcon icon(const QString& name, int diameter = 24, const QString& colorKey = {});

    QSize sizeHint() const override { return {m_diameter, m_diameter}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_name;
    QString m_initials;
    QString m_colorKey;
    int m_diameter;
};

} // namespace nacre::ui
