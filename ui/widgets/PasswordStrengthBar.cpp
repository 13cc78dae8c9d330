#include "widgets/PasswordStrengthBar.h"

#include "validation/PasswordRules.h"

using namespace Qt::StringLiterals;

namespace nacre::ui {

PasswordStrengthBar::PasswordStrengthBar(QWidget* parent)
    : QProgressBar(parent)
{
    setObjectName(u"passwordStrength"_s);
    setRange(0, 3);
    setTextVisible(true);
    setMaximumHeight(fontMetrics().height() + 4);
    setAccessibleName(tr("Password strength"));
    showStrengthOf({});
}

void PasswordStrengthBar::showStrengthOf(const QString& password)
{
    const PasswordRules::Strength strength = PasswordRules::strength(password);
    setValue(password.isEmpty() ? 0 : int(strength));
    setFormat(password.isEmpty() ? tr("Password strength") : PasswordRules::describe(strength));
}

} // namespace nacre::ui
