#include "users/BatchDialog.h"

#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
enum Column { SubjectColumn, ChangeColumn, ResultColumn };
}

BatchDialog::BatchDialog(const QString& title, const QString& summary, const QString& applyText,
    const QList<Item>& items, Step step, QWidget* parent)
    : QDialog(parent)
    , m_items(items)
    , m_step(std::move(step))
{
    setObjectName(u"batchDialog"_s);
    setWindowTitle(title);
    resize(640, 420);

    m_summary = new QLabel(summary);
    m_summary->setObjectName(u"batchSummary"_s);
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"batchItems"_s);
    m_list->setAccessibleName(tr("Changes"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Who"), tr("Change"), tr("Result")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    for (const Item& item : m_items)
        new QTreeWidgetItem(m_list, {item.subject, item.change, QString()});
    m_list->resizeColumnToContents(SubjectColumn);
    m_list->resizeColumnToContents(ChangeColumn);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"batchProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, int(m_items.size()));
    m_progress->setVisible(false);

    m_buttons = new DialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = m_buttons->addButton(applyText, QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"batchApply"_s);
    m_apply->setDefault(false); // a batch is never applied by a stray Return
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &BatchDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

void BatchDialog::apply()
{
    if (m_started)
        return;
    m_started = true;
    m_apply->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false); // steps already sent cannot be called back
    m_progress->setVisible(true);
    setCursor(Qt::BusyCursor);
    runNext();
}

void BatchDialog::runNext()
{
    if (m_next >= m_items.size()) {
        unsetCursor();
        m_summary->setText(m_failed == 0 ? tr("All %Ln change(s) made.", nullptr, m_succeeded)
                                         : tr("%1 done, %2 not done — see the reasons below.")
                                               .arg(tr("%Ln change(s)", nullptr, m_succeeded))
                                               .arg(m_failed));
        m_buttons->clear();
        QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(u"batchClose"_s);
        close->setDefault(true);
        close->setFocus();
        connect(close, &QPushButton::clicked, this, &QDialog::accept);
        Q_EMIT batchFinished(m_succeeded, m_failed);
        return;
    }
    const int index = m_next;
    QTreeWidgetItem* row = m_list->topLevelItem(index);
    row->setText(ResultColumn, tr("Working…"));
    m_list->scrollToItem(row);
    m_step(index, [this, index](const client::ApiError& error) {
        QTreeWidgetItem* done = m_list->topLevelItem(index);
        if (error.isError()) {
            ++m_failed;
            done->setText(ResultColumn, error.message());
            done->setIcon(ResultColumn, Icons::get(Icons::Icon::XCircle));
            done->setForeground(ResultColumn, FieldMessage::errorColor(palette()));
            done->setToolTip(ResultColumn, error.message());
        } else {
            ++m_succeeded;
            const QString outcome = m_items.at(index).outcome;
            done->setText(ResultColumn, outcome.isEmpty() ? tr("Done") : outcome);
            done->setIcon(ResultColumn, Icons::get(Icons::Icon::Check));
        }
        m_progress->setValue(index + 1);
        ++m_next;
        runNext();
    });
}

} // namespace nacre::ui
