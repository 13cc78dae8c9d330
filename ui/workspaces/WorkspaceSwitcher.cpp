#include "workspaces/WorkspaceSwitcher.h"

#include "widgets/Icons.h"
#include "widgets/InitialsBadge.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
constexpr int WorkspaceIdRole = Qt::UserRole + 1;
}

WorkspaceSwitcher::WorkspaceSwitcher(QWidget* parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(u"workspaceSwitcher"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Workspace switcher"));
    setMinimumWidth(320);

    auto* title = new QLabel(tr("Switch workspace"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_filter = new QLineEdit;
    m_filter->setObjectName(u"workspaceFilter"_s);
    m_filter->setPlaceholderText(tr("Find a workspace…"));
    m_filter->setAccessibleName(tr("Find a workspace"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_list = new QListWidget;
    m_list->setObjectName(u"workspaceList"_s);
    m_list->setAccessibleName(tr("Workspaces"));
    m_list->setIconSize(QSize(28, 28));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(160);

    m_create = new QPushButton(Icons::get(Icons::Icon::Plus), tr("Create New Workspace…"));
    m_create->setObjectName(u"createWorkspaceButton"_s);
    m_create->setToolTip(tr("A new workspace has its own members, settings and subscription"));
    m_create->setFlat(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_create);

    connect(m_filter, &QLineEdit::textChanged, this, &WorkspaceSwitcher::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &WorkspaceSwitcher::choose);
    connect(m_list, &QListWidget::itemClicked, this, &WorkspaceSwitcher::choose);
    connect(m_create, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT createRequested();
    });
}

void WorkspaceSwitcher::setWorkspaces(const QList<Workspace>& workspaces, const QString& currentId)
{
    m_list->clear();
    for (const Workspace& workspace : workspaces) {
        auto* item = new QListWidgetItem(InitialsBadge::icon(workspace.name, 28, workspace.id),
            workspace.name + u'\n' + workspace.myRole.displayName());
        item->setData(WorkspaceIdRole, workspace.id);
        item->setToolTip(tr("%1 — your role: %2").arg(workspace.name, workspace.myRole.displayName()));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(workspace.name, workspace.myRole.displayName()));
        m_list->addItem(item); // before making it current: an item outside the list cannot be
        if (workspace.id == currentId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    m_currentId = currentId;
    selectCurrent();
    applyFilter(m_filter->text());
}

void WorkspaceSwitcher::selectCurrent()
{
    // Opening on the workspace one is in: Enter keeps it, arrows move away on purpose.
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(WorkspaceIdRole).toString() == m_currentId)
            m_list->setCurrentRow(i);
    }
}

void WorkspaceSwitcher::popUp(const QPoint& globalTopLeft)
{
    m_filter->clear();
    selectCurrent();
    adjustSize();
    move(globalTopLeft);
    show();
    m_filter->setFocus();
}

int WorkspaceSwitcher::visibleCount() const
{
    int count = 0;
    for (int i = 0; i < m_list->count(); ++i)
        count += m_list->item(i)->isHidden() ? 0 : 1;
    return count;
}

void WorkspaceSwitcher::applyFilter(const QString& text)
{
    QListWidgetItem* firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool match = item->text().section(u'\n', 0, 0).contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
}

void WorkspaceSwitcher::choose()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    hide();
    Q_EMIT workspaceChosen(item->data(WorkspaceIdRole).toString());
}

bool WorkspaceSwitcher::eventFilter(QObject* watched, QEvent* event)
{
    // Arrow keys and Enter work while the filter field has focus.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            int row = m_list->currentRow();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            for (int next = row + step; next >= 0 && next < m_list->count(); next += step) {
                if (!m_list->item(next)->isHidden()) {
                    m_list->setCurrentRow(next);
                    break;
                }
            }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace nacre::ui
