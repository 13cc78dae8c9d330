#include "security/RecoveryCodesDialog.h"

#include "widgets/DialogButtonBox.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

RecoveryCodesDialog::RecoveryCodesDialog(const QStringList& codes, QWidget* parent)
    : QDialog(parent)
    , m_codes(codes)
{
    setObjectName(u"recoveryCodesDialog"_s);
    setWindowTitle(tr("Recovery Codes"));
    auto* explanation = new QLabel(
        tr("<b>Keep these codes somewhere safe.</b> If you lose your authenticator app, each one signs you in "
           "once where Nacre asks for a code. You will not see them again; make new ones under Security if they "
           "are lost."));
    explanation->setObjectName(u"recoveryCodesWarning"_s);
    explanation->setWordWrap(true);
    m_list = new QPlainTextEdit(text());
    m_list->setObjectName(u"recoveryCodesList"_s);
    m_list->setAccessibleName(tr("Recovery codes"));
    m_list->setReadOnly(true);
    m_list->setTabChangesFocus(true); // Tab goes on to Copy and Save, as everywhere else
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * (int(codes.size()) + 1) + 12);

    auto* buttons = new DialogButtonBox;
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"recoveryCodesCopy"_s);
    copy->setToolTip(tr("Copy the codes to the clipboard"));
    auto* save = buttons->addButton(tr("&Save to File…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"recoveryCodesSave"_s);
    save->setToolTip(tr("Save the codes as a text file"));
    auto* done = buttons->addButton(tr("I Have &Saved Them"), QDialogButtonBox::AcceptRole);
    done->setObjectName(u"recoveryCodesDone"_s);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(text());
        copy->setText(tr("Copied"));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Recovery Codes"), folder + u"/nacre-recovery-codes.txt"_s, tr("Text files (*.txt)"));
        if (!path.isEmpty()) {
            if (const QString problem = saveTo(path); !problem.isEmpty())
                m_list->setToolTip(problem);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString RecoveryCodesDialog::text() const
{
    return m_codes.join(u'\n') + u'\n';
}

QString RecoveryCodesDialog::saveTo(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray bytes = text().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace nacre::ui
