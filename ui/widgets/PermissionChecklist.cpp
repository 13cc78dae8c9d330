#include "widgets/PermissionChecklist.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
constexpr int PermissionRole = Qt::UserRole + 1; // int(Permission), on permission items
constexpr int AreaRole = Qt::UserRole + 2; // int(PermissionArea), on area items
} // namespace

PermissionChecklist::PermissionChecklist(QWidget* parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Permissions"));
    setHeaderLabels({tr("Permission"), tr("What it allows")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setWordWrap(true);
    connect(this, &QTreeWidget::itemChanged, this, &PermissionChecklist::checkedChanged);
}

void PermissionChecklist::build(const PermissionSet& grantable, const PermissionSet& checked)
{
    const QSignalBlocker blocker(this);
    clear();
    const auto setUp = [&grantable, &checked](QTreeWidgetItem* item, Permission permission) {
        item->setText(0, PermissionCatalog::label(permission));
        item->setText(1, PermissionCatalog::description(permission));
        item->setData(0, PermissionRole, int(permission));
        item->setCheckState(0, checked.contains(permission) ? Qt::Checked : Qt::Unchecked);
        const bool mayTick = grantable.contains(permission);
        Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
        if (mayTick)
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        item->setToolTip(0,
            mayTick ? PermissionCatalog::description(permission)
                    : tr("Your role does not include \u201c%1\u201d, so you cannot grant it.")
                          .arg(PermissionCatalog::label(permission)));
        item->setToolTip(1, item->toolTip(0));
    };
    for (const PermissionArea area : PermissionCatalog::areas()) {
        const QList<Permission> permissions = PermissionCatalog::permissionsIn(area);
        if (permissions.size() == 1) {
            // One permission: the area's row is its checkbox.
            auto* item = new QTreeWidgetItem(this);
            setUp(item, permissions.first());
            item->setData(0, AreaRole, int(area));
            item->setText(
                0, PermissionCatalog::areaLabel(area) + u": "_s + PermissionCatalog::label(permissions.first()));
            continue;
        }
        // Several: a tri-state parent over them (Resources).
        auto* parent = new QTreeWidgetItem(this);
        parent->setText(0, PermissionCatalog::areaLabel(area));
        parent->setData(0, AreaRole, int(area));
        parent->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate | Qt::ItemIsEnabled);
        for (const Permission permission : permissions)
            setUp(new QTreeWidgetItem(parent), permission);
        parent->setExpanded(true);
    }
}

QTreeWidgetItem* PermissionChecklist::itemFor(Permission permission) const
{
    for (QTreeWidgetItemIterator it(const_cast<PermissionChecklist*>(this)); *it; ++it) {
        if ((*it)->data(0, PermissionRole).isValid() && (*it)->data(0, PermissionRole).toInt() == int(permission))
            return *it;
    }
    return nullptr;
}

QTreeWidgetItem* PermissionChecklist::areaItem(PermissionArea area) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, AreaRole).toInt() == int(area))
            return topLevelItem(i);
    }
    return nullptr;
}

void PermissionChecklist::setPermissionChecked(Permission permission, bool checked)
{
    if (QTreeWidgetItem* item = itemFor(permission))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

PermissionSet PermissionChecklist::checked() const
{
    PermissionSet set;
    for (QTreeWidgetItemIterator it(const_cast<PermissionChecklist*>(this)); *it; ++it) {
        if ((*it)->data(0, PermissionRole).isValid() && (*it)->checkState(0) == Qt::Checked)
            set.insert(Permission((*it)->data(0, PermissionRole).toInt()));
    }
    return set;
}

} // namespace nacre::ui
