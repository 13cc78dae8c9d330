#include "security/SecurityPage.h"

#include "profile/ClientName.h"
#include "security/PasswordConfirmDialog.h"
#include "security/RecoveryCodesDialog.h"
#include "security/SecurityActivityBox.h"
#include "security/TwoFactorSetupDialog.h"
#include "validation/PasswordRules.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageParts.h"
#include "widgets/PasswordStrengthBar.h"
#include "widgets/Prompter.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

constexpr int SessionIdRole = Qt::UserRole + 1;

QLineEdit* passwordField(const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

SecurityPage::SecurityPage(client::AccountSecurityModel& model, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_prompter(prompter)
{
    setObjectName(u"securityPage"_s);

    m_current = passwordField(u"currentPassword"_s, tr("Current password"));
    m_new = passwordField(u"newPassword"_s, tr("New password"));
    m_new->setToolTip(
        tr("At least %n characters; a passphrase of a few words is best", nullptr, PasswordRules::MinLength));
    m_repeat = passwordField(u"repeatPassword"_s, tr("New password, again"));
    m_currentMessage = new FieldMessage;
    m_newMessage = new FieldMessage;
    m_repeatMessage = new FieldMessage;
    m_strength = new PasswordStrengthBar;
    m_change = new QPushButton(tr("&Change Password"));
    m_change->setObjectName(u"changePassword"_s);
    m_change->setToolTip(tr("Your other sessions are signed out when the password changes"));

    auto* password = new QGroupBox(tr("Password"));
    auto* form = new QFormLayout(password);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(
        PageParts::caption(tr("C&urrent password:"), m_current), PageParts::withMessage(m_current, m_currentMessage));
    form->addRow(PageParts::caption(tr("&New password:"), m_new), PageParts::withMessage(m_new, m_newMessage));
    form->addRow(QString(), m_strength);
    form->addRow(
        PageParts::caption(tr("&Repeat new password:"), m_repeat), PageParts::withMessage(m_repeat, m_repeatMessage));
    m_passwordRefusal = new FieldMessage;
    m_passwordRefusal->setObjectName(u"securityError"_s);
    form->addRow(PageParts::actionRow(m_passwordRefusal, {m_change}));

    m_twoFactorState = new QLabel;
    m_twoFactorState->setObjectName(u"twoFactorState"_s);
    m_twoFactorState->setWordWrap(true);
    m_twoFactorButton = new QPushButton;
    m_twoFactorButton->setObjectName(u"twoFactorButton"_s);
    m_recoveryLeft = new QLabel;
    m_recoveryLeft->setObjectName(u"recoveryCodesLeft"_s);
    m_renewRecovery = new QPushButton(tr("New &Recovery Codes…"));
    m_renewRecovery->setObjectName(u"renewRecoveryCodes"_s);
    m_renewRecovery->setToolTip(tr("Make ten new recovery codes; the old ones stop working (asks for the password)"));
    connect(m_renewRecovery, &QPushButton::clicked, this, &SecurityPage::renewRecoveryCodes);
    auto* twoFactor = new QGroupBox(tr("Two-factor sign-in"));
    auto* twoFactorLayout = new QGridLayout(twoFactor);
    twoFactorLayout->addWidget(m_twoFactorState, 0, 0);
    twoFactorLayout->addWidget(m_twoFactorButton, 0, 1);
    twoFactorLayout->addWidget(m_recoveryLeft, 1, 0);
    twoFactorLayout->addWidget(m_renewRecovery, 1, 1);
    twoFactorLayout->setColumnStretch(0, 1);
    connect(m_twoFactorButton, &QPushButton::clicked, this, &SecurityPage::changeTwoFactor);
    setTwoFactorEnabled(false);

    m_sessions = new QTreeWidget;
    m_sessions->setObjectName(u"sessionList"_s);
    m_sessions->setAccessibleName(tr("Your sessions"));
    m_sessions->setRootIsDecorated(false);
    m_sessions->setHeaderLabels({tr("Application"), tr("Address"), tr("Last active"), tr("Signed in")});
    m_sessions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sessions->setMinimumHeight(140);
    m_endSession = new QPushButton(tr("&Sign Out Session"));
    m_endSession->setObjectName(u"endSession"_s);
    m_endSession->setEnabled(false);
    m_endSession->setToolTip(tr("Select another session to sign it out"));
    auto* sessions = new QGroupBox(tr("Sessions"));
    auto* sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->addWidget(PageParts::hint(tr("Where your account is signed in. Sign out a session you do not "
                                                 "recognize, then change your password.")));
    sessionsLayout->addWidget(m_sessions);
    m_sessionsRefusal = new FieldMessage;
    m_sessionsRefusal->setObjectName(u"sessionsError"_s);
    sessionsLayout->addLayout(PageParts::actionRow(m_sessionsRefusal, {m_endSession}));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(PageParts::title(tr("Security")));
    layout->addWidget(
        PageParts::hint(tr("Your password, two-factor sign-in and sessions. They are the same in every workspace.")));
    layout->addWidget(password);
    layout->addWidget(twoFactor);
    layout->addWidget(sessions);
    layout->addWidget(new SecurityActivityBox(m_model));
    layout->addStretch();
    PageParts::installScrollable(this, content);

    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &SecurityPage::validatePassword);
    connect(m_change, &QPushButton::clicked, this, [this] {
        m_passwordRefusal->clearMessage();
        PageParts::handFocus(m_change, m_current);
        m_change->setEnabled(false);
        m_change->setCursor(Qt::BusyCursor);
        m_model.changePassword(m_current->text(), m_new->text());
    });
    connect(m_sessions, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const bool other = item && !item->data(0, SessionIdRole).toString().isEmpty();
        m_endSession->setEnabled(other);
        m_endSession->setToolTip(other ? tr("Sign out the selected session")
                                       : tr("This is the session you are using; use Sign Out in the sidebar"));
    });
    connect(m_endSession, &QPushButton::clicked, this, &SecurityPage::endSelectedSession);
    connect(&m_model, &client::AccountSecurityModel::sessionsLoaded, this, &SecurityPage::showSessions);
    // What just happened shows in Recent Security Activity at once.
    connect(&m_model, &client::AccountSecurityModel::passwordChanged, &m_model,
        &client::AccountSecurityModel::loadActivity);
    connect(this, &SecurityPage::twoFactorChanged, &m_model, &client::AccountSecurityModel::loadActivity);
    connect(&m_model, &client::AccountSecurityModel::passwordChanged, this, [this] {
        m_change->setCursor(Qt::ArrowCursor);
        for (QLineEdit* edit : {m_current, m_new, m_repeat})
            edit->clear();
        Q_EMIT statusMessage(tr("Password changed. Your other sessions were signed out."));
    });
    connect(&m_model, &client::AccountSecurityModel::passwordNotChanged, this, [this](const client::ApiError& error) {
        m_change->setCursor(Qt::ArrowCursor);
        m_currentMessage->showError(error.fieldMessage(u"currentPassword"_s));
        m_newMessage->showError(error.fieldMessage(u"newPassword"_s));
        if (error.fieldErrors.isEmpty())
            m_passwordRefusal->showError(error.message());
        validatePassword();
        // Back to the field the server refused (a wrong current password, most often).
        if (!m_currentMessage->isHidden())
            m_current->setFocus(Qt::OtherFocusReason);
        else if (!m_newMessage->isHidden())
            m_new->setFocus(Qt::OtherFocusReason);
    });
    connect(&m_model, &client::AccountSecurityModel::failed, this, [this](const client::ApiError& error) {
        if (!error.isOffline())
            m_sessionsRefusal->showError(error.message());
    });
    connect(&m_model, &client::AccountSecurityModel::sessionsLoaded, m_sessionsRefusal, &FieldMessage::clearMessage);
    validatePassword();
}

