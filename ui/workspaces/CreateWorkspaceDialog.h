#pragma once

#include "session/Session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nacre::ui {

class FieldMessage;

// "Create New Workspace": a name, then the app switches to it.
class CreateWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    CreateWorkspaceDialog(client::Session& session, QWidget* parent = nullptr);
    QString createdId() const { return m_createdId; }

private:
    void validate();
    void submit();

    client::Session& m_session;
    QLineEdit* m_name;
    FieldMessage* m_message;
    QLabel* m_sameName; // a workspace of yours already has this name: allowed, but said

    QDialogButtonBox* m_buttons;
    QString m_createdId;
};

} // namespace nacre::ui
