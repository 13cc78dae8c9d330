#pragma once

#include "profile/ProfileModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nacre::ui {

class FieldMessage;
class Prompter;

// User > Profile: the account's display name and time zone (the same in every workspace), and its
// sign-in email, shown but not editable here.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(client::ProfileModel& model, Prompter& prompter, QWidget* parent = nullptr);

    void reload() { m_model.load(); }
    // The appearance picker shows `id` ("system", "light", "dark") without announcing a choice.
    void setAppearance(const QString& id);

Q_SIGNALS:
    void profileSaved(const nacre::UserProfile& profile);
    void statusMessage(const QString& message);
    // A person picked an appearance for this computer: applied and remembered at once, no Save.
    void appearanceChosen(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showEmailAsFixed();
    void show(const UserProfile& profile);
    void updateState();

    client::ProfileModel& m_model;
    Prompter& m_prompter;
    QLineEdit* m_displayName;
    QLineEdit* m_email;
    QComboBox* m_timeZone;
    QComboBox* m_language;
    QComboBox* m_appearance;
    FieldMessage* m_nameMessage;
    FieldMessage* m_timeZoneMessage;
    FieldMessage* m_error; // beside Save: a refusal that belongs to no single field
    QPushButton* m_save;
    QPushButton* m_revert;
    bool m_busy = false;
};

} // namespace nacre::ui
