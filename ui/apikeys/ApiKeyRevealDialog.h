#pragma once

#include <QDialog>

class QLineEdit;

namespace nacre::ui {

// The one time a new key's secret is shown: selectable, with Copy, and a plain warning that Nacre
// cannot show it again (only its hash is kept).
class ApiKeyRevealDialog : public QDialog
{
    Q_OBJECT

public:
    ApiKeyRevealDialog(const QString& name, const QString& secret, QWidget* parent = nullptr);

    QString shownSecret() const;

private:
    QLineEdit* m_secret;
};

} // namespace nacre::ui
