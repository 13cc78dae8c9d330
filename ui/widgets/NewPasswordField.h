#pragma once

#include <QWidget>

class QLineEdit;

namespace nacre::ui {

class FieldMessage;
class PasswordStrengthBar;

// A new password as every form asks for it: the field (hidden characters), what is wrong with it
// once something is typed (core's PasswordRules, the server's rules), and the strength bar.
class NewPasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit NewPasswordField(const QString& objectName, QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    QString text() const;
    // Shows what is wrong (only once something is typed) and the strength; true when it is allowed.
    bool check();
    void showError(const QString& message); // the server's word on the field

Q_SIGNALS:
    void edited();

private:
    QLineEdit* m_edit;
    FieldMessage* m_message;
    PasswordStrengthBar* m_strength;
};

} // namespace nacre::ui
