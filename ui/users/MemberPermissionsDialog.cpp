#include "users/MemberPermissionsDialog.h"

#include "widgets/InitialsBadge.h"
#include "widgets/PageParts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
enum Column { WhatColumn, AllowedColumn, GrantedByColumn };
}

MemberPermissionsDialog::MemberPermissionsDialog(const Member& member, const Role& role, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"memberPermissionsDialog"_s);
    setWindowTitle(tr("What Can %1 Do?").arg(member.displayName));
    resize(620, 560);

    const QString roleName = role.ref().displayName();
    auto* badge = new InitialsBadge(this, 40);
    badge->setName(member.displayName);
    auto* name = PageParts::title(member.displayName);
    auto* details = PageParts::hint(tr("%1 · role: %2").arg(member.email, roleName));
    auto* names = new QVBoxLayout;
    names->addWidget(name);
    names->addWidget(details);
    auto* header = new QHBoxLayout;
    header->addWidget(badge);
    header->addLayout(names, 1);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"effectivePermissions"_s);
    m_tree->setAccessibleName(tr("Effective permissions of %1").arg(member.displayName));
    m_tree->setHeaderLabels({tr("Permission"), tr("Allowed"), tr("Granted by")});
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AllowedColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(GrantedByColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    const QIcon yes(u":/nacre/icons/check.svg"_s);
    const auto addRow
        = [&](QTreeWidgetItem* parentItem, const QString& what, const QString& description, bool allowed) {
              auto* item = new QTreeWidgetItem(
                  parentItem, {what, allowed ? tr("Yes") : tr("No"), allowed ? roleName : u"—"_s});
              if (allowed)
                  item->setIcon(AllowedColumn, yes);
              else
                  item->setForeground(WhatColumn, palette().brush(QPalette::Disabled, QPalette::Text));
              item->setToolTip(WhatColumn, description);
              item->setToolTip(AllowedColumn,
                  allowed ? tr("Granted by the role \u201c%1\u201d").arg(roleName)
                          : tr("The role \u201c%1\u201d does not include this").arg(roleName));
              return item;
          };
    int allowedCount = 0;
    for (const PermissionArea area : PermissionCatalog::areas()) {
        const QList<Permission> permissions = PermissionCatalog::permissionsIn(area);
        int allowedInArea = 0;
        for (const Permission permission : permissions)
            allowedInArea += role.permissions.contains(permission) ? 1 : 0;
        allowedCount += allowedInArea;
        auto* areaItem = new QTreeWidgetItem(m_tree,
            {PermissionCatalog::areaLabel(area), tr("%1 of %2").arg(allowedInArea).arg(permissions.size()), QString()});
        QFont bold = areaItem->font(WhatColumn);
        bold.setBold(true);
        areaItem->setFont(WhatColumn, bold);
        areaItem->setFirstColumnSpanned(false);
        for (const Permission permission : permissions)
            addRow(areaItem, PermissionCatalog::label(permission), PermissionCatalog::description(permission),
                role.permissions.contains(permission));
    }
    // What no permission grants: only the Owner role.
    auto* ownerArea = new QTreeWidgetItem(m_tree, {tr("Owner only"), QString(), QString()});
    QFont bold = ownerArea->font(WhatColumn);
    bold.setBold(true);
    ownerArea->setFont(WhatColumn, bold);
    const bool owner = role.builtin == BuiltinRole::Owner;
    addRow(ownerArea, tr("Delete the workspace"), tr("Removes the workspace and all its data, permanently"), owner);
    addRow(ownerArea, tr("Give or take the Owner role"), tr("Make other members Owners, or change an Owner's role"),
        owner);
    m_tree->expandAll();

    auto* summary = PageParts::hint(
        tr("%1 has %2 of %3 permissions, all through the role \u201c%4\u201d: a member has exactly one role.")
            .arg(member.displayName)
            .arg(allowedCount)
            .arg(PermissionCatalog::Count)
            .arg(roleName));
    summary->setObjectName(u"effectiveSummary"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
}

} // namespace nacre::ui
