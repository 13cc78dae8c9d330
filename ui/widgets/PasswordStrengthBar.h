#pragma once

#include <QProgressBar>

namespace nacre::ui {

// The bar under a new-password field that says how strong the password looks (core's
// PasswordRules), in words as well as length.
class PasswordStrengthBar : public QProgressBar
{
    Q_OBJECT

public:
    explicit PasswordStrengthBar(QWidget* parent = nullptr);
    void showStrengthOf(const QString& password);
};

} // namespace nacre::ui
