#pragma once

#include "permissions/PermissionSet.h"

#include <QTreeWidget>

namespace nacre::ui {

// The permission catalog as a checklist grouped by area, each with the product text's description;
// an area of several permissions (Resources) is a tri-state parent over them. Permissions the actor
// does not hold are shown but cannot be ticked, with a tooltip that says why. The role editor and
// the API key dialog both choose permissions with it.
class PermissionChecklist : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PermissionChecklist(QWidget* parent = nullptr);

    // Rebuilds the list: `grantable` may be ticked, `checked` are.
    void build(const PermissionSet& grantable, const PermissionSet& checked);
    PermissionSet checked() const;
    void setPermissionChecked(Permission permission, bool checked);
    QTreeWidgetItem* itemFor(Permission permission) const;
    QTreeWidgetItem* areaItem(PermissionArea area) const;

Q_SIGNALS:
    void checkedChanged();
};

} // namespace nacre::ui
