#pragma once

#include "api/ApiError.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace nacre::ui {

// A change to several members (or invitations) as one reviewed batch: first a summary of what will
// change, row by row; Apply runs the steps one after another and each row then shows its own
// result ("Done", or the server's reason in words). Nothing runs until Apply is pressed.
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    struct Item
    {
        QString subject; // "Ann Lee (ann@example.com)"
        QString change; // "Support → Admin", "Remove from the workspace"
        QString outcome = {}; // what "done" means for it ("Now Admin"); "Done" when empty
    };
    using Step = std::function<void(int index, std::function<void(const client::ApiError&)> done)>;

    BatchDialog(const QString& title, const QString& summary, const QString& applyText, const QList<Item>& items,
        Step step, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* applyButton() const { return m_apply; }
    void apply();
    bool isFinished() const { return m_next >= m_items.size() && m_started; }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }

Q_SIGNALS:
    void batchFinished(int succeeded, int failed);

private:
    void runNext();

    QList<Item> m_items;
    Step m_step;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
    int m_next = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_started = false;
};

} // namespace nacre::ui
