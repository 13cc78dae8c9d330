#include "workspaces/CreateWorkspaceDialog.h"

#include "validation/NameRules.h"
#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

CreateWorkspaceDialog::CreateWorkspaceDialog(client::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"createWorkspaceDialog"_s);
    setWindowTitle(tr("Create New Workspace"));
    setMinimumWidth(420);

    auto* intro = new QLabel(tr("A workspace is an isolated environment with its own Pearls, members, settings, "
                                "billing and logs. It has its own subscription and is billed separately."));
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("Workspace &name:"));
    m_name = new QLineEdit;
    m_name->setObjectName(u"newWorkspaceName"_s);
    m_name->setAccessibleName(tr("Workspace name"));
    label->setBuddy(m_name);
    m_message = new FieldMessage;
    m_message->setObjectName(u"newWorkspaceMessage"_s);
    m_sameName = new QLabel;
    m_sameName->setObjectName(u"newWorkspaceSameName"_s);
    m_sameName->setWordWrap(true);
    m_sameName->setFixedWidth(400);
    m_sameName->setVisible(false);

    m_buttons = new DialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"newWorkspaceCreate"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateWorkspaceDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, &CreateWorkspaceDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    intro->setFixedWidth(400);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_message);
    layout->addWidget(m_sameName);
    layout->addWidget(m_buttons);
    validate();
}

void CreateWorkspaceDialog::validate()
{
    const auto result = NameRules::workspaceName(m_name->text());
    m_message->showError(m_name->text().isEmpty() || result.isOk() ? QString() : result.error().message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(result.isOk());

    // Two workspaces with one name are easy to mix up in the switcher: say so, but do not forbid it
    // (a team may mean it, with different members).
    QString clash;
    if (result.isOk()) {
        for (const Workspace& workspace : m_session.workspaces()) {
            if (NameRules::identityKey(workspace.name) == NameRules::identityKey(result.value()))
                clash = workspace.name;
        }
    }
    m_sameName->setText(clash.isEmpty() ? QString()
                                        : tr("You already belong to a workspace named \u201c%1\u201d. Two with one "
                                             "name are easy to mix up; consider another name.")
                                              .arg(clash));
    m_sameName->setAccessibleName(m_sameName->text());
    m_sameName->setVisible(!clash.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(clash.isEmpty() ? tr("&Create") : tr("&Create Anyway"));
}

void CreateWorkspaceDialog::submit()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_session.createWorkspace(m_name->text(), this, [this](const client::ApiError& error, const QString& id) {
        QApplication::restoreOverrideCursor();
        if (error.isError()) {
            const QString field = error.fieldMessage(u"name"_s);
            m_message->showError(field.isEmpty() ? error.message() : field);
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            return;
        }
        m_createdId = id;
        accept();
    });
}

} // namespace nacre::ui
