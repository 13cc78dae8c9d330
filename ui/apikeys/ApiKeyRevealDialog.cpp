#include "apikeys/ApiKeyRevealDialog.h"

#include "widgets/DialogButtonBox.h"
#include "widgets/PageParts.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

ApiKeyRevealDialog::ApiKeyRevealDialog(const QString& name, const QString& secret, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"apiKeyRevealDialog"_s);
    setWindowTitle(tr("API Key Created"));
    auto* title = new QLabel(tr("<b>Copy the key \u201c%1\u201d now.</b>").arg(name.toHtmlEscaped()));
    auto* warning = new QLabel(tr("You will not see it again: Nacre keeps only a fingerprint of it. Give it to "
                                  "the program that needs it, and keep it as secret as a password. If it is "
                                  "lost, revoke it and make a new one."));
    warning->setObjectName(u"apiKeyRevealWarning"_s);
    warning->setWordWrap(true);
    m_secret = new QLineEdit(secret);
    m_secret->setObjectName(u"apiKeySecret"_s);
    m_secret->setAccessibleName(tr("API key secret"));
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->selectAll();
    auto* copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(u"apiKeyCopy"_s);
    copy->setToolTip(tr("Copy the key to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        copy->setText(tr("Copied"));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(copy);
    auto* buttons = new DialogButtonBox;
    auto* done = buttons->addButton(tr("I Have &Saved It"), QDialogButtonBox::AcceptRole);
    done->setObjectName(u"apiKeyRevealDone"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(warning);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_secret->setFocus();
}

QString ApiKeyRevealDialog::shownSecret() const
{
    return m_secret->text();
}

} // namespace nacre::ui
