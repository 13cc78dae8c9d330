#include "widgets/NewPasswordField.h"

#include "validation/PasswordRules.h"
#include "widgets/FieldMessage.h"
#include "widgets/PasswordStrengthBar.h"

#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

NewPasswordField::NewPasswordField(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_message(new FieldMessage)
    , m_strength(new PasswordStrengthBar)
{
    m_edit->setObjectName(objectName);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("New password"));
    m_edit->setToolTip(
        tr("At least %n characters; a passphrase of a few words is best", nullptr, PasswordRules::MinLength));
    m_message->setObjectName(objectName + u"Message"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_strength);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &NewPasswordField::edited);
}

QString NewPasswordField::text() const
{
    return m_edit->text();
}

bool NewPasswordField::check()
{
    const auto result = PasswordRules::validated(m_edit->text());
    m_message->showError(m_edit->text().isEmpty() || result.isOk() ? QString() : result.error().message);
    m_strength->showStrengthOf(m_edit->text());
    return result.isOk();
}

void NewPasswordField::showError(const QString& message)
{
    m_message->showError(message);
}

} // namespace nacre::ui
