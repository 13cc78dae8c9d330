#include "auth/ConnectServerDialog.h"

#include "desktop/LocalAddress.h"
#include "widgets/DialogButtonBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

ConnectServerDialog::ConnectServerDialog(client::ClientSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"connectServerDialog"_s);
    setWindowTitle(tr("Connect to Server"));

    m_embedded = new QRadioButton(tr("The server &built into Nacre, on this computer"));
    m_embedded->setObjectName(u"useEmbedded"_s);
    const QString lan = client::LocalAddress::forOthers();
    m_share = new QCheckBox(tr("&Let others on this network join"));
    m_share->setObjectName(u"shareEmbedded"_s);
    m_share->setToolTip(tr("The built-in server also listens on this computer\u2019s network address, so people "
                           "you invite can open their links and sign in from their computers while Nacre runs "
                           "here."));
    m_share->setChecked(m_settings.shareEmbedded());
    m_shareHint = new QLabel(lan.isEmpty()
            ? tr("This computer has no network address now: invitation links will only open here.")
            : tr("Others use <b>http://%1:%2</b>. The connection is not encrypted: for a team across networks, "
                 "run a shared nacred with https (see the README).")
                  .arg(lan)
                  .arg(m_settings.embeddedPort()));
    m_shareHint->setObjectName(u"shareHint"_s);
    m_shareHint->setWordWrap(true);
    m_remote = new QRadioButton(tr("A &Nacre server at:"));
    m_remote->setObjectName(u"useRemote"_s);
    m_url = new QLineEdit;
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(tr("https://nacre.example.com"));
    m_url->setToolTip(tr("The address your administrator gave you, starting with http:// or https://"));
    m_test = new QPushButton(tr("&Test Connection"));
    m_test->setObjectName(u"testConnection"_s);
    m_result = new QLabel;
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setWordWrap(true);

    const QUrl current = m_settings.serverUrl();
    m_embedded->setChecked(current.isEmpty());
    m_remote->setChecked(!current.isEmpty());
    m_url->setText(current.toString());

    m_buttons = new DialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"connectButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Nacre restarts to connect to the chosen server"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* urlRow = new QHBoxLayout;
    urlRow->addSpacing(24);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_test);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_result->setFixedWidth(440);
    layout->addWidget(m_embedded);
    auto* shareRow = new QVBoxLayout;
    shareRow->setContentsMargins(24, 0, 0, 0);
    shareRow->addWidget(m_share);
    shareRow->addWidget(m_shareHint);
    layout->addLayout(shareRow);
    layout->addWidget(m_remote);
    layout->addLayout(urlRow);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    m_probe.setTransferTimeout(8000);
    connect(m_embedded, &QRadioButton::toggled, this, &ConnectServerDialog::updateState);
    connect(m_share, &QCheckBox::toggled, this, &ConnectServerDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_result->clear();
        if (!m_url->text().isEmpty())
            m_remote->setChecked(true);
        updateState();
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectServerDialog::testConnection);
    updateState();
}

QUrl ConnectServerDialog::parseUrl(const QString& text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()
        || !url.query().isEmpty() || !url.fragment().isEmpty())
        return {};
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) : url.path());
    return url;
}

void ConnectServerDialog::updateState()
{
    const bool remote = m_remote->isChecked();
    const bool valid = !parseUrl(m_url->text()).isEmpty();
    m_share->setEnabled(!remote);
    m_shareHint->setVisible(!remote && m_share->isChecked());
    m_test->setEnabled(remote && valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!remote || valid);
    if (remote && !m_url->text().isEmpty() && !valid)
        m_result->setText(tr("Enter an address that starts with http:// or https://, as in https://nacre.example.com"));
}

void ConnectServerDialog::testConnection()
{
    const QUrl url = parseUrl(m_url->text());
    m_probe.setBaseUrl(url);
    m_result->setText(tr("Connecting to %1…").arg(url.host()));
    m_test->setEnabled(false);
    m_probe.get(u"/api/v1/auth/status"_s, this, [this](const client::ApiResult& result) {
        updateState();
        const QString version = result.object().value(u"serverVersion"_s).toString();
        if (!result.ok() || version.isEmpty()) {
            m_result->setText(
                result.ok() ? tr("Something answered there, but it is not a Nacre server.") : result.error.message());
            return;
        }
        m_result->setText(result.object().value(u"setupRequired"_s).toBool()
                ? tr("Connected: Nacre server %1, not set up yet.").arg(version)
                : tr("Connected: Nacre server %1.").arg(version));
    });
}

void ConnectServerDialog::save()
{
    m_settings.setServerUrl(m_remote->isChecked() ? parseUrl(m_url->text()) : QUrl());
    if (!m_remote->isChecked())
        m_settings.setShareEmbedded(m_share->isChecked());
    accept();
}

} // namespace nacre::ui
