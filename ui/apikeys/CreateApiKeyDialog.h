#pragma once

#include "apikeys/ApiKeyListModel.h"
#include "permissions/AccessRules.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace nacre::ui {

class FieldMessage;
class PermissionChecklist;

// New API Key: a name, the permissions it may use (the catalog, limited to what the creator holds)
// and an expiry (none, or a day up to two years away). On success the secret is handed on once
// (created) and the dialog closes; refusals are said beside the field they concern.
class CreateApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    CreateApiKeyDialog(client::ApiKeyListModel& keys, const Holder& actor, QWidget* parent = nullptr);

Q_SIGNALS:
    void created(const QString& name, const QString& secret);

private:
    void validate();
    void submit();

    client::ApiKeyListModel& m_keys;
    QLineEdit* m_name;
    FieldMessage* m_nameMessage;
    PermissionChecklist* m_permissions;
    FieldMessage* m_permissionsMessage;
    QCheckBox* m_expires;
    QDateEdit* m_expiry;
    FieldMessage* m_expiryMessage;
    FieldMessage* m_error;
    QPushButton* m_create;
};

} // namespace nacre::ui
