#pragma once

#include <QWidget>

class QLabel;

namespace nacre::ui {

// Shown instead of a workspace's pages when the workspace requires two-factor sign-in and the
// account has not turned it on: what is missing, and the way to the Security page.
class TwoFactorRequiredPage : public QWidget
{
    Q_OBJECT

public:
    explicit TwoFactorRequiredPage(QWidget* parent = nullptr);
    void setWorkspaceName(const QString& name);

Q_SIGNALS:
    void openSecurityRequested();

private:
    QLabel* m_text;
};

} // namespace nacre::ui
