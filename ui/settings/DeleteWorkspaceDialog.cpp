#include "settings/DeleteWorkspaceDialog.h"

#include "widgets/DialogButtonBox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

DeleteWorkspaceDialog::DeleteWorkspaceDialog(const QString& workspaceName, QWidget* parent)
    : QDialog(parent)
    , m_workspaceName(workspaceName)
{
    setObjectName(u"deleteWorkspaceDialog"_s);
    setWindowTitle(tr("Delete Workspace"));
    setMinimumWidth(440);

    auto* warning = new QLabel(tr("<p><b>Deleting \u201c%1\u201d is permanent and cannot be undone.</b></p>"
                                  "<p>Its members, roles, invitations, settings, subscription and audit log are "
                                  "all removed. Members keep their accounts and their other workspaces.</p>")
                                   .arg(workspaceName.toHtmlEscaped()));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::RichText);
    auto* prompt = new QLabel(tr("Type the workspace's name to confirm:"));
    m_confirmation = new QLineEdit;
    m_confirmation->setObjectName(u"deleteConfirmation"_s);
    m_confirmation->setPlaceholderText(workspaceName);
    m_confirmation->setAccessibleName(tr("Workspace name, to confirm"));
    prompt->setBuddy(m_confirmation);

    auto* buttons = new DialogButtonBox(QDialogButtonBox::Cancel);
    m_delete = buttons->addButton(tr("&Delete Workspace"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"deleteWorkspaceConfirm"_s);
    m_delete->setEnabled(false);
    m_delete->setToolTip(tr("Type the exact workspace name to enable"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirmation, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_delete->setEnabled(text == m_workspaceName); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(prompt);
    layout->addWidget(m_confirmation);
    layout->addWidget(buttons);
}

QString DeleteWorkspaceDialog::typedName() const
{
    return m_confirmation->text();
}

} // namespace nacre::ui
