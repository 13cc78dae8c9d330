#include "roles/RoleEditorDialog.h"

#include "validation/NameRules.h"
#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/PermissionChecklist.h"
#include "widgets/Prompter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

RoleEditorDialog::RoleEditorDialog(client::RoleListModel& roles, const Holder& actor, Prompter& prompter,
    const std::optional<Role>& existing, const QString& presetName, const PermissionSet& preset, QWidget* parent)
    : QDialog(parent)
    , m_roles(roles)
    , m_actor(actor)
    , m_prompter(prompter)
    , m_existing(existing)
{
    setObjectName(u"roleEditor"_s);
    setWindowTitle(existing ? tr("Edit Role") : tr("Create Role"));
    resize(820, 560); // wide enough for the descriptions of the product text

    m_name = new QLineEdit(existing ? existing->name : presetName);
    m_name->setObjectName(u"roleName"_s);
    m_name->setAccessibleName(tr("Role name"));
    m_name->setToolTip(tr("A name that matches a responsibility, such as Support, Operations or Billing"));
    m_nameMessage = new FieldMessage;
    m_nameMessage->setObjectName(u"roleNameMessage"_s);
    auto* nameLabel = new QLabel(tr("Role &name:"));
    nameLabel->setBuddy(m_name);

    m_permissions = new PermissionChecklist;
    m_permissions->setObjectName(u"rolePermissions"_s);
    buildChecklist(existing ? existing->permissions : preset);

    m_preview = new QLabel;
    m_preview->setObjectName(u"rolePreview"_s);
    m_preview->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(u"roleError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_buttons = new DialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Role"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveRole"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameMessage);
    form->addRow(nameLabel, nameColumn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Choose which actions the role allows:")));
    layout->addWidget(m_permissions, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Who a change would reach, by name, for the preview.
    if (m_existing && m_existing->memberCount > 0) {
        m_roles.fetchHolders(m_existing->id, HolderNamesShown, this,
            [this](const QList<Member>& members, qint64, const client::ApiError&) {
                for (const Member& member : members)
                    m_holders.append(member.displayName);
                validate();
            });
    }
    connect(m_name, &QLineEdit::textChanged, this, &RoleEditorDialog::validate);
    connect(m_permissions, &PermissionChecklist::checkedChanged, this, &RoleEditorDialog::validate);
    validate();
}

void RoleEditorDialog::buildChecklist(const PermissionSet& checked)
{
    m_permissions->build(m_actor.permissions, checked);
}

QTreeWidgetItem* RoleEditorDialog::itemFor(Permission permission) const
{
    return m_permissions->itemFor(permission);
}

QTreeWidgetItem* RoleEditorDialog::areaItem(PermissionArea area) const
{
    return m_permissions->areaItem(area);
}

void RoleEditorDialog::setPermissionChecked(Permission permission, bool checked)
{
    m_permissions->setPermissionChecked(permission, checked);
}

PermissionSet RoleEditorDialog::selectedPermissions() const
{
    return m_permissions->checked();
}

QString RoleEditorDialog::preview() const
{
    if (!m_existing)
        return {};
    const PermissionSet now = selectedPermissions();
    const auto labels = [](const PermissionSet& set) {
        return PermissionCatalog::labels(set).join(u", "_s);
    };
    const PermissionSet added = now.subtracted(m_existing->permissions);
    const PermissionSet removed = m_existing->permissions.subtracted(now);
    QStringList parts;
    if (!added.isEmpty())
        parts << tr("Adds: %1.").arg(labels(added));
    if (!removed.isEmpty())
        parts << tr("Removes: %1.").arg(labels(removed));
    if (parts.isEmpty())
        return {};
    if (m_existing->memberCount == 0) {
        parts << tr("Nobody holds this role yet.");
    } else {
        parts << tr("Affects the %Ln member(s) who hold this role, at once.", nullptr, m_existing->memberCount);
        if (!m_holders.isEmpty()) {
            QString names = m_holders.join(u", "_s);
            if (m_existing->memberCount > m_holders.size())
                names = tr("%1 and %Ln more", nullptr, int(m_existing->memberCount - m_holders.size())).arg(names);
            parts.last() += u"\n"_s + tr("Members affected: %1.").arg(names);
        }
    }
    return parts.join(u' ');
}

void RoleEditorDialog::validate()
{
    m_error->setVisible(false);
    auto name = NameRules::roleName(m_name->text());
    QString problem = name.isOk() ? QString() : name.error().message;
    if (name.isOk()) {
        const QString key = NameRules::identityKey(name.value());
        for (const Role& role : m_roles.roles()) {
            if (NameRules::identityKey(role.name) == key && (!m_existing || role.id != m_existing->id))
                problem = tr("A role named \u201c%1\u201d already exists.").arg(role.ref().displayName());
        }
    }
    m_nameMessage->showError(m_name->text().isEmpty() ? QString() : problem);
    m_preview->setText(preview());
    const bool changed
        = !m_existing || name.valueOr({}) != m_existing->name || selectedPermissions() != m_existing->permissions;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && changed);
}

void RoleEditorDialog::save()
{
    const QString name = NameRules::roleName(m_name->text()).valueOr(m_name->text());
    const PermissionSet permissions = selectedPermissions();
    if (m_existing && m_existing->memberCount > 0 && permissions != m_existing->permissions) {
        const auto answer = m_prompter.ask(this, QMessageBox::Question, tr("Change Role for Its Members?"), preview(),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    const auto done = [this](const client::ApiError& error, const QString& id) {
        if (error.isError()) {
            const QString field = error.fieldMessage(u"name"_s);
            if (!field.isEmpty() || error.is(ProblemCode::RoleNameTaken))
                m_nameMessage->showError(field.isEmpty() ? error.message() : field);
            else {
                m_error->setText(error.message());
                m_error->setVisible(true);
            }
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            return;
        }
        m_savedId = id;
        accept();
    };
    if (m_existing)
        m_roles.update(m_existing->id, name, permissions, this, done);
    else
        m_roles.create(name, permissions, this, done);
}

} // namespace nacre::ui
