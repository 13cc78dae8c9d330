#pragma once

#include "domain/Member.h"
#include "domain/MemberDetails.h"
#include "domain/Role.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace nacre::ui {

// One member, read-only: when they joined, who invited them, when they were last active and how
// many sessions their account has open (loaded when the dialog opens), then "what can this person
// do?": their effective permissions, area by area as the role editor groups them, each marked
// allowed or not and with the role that grants it — plus, for an Owner, what only Owners may do.
class MemberDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    MemberDetailsDialog(const Member& member, const Role& role, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    void showDetails(const MemberDetails& details);
    void showDetailsUnavailable(const QString& reason);

private:
    QTreeWidget* m_tree;
    QLabel* m_invitedBy;
    QLabel* m_sessions;
};

} // namespace nacre::ui
