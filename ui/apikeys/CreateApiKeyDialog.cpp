#include "apikeys/CreateApiKeyDialog.h"

#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"
#include "widgets/PermissionChecklist.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

CreateApiKeyDialog::CreateApiKeyDialog(client::ApiKeyListModel& keys, const Holder& actor, QWidget* parent)
    : QDialog(parent)
    , m_keys(keys)
{
    setObjectName(u"createApiKeyDialog"_s);
    setWindowTitle(tr("New API Key"));
    m_name = new QLineEdit;
    m_name->setObjectName(u"apiKeyName"_s);
    m_name->setAccessibleName(tr("Key name"));
    m_name->setPlaceholderText(tr("What uses it, such as CRM sync"));
    m_name->setMaxLength(80);
    m_nameMessage = new FieldMessage;
    m_permissions = new PermissionChecklist;
    m_permissions->setObjectName(u"apiKeyPermissions"_s);
    m_permissions->build(actor.permissions, {});
    m_permissionsMessage = new FieldMessage;
    m_expires = new QCheckBox(tr("&Expires on"));
    m_expires->setObjectName(u"apiKeyExpires"_s);
    m_expires->setChecked(true);
    m_expires->setToolTip(tr("A key that expires stops working on its own; one that never does lasts until revoked"));
    m_expiry = new QDateEdit(QDate::currentDate().addDays(90));
    m_expiry->setObjectName(u"apiKeyExpiry"_s);
    m_expiry->setAccessibleName(tr("Expiry day"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(QDate::currentDate().addDays(1));
    m_expiry->setMaximumDate(QDate::currentDate().addYears(2));
    m_expiryMessage = new FieldMessage;
    m_error = new FieldMessage;
    m_error->setObjectName(u"apiKeyError"_s);

    auto* buttons = new DialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("&Create Key"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"apiKeyCreate"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateApiKeyDialog::submit);

    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiry);
    expiry->addStretch();
    auto* form = new QFormLayout;
    form->addRow(PageParts::caption(tr("&Name:"), m_name), PageParts::withMessage(m_name, m_nameMessage));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::hint(tr("A key lets a program act in this workspace with the permissions you choose "
                                         "here (at most your own). It stops working when revoked or expired, and "
                                         "narrows with your role if you lose a permission.")));
    layout->addLayout(form);
    layout->addWidget(PageParts::withMessage(m_permissions, m_permissionsMessage), 1);
    layout->addLayout(expiry);
    layout->addWidget(m_expiryMessage);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(m_name, &QLineEdit::textChanged, this, &CreateApiKeyDialog::validate);
    connect(m_permissions, &PermissionChecklist::checkedChanged, this, &CreateApiKeyDialog::validate);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    validate();
}

void CreateApiKeyDialog::validate()
{
    m_nameMessage->clearMessage();
    m_permissionsMessage->clearMessage();
    const bool named = !m_name->text().trimmed().isEmpty();
    const bool chosen = !m_permissions->checked().isEmpty();
    m_create->setEnabled(named && chosen);
    m_create->setToolTip(named && chosen ? tr("Create the key and show its secret once")
                                         : tr("Give the key a name and at least one permission"));
}

void CreateApiKeyDialog::submit()
{
    m_create->setEnabled(false);
    m_error->clearMessage();
    client::ApiKeyListModel::NewKey key {m_name->text().trimmed(), m_permissions->checked(),
        m_expires->isChecked() ? QDateTime(m_expiry->date(), QTime(23, 59, 59)) : QDateTime()}; // through that day
    setCursor(Qt::BusyCursor);
    m_keys.create(key, this, [this, name = key.name](const QString& secret, const client::ApiError& error) {
        unsetCursor();
        if (error.isError()) {
            const QList<QPair<QString, FieldMessage*>> fields {{u"name"_s, m_nameMessage},
                {u"permissions"_s, m_permissionsMessage}, {u"expiresAt"_s, m_expiryMessage}};
            bool placed = false;
            for (const auto& [field, message] : fields) {
                if (const QString text = error.fieldMessage(field); !text.isEmpty()) {
                    message->showError(text);
                    placed = true;
                }
            }
            if (!placed)
                m_error->showError(error.message());
            m_create->setEnabled(true);
            return;
        }
        accept(); // out of the way of the secret, shown next
        Q_EMIT created(name, secret);
    });
}

} // namespace nacre::ui
