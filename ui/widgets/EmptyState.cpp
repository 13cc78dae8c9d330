#include "widgets/EmptyState.h"

#include "widgets/PageParts.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

EmptyState::EmptyState(QAbstractItemView* view, std::function<Message()> describe)
    : QWidget(view->viewport())
    , m_view(view)
    , m_describe(std::move(describe))
    , m_text(PageParts::hint({}))
    , m_action(new QPushButton)
{
    setObjectName(view->objectName() + u"Empty"_s);
    m_text->setObjectName(objectName() + u"Text"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_action->setObjectName(objectName() + u"Action"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
    view->viewport()->installEventFilter(this);
    refresh();
}

QString EmptyState::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void EmptyState::refresh()
{
    const Message message = m_describe();
    m_text->setText(message.text);
    m_action->setText(message.action);
    m_action->setVisible(!message.action.isEmpty());
    setVisible(!message.text.isEmpty());
    place();
}

void EmptyState::place()
{
    if (!m_view || !isVisibleTo(parentWidget()))
        return;
    // Under the last row shown, so a workspace of one still shows its one member.
    const QAbstractItemModel* model = m_view->model();
    int top = 0;
    if (model->rowCount() > 0)
        top = m_view->visualRect(model->index(model->rowCount() - 1, 0)).bottom() + 1;
    const QRect area = m_view->viewport()->rect();
    setGeometry(area.left(), qBound(0, top, area.bottom()), area.width(), qMax(0, area.bottom() - top));
    raise();
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace nacre::ui
