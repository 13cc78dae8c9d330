#pragma once

#include "api/ApiClient.h"
#include "settings/ClientSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace nacre::ui {

// "Connect to Server…": the server built into the app (optionally shared with the local network, so a
// small team can start from one computer), or a nacred at a URL, checked before it is saved. The
// choice is remembered per user; the app reconnects by restarting.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectServerDialog(client::ClientSettings& settings, QWidget* parent = nullptr);

    static QUrl parseUrl(const QString& text); // empty when it is not an http(s) URL with a host

private:
    void updateState();
    void testConnection();
    void save();

    client::ClientSettings& m_settings;
    client::ApiClient m_probe;
    QRadioButton* m_embedded;
    QCheckBox* m_share;
    QLabel* m_shareHint;
    QRadioButton* m_remote;
    QLineEdit* m_url;
    QPushButton* m_test;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
};

} // namespace nacre::ui
