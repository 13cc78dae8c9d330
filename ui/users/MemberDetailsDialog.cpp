#include "users/MemberDetailsDialog.h"

#include "widgets/DialogButtonBox.h"
#include "widgets/InitialsBadge.h"
#include "widgets/PageParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
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

MemberDetailsDialog::MemberDetailsDialog(const Member& member, const Role& role, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"memberDetailsDialog"_s);
    setWindowTitle(tr("%1 — Member Details").arg(member.displayName));
    resize(620, 580);

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

    // What the table shows in brief, in full; and what it does not show, as it arrives.
    const QLocale locale;
    const auto detail = [](const QString& objectName, const QString& text) {
        auto* label = new QLabel(text);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    auto* joined = detail(u"detailJoined"_s, locale.toString(member.joinedAt.toLocalTime(), QLocale::LongFormat));
    auto* lastActive = detail(u"detailLastActive"_s,
        member.lastActiveAt.isValid() ? locale.toString(member.lastActiveAt.toLocalTime(), QLocale::LongFormat)
                                      : tr("Never"));
    m_invitedBy = detail(u"detailInvitedBy"_s, tr("Loading…"));
    m_sessions = detail(u"detailSessions"_s, tr("Loading…"));
    auto* facts = new QFormLayout;
    facts->addRow(tr("Joined:"), joined);
    facts->addRow(tr("Invited by:"), m_invitedBy);
    facts->addRow(tr("Last active:"), lastActive);
    facts->addRow(tr("Sessions:"), m_sessions);
    auto* permissionsTitle = new QLabel(tr("What %1 can do").arg(member.displayName));
    QFont sectionFont = permissionsTitle->font();
    sectionFont.setBold(true);
    permissionsTitle->setFont(sectionFont);

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

    auto* buttons = new DialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(facts);
    layout->addSpacing(8);
    layout->addWidget(permissionsTitle);
    layout->addWidget(summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
}

void MemberDetailsDialog::showDetails(const MemberDetails& details)
{
    const QLocale locale;
    if (!details.invitation) {
        // Not "a founder": an account whose address changed since it accepted looks the same.
        m_invitedBy->setText(tr("No one: no accepted invitation for this address (a founder, for example)"));
    } else {
        const QString when = locale.toString(details.invitation->invitedAt.toLocalTime(), QLocale::LongFormat);
        m_invitedBy->setText(details.invitation->invitedBy.isNull()
                ? tr("An account that no longer exists, on %1").arg(when)
                : tr("%1, on %2").arg(details.invitation->invitedBy.name, when));
    }
    m_sessions->setText(details.activeSessions == 0
            ? tr("Not signed in anywhere")
            : tr("Signed in on %Ln session(s)", nullptr, details.activeSessions));
    m_sessions->setToolTip(tr("Sessions of the account on any device, in any workspace"));
}

void MemberDetailsDialog::showDetailsUnavailable(const QString& reason)
{
    for (QLabel* label : {m_invitedBy, m_sessions}) {
        label->setText(tr("Not available: %1").arg(reason));
        label->setForegroundRole(QPalette::PlaceholderText);
    }
}

} // namespace nacre::ui
