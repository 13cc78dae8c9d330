#pragma once

#include "domain/Member.h"
#include "domain/Role.h"

#include <QDialog>

class QTreeWidget;

namespace nacre::ui {

// "What can this person do?": a member's effective permissions, area by area as the role editor
// groups them, each marked allowed or not and with the role that grants it — plus, for an Owner,
// what only Owners may do. Read-only; it answers the question without opening the role editor.
class MemberPermissionsDialog : public QDialog
{
    Q_OBJECT

public:
    MemberPermissionsDialog(const Member& member, const Role& role, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
};

} // namespace nacre::ui
