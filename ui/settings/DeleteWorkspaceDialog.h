#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace nacre::ui {

// Confirms a workspace deletion: explains that it is permanent and enables Delete only once the
// workspace's exact name is typed.
class DeleteWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteWorkspaceDialog(const QString& workspaceName, QWidget* parent = nullptr);
    QString typedName() const;
    QPushButton* deleteButton() const { return m_delete; }

private:
    QString m_workspaceName;
    QLineEdit* m_confirmation;
    QPushButton* m_delete;
};

} // namespace nacre::ui
