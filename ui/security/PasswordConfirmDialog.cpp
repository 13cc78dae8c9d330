#include "security/PasswordConfirmDialog.h"

#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

PasswordConfirmDialog::PasswordConfirmDialog(const Text& text, Action action, QWidget* parent)
    : QDialog(parent)
    , m_action(std::move(action))
{
    setObjectName(text.objectName);
    setWindowTitle(text.title);
    auto* explanation = new QLabel(text.explanation);
    explanation->setWordWrap(true);
    m_password = new QLineEdit;
    m_password->setObjectName(text.passwordObjectName);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new FieldMessage;
    auto* buttons = new DialogButtonBox(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(text.action, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(text.actionObjectName);
    m_confirm->setEnabled(false);
    connect(
        m_password, &QLineEdit::textChanged, this, [this] { m_confirm->setEnabled(!m_password->text().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, &PasswordConfirmDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(PageParts::caption(tr("&Password:"), m_password), PageParts::withMessage(m_password, m_message));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void PasswordConfirmDialog::submit()
{
    m_confirm->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_action(m_password->text(), this, [this](const client::ApiError& error) {
        unsetCursor();
        if (error.isError()) {
            const QString field = error.fieldMessage(u"password"_s);
            m_message->showError(field.isEmpty() ? error.message() : field);
            m_password->selectAll();
            m_password->setFocus();
            m_confirm->setEnabled(true);
            return;
        }
        accept();
        Q_EMIT confirmed();
    });
}

} // namespace nacre::ui
