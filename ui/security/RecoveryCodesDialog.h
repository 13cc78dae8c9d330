#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace nacre::ui {

// The one time the account's ten recovery codes are shown: each signs in once where a code is
// asked for, when the authenticator is lost. Copy, or save them to a file, before closing.
class RecoveryCodesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryCodesDialog(const QStringList& codes, QWidget* parent = nullptr);

    // What Save to File… writes once a file is chosen; an error in words, empty when saved.
    QString saveTo(const QString& path) const;
    QString text() const; // the codes as saved and copied, one a line

private:
    QStringList m_codes;
    QPlainTextEdit* m_list;
};

} // namespace nacre::ui