void SecurityPage::validatePassword()
{
    const auto replacement = PasswordRules::validated(m_new->text(), u"newPassword"_s);
    m_newMessage->showError(m_new->text().isEmpty() || replacement.isOk() ? QString() : replacement.error().message);
    const bool repeated = m_repeat->text() == m_new->text();
    m_repeatMessage->showError(
        m_repeat->text().isEmpty() || repeated ? QString() : tr("The two new passwords differ."));
    m_strength->showStrengthOf(m_new->text());
    const bool ready = !m_current->text().isEmpty() && replacement.isOk() && repeated;
    if (!ready)
        PageParts::handFocus(m_change, m_current);
    m_change->setEnabled(ready);
}

void SecurityPage::showSessions()
{
    m_sessions->clear();
    const QLocale locale;
    for (const client::SessionInfo& session : m_model.sessions()) {
        auto* item = new QTreeWidgetItem(m_sessions);
        const QString agent = client::ClientName::of(session.userAgent);
        item->setText(0, session.current ? tr("%1 (this session)").arg(agent) : agent);
        item->setToolTip(0, session.userAgent);
        item->setText(1, session.address);
        item->setText(2, locale.toString(session.lastSeenAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(3, locale.toString(session.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, SessionIdRole, session.current ? QString() : session.id);
        if (session.current) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
    }
    PageParts::handFocus(m_endSession, m_sessions);
    m_endSession->setEnabled(false);
}

void SecurityPage::endSelectedSession()
{
    QTreeWidgetItem* item = m_sessions->currentItem();
    if (!item || item->data(0, SessionIdRole).toString().isEmpty())
        return;
    const auto answer = m_prompter.ask(this, QMessageBox::Question, tr("Sign Out Session"),
        tr("Sign out \u201c%1\u201d (%2)? Whoever uses it will have to sign in again.")
            .arg(item->text(0), item->text(1)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_model.endSession(item->data(0, SessionIdRole).toString());
}

void SecurityPage::setTwoFactorEnabled(bool enabled)
{
    m_twoFactorEnabled = enabled;
    m_twoFactorState->setText(enabled
            ? tr("On: signing in asks for a code from your authenticator app as well as your password.")
            : tr("Off: your password alone protects this account. Turn it on so a stolen password is not "
                 "enough."));
    m_twoFactorButton->setText(enabled ? tr("Turn O&ff…") : tr("Turn &On…"));
    m_twoFactorButton->setToolTip(enabled ? tr("Sign in with your password alone again (asks for the password)")
                                          : tr("Set up an authenticator app for this account"));
    m_recoveryLeft->setVisible(enabled);
    m_renewRecovery->setVisible(enabled);
    if (enabled)
        loadRecoveryCodesLeft();
}

void SecurityPage::loadRecoveryCodesLeft()
{
    if (!m_twoFactorEnabled)
        return;
    m_model.loadRecoveryCodesLeft(this, [this](int left, const client::ApiError& error) {
        if (error.isError())
            return; // said by the page's other loads
        m_recoveryLeft->setText(left == 0
                ? tr("No recovery codes left. Make new ones so a lost phone does not lock you out.")
                : tr("Recovery codes: %n of 10 left, each for one sign-in without the app.", nullptr, left));
    });
}

void SecurityPage::renewRecoveryCodes()
{
    auto codes = std::make_shared<QStringList>();
    auto* dialog = new PasswordConfirmDialog(
        {u"renewRecoveryCodesDialog"_s, tr("New Recovery Codes"),
            tr("Ten new codes replace your recovery codes; the old ones stop working. Enter your password."),
            tr("&Make New Codes"), u"renewRecoveryCodesConfirm"_s, u"renewRecoveryCodesPassword"_s},
        [this, codes](const QString& password, QObject* context, std::function<void(const client::ApiError&)> done) {
            m_model.renewRecoveryCodes(password, context,
                [codes, done = std::move(done)](const QStringList& made, const client::ApiError& error) {
                    *codes = made;
                    done(error);
                });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordConfirmDialog::confirmed, this, [this, codes] {
        showRecoveryCodes(*codes);
        loadRecoveryCodesLeft();
    });
    dialog->open();
}

void SecurityPage::showRecoveryCodes(const QStringList& codes)
{
    RecoveryCodesDialog dialog(codes, this);
    m_prompter.run(dialog);
}

void SecurityPage::changeTwoFactor()
{
    if (m_twoFactorEnabled) {
        auto* dialog = new PasswordConfirmDialog(
            {u"twoFactorOffDialog"_s, tr("Turn Off Two-Factor Sign-In"),
                tr("Without it, your password alone protects this account in every workspace. Enter your password "
                   "to turn it off."),
                tr("Turn &Off"), u"twoFactorTurnOff"_s, u"twoFactorPassword"_s},
            [this](const QString& password, QObject* context, std::function<void(const client::ApiError&)> done) {
                m_model.turnOffTwoFactor(password, context, std::move(done));
            },
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PasswordConfirmDialog::confirmed, this, [this] {
            setTwoFactorEnabled(false);
            Q_EMIT twoFactorChanged(false);
            Q_EMIT statusMessage(tr("Two-factor sign-in is off."));
        });
        dialog->open();
        return;
    }
    auto* dialog = new TwoFactorSetupDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TwoFactorSetupDialog::turnedOn, this, [this](const UserProfile&, const QStringList& codes) {
        showRecoveryCodes(codes);
        setTwoFactorEnabled(true);
        Q_EMIT twoFactorChanged(true);
        Q_EMIT statusMessage(tr("Two-factor sign-in is on. Nacre asks for a code the next time you sign in."));
    });
    dialog->open();
}

} // namespace nacre::ui
