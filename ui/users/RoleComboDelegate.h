#pragma once

#include "domain/Role.h"

#include <QStyledItemDelegate>

#include <functional>

namespace nacre::ui {

// Edits a member's role in place: a combo box offering only the roles the actor may give that
// member (the current one included, so the combo opens on it). Choosing another role hands the
// change to `commit` — the page decides how to carry it out; the model is never written directly.
class RoleComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Assignable = std::function<QList<Role>(int row)>;
    using Commit = std::function<void(int row, const QString& roleId)>;

    RoleComboDelegate(Assignable assignable, Commit commit, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Assignable m_assignable;
    Commit m_commit;
};

} // namespace nacre::ui
