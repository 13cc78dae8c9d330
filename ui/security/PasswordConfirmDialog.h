#pragma once

#include "api/ApiError.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;

namespace nacre::ui {

class FieldMessage;

// A change that weakens or resets the account's second factor asks for the password first, so a
// session left open is not enough: turning two-factor sign-in off, making new recovery codes. The
// password goes to `action`; a wrong one is said beside the field, and the dialog stays.
class PasswordConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    struct Text
    {
        QString objectName;
        QString title;
        QString explanation;
        QString action; // the button
        QString actionObjectName;
        QString passwordObjectName;
    };
    using Action = std::function<void(
        const QString& password, QObject* context, std::function<void(const client::ApiError&)> done)>;

    PasswordConfirmDialog(const Text& text, Action action, QWidget* parent = nullptr);

Q_SIGNALS:
    void confirmed();

private:
    void submit();

    Action m_action;
    QLineEdit* m_password;
    FieldMessage* m_message;
    QPushButton* m_confirm;
};

} // namespace nacre::ui
