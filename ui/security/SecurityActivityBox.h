#pragma once

#include <QGroupBox>

class QTreeWidget;

namespace nacre::client {
class AccountSecurityModel;
}

namespace nacre::ui {

// Security > Recent security activity: the account's own log, newest first — sign-ins and failed
// ones, password, email, profile and two-factor changes, sessions ended — each with when and from
// where, so a person notices what they did not do.
class SecurityActivityBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit SecurityActivityBox(client::AccountSecurityModel& model, QWidget* parent = nullptr);

    static QString describe(const QString& type); // a sentence for an event type, translated

private:
    void showActivity();

    client::AccountSecurityModel& m_model;
    QTreeWidget* m_list;
};

} // namespace nacre::ui
