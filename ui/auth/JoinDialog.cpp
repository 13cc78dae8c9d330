#include "auth/JoinDialog.h"

#include "auth/ServerLine.h"
#include "validation/NameRules.h"
#include "widgets/DialogButtonBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/NewPasswordField.h"
#include "widgets/PageParts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

QWidget* formPage(QFormLayout** form, QLabel* intro)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    if (intro) {
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(*form);
    layout->addStretch();
    return page;
}

} // namespace

JoinDialog::JoinDialog(client::InvitationRedeemer& redeemer, const QUrl& server, SignedIn signedIn, QWidget* parent)
    : QDialog(parent)
    , m_redeemer(redeemer)
    , m_server(server)
    , m_signedIn(std::move(signedIn))
{
    setObjectName(u"joinDialog"_s);
    setWindowTitle(tr("Join a Workspace"));
    setMinimumWidth(480);

    auto* title = new QLabel(tr("<b>Join the workspace you were invited to.</b>"));
    title->setWordWrap(true);

    m_pages = new QStackedWidget;
    QFormLayout* form = nullptr;

    // Step 1: the link or code.
    m_codeEdit = new QLineEdit;
    m_codeEdit->setObjectName(u"joinCode"_s);
    m_codeEdit->setAccessibleName(tr("Invitation link or code"));
    m_codeEdit->setPlaceholderText(tr("https://\u2026/invite/nki_\u2026 or nki_\u2026"));
    m_codeEdit->setToolTip(tr("The link in your invitation mail, or the code below it"));
    m_codeEdit->setClearButtonEnabled(true);
    m_pages->addWidget(formPage(&form,
        new QLabel(tr("Paste the link or the code from your invitation mail. Nacre shows what the invitation is "
                      "before anything happens."))));
    form->addRow(PageParts::caption(tr("&Invitation:"), m_codeEdit), m_codeEdit);

    // Step 2a: a new account.
    m_name = new QLineEdit;
    m_name->setObjectName(u"joinName"_s);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setToolTip(tr("How others in the workspace will see you"));
    m_nameMessage = new FieldMessage;
    m_newPassword = new NewPasswordField(u"joinNewPassword"_s);
    m_pages->addWidget(formPage(&form,
        new QLabel(tr("Create your account. You will sign in with the invited "
                      "address and this password."))));
    form->addRow(PageParts::caption(tr("Your &name:"), m_name), PageParts::withMessage(m_name, m_nameMessage));
    form->addRow(PageParts::caption(tr("&Password:"), m_newPassword->edit()), m_newPassword);

    // Step 2b: the address has an account: its password (and code).
    m_accountIntro = new QLabel;
    m_accountIntro->setObjectName(u"joinAccountIntro"_s);
    m_password = new QLineEdit;
    m_password->setObjectName(u"joinPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_oneTimeCode = new QLineEdit;
    m_oneTimeCode->setObjectName(u"joinOneTimeCode"_s);
    m_oneTimeCode->setAccessibleName(tr("One-time code"));
    m_oneTimeCode->setPlaceholderText(tr("6-digit code or recovery code"));
    m_oneTimeCode->setToolTip(tr("The code your authenticator app shows for Nacre now, or one of your recovery codes"));
    m_oneTimeCode->setMaxLength(12); // a recovery code is xxxxx-xxxxx
    m_pages->addWidget(formPage(&form, m_accountIntro));
    form->addRow(PageParts::caption(tr("&Password:"), m_password), m_password);
    m_oneTimeLabel = PageParts::caption(tr("&Code:"), m_oneTimeCode);
    form->addRow(m_oneTimeLabel, m_oneTimeCode);

    // Step 2c: that account is the one signed in.
    m_signedInIntro = new QLabel;
    m_signedInIntro->setObjectName(u"joinSignedInIntro"_s);
    m_pages->addWidget(formPage(&form, m_signedInIntro));

    m_summary = new QLabel;
    m_summary->setObjectName(u"joinSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new FieldMessage;
    m_error->setObjectName(u"joinError"_s);

    m_buttons = new DialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"joinButton"_s);
    m_back = m_buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_back->setObjectName(u"joinBack"_s);
    m_back->setToolTip(tr("Use another invitation"));
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(Step::Code); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(new ServerLine(m_server));
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_codeEdit, m_name, m_password, m_oneTimeCode})
        connect(edit, &QLineEdit::textChanged, this, &JoinDialog::updateButton);
    connect(m_newPassword, &NewPasswordField::edited, this, &JoinDialog::updateButton);
    showStep(Step::Code);
}

void JoinDialog::lookUp(const QString& code)
{
    m_codeEdit->setText(code);
    submit();
}

void JoinDialog::showStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    m_summary->setVisible(step != Step::Code);
    m_back->setVisible(step != Step::Code);
    m_error->clearMessage();
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    switch (step) {
    case Step::Code:
        ok->setText(tr("&Continue"));
        m_codeEdit->setFocus();
        m_codeEdit->selectAll();
        break;
    case Step::NewAccount:
        ok->setText(tr("Create Account and &Join"));
        m_name->setFocus();
        break;
    case Step::ExistingAccount:
        ok->setText(tr("Sign In and &Join"));
        m_oneTimeLabel->setVisible(false);
        m_oneTimeCode->setVisible(false);
        m_password->setFocus();
        break;
    case Step::SignedInAlready:
        ok->setText(tr("&Join"));
        ok->setFocus();
        break;
    }
    updateButton();
}

void JoinDialog::updateButton()
{
    bool ready = !m_busy;
    switch (m_step) {
    case Step::Code:
        ready = ready && !m_codeEdit->text().trimmed().isEmpty();
        break;
    case Step::NewAccount: {
        const auto name = NameRules::displayName(m_name->text());
        m_nameMessage->showError(m_name->text().isEmpty() || name.isOk() ? QString() : name.error().message);
        const bool password = m_newPassword->check();
        ready = ready && name.isOk() && password;
        break;
    }
    case Step::ExistingAccount:
        ready = ready && !m_password->text().isEmpty()
            && (!m_oneTimeCode->isVisible() || !m_oneTimeCode->text().trimmed().isEmpty());
        break;
    case Step::SignedInAlready:
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void JoinDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_pages->setEnabled(!busy);
    m_back->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    updateButton();
}

void JoinDialog::showError(const QString& message)
{
    m_error->showError(message);
}

void JoinDialog::submit()
{
    if (m_step == Step::Code)
        preview();
    else
        join();
}

void JoinDialog::preview()
{
    const auto link = DeepLink::parse(m_codeEdit->text());
    if (!link || link->kind != DeepLink::Kind::Invitation) {
        showError(tr("This is not an invitation link or code. Copy the link from the invitation mail (it "
                     "contains /invite/) or the code that starts with nki_."));
        return;
    }
    if (!link->isFor(m_server)) {
        Q_EMIT otherServerNeeded(*link);
        return;
    }
    m_code = link->code;
    showError({});
    setBusy(true);
    m_redeemer.preview(m_code, this, [this](const client::InvitationOffer& offer, const client::ApiError& error) {
        setBusy(false);
        if (error.isError()) {
            showError(client::InvitationRedeemer::explain(error));
            return;
        }
        showOffer(offer);
    });
}

void JoinDialog::showOffer(const client::InvitationOffer& offer)
{
    m_offer = offer;
    const QString inviter = offer.invitedBy.isEmpty() ? tr("An admin") : offer.invitedBy.toHtmlEscaped();
    m_summary->setText(
        tr("%1 invited <b>%2</b> to the workspace <b>%3</b> as <b>%4</b>. The invitation is "
           "valid until %5.")
            .arg(inviter, offer.email.toHtmlEscaped(), offer.workspaceName.toHtmlEscaped(), offer.role.toHtmlEscaped(),
                QLocale().toString(offer.expiresAt.toLocalTime(), QLocale::ShortFormat)));
    if (m_signedIn.api && m_signedIn.email.compare(offer.email, Qt::CaseInsensitive) == 0) {
        m_signedInIntro->setText(
            tr("You are signed in as %1. Join to add the workspace to your list.").arg(offer.email));
        showStep(Step::SignedInAlready);
    } else if (offer.accountExists) {
        m_accountIntro->setText(
            tr("%1 already has a Nacre account on this server. Enter its password to join.").arg(offer.email));
        showStep(Step::ExistingAccount);
    } else {
        showStep(Step::NewAccount);
    }
}

void JoinDialog::join()
{
    showError({});
    setBusy(true);
    const auto done = [this](const client::SignInResult& result) {
        finishJoin(result);
    };
    switch (m_step) {
    case Step::NewAccount:
        m_redeemer.joinWithNewAccount(m_code, m_name->text().trimmed(), m_newPassword->text(), this, done);
        break;
    case Step::ExistingAccount:
        m_redeemer.joinWithAccount(m_code, m_offer.email, m_password->text(),
            m_oneTimeCode->isVisible() ? m_oneTimeCode->text() : QString(), this, done);
        break;
    case Step::SignedInAlready:
        client::InvitationRedeemer::joinSignedIn(
            *m_signedIn.api, m_code, this, [done](const QString& workspaceId, const client::ApiError& error) {
                client::SignInResult result;
                result.workspaceId = workspaceId;
                result.error = error;
                done(result);
            });
        break;
    case Step::Code:
        setBusy(false);
        break;
    }
}

void JoinDialog::finishJoin(const client::SignInResult& result)
{
    setBusy(false);
    if (result.ok()) {
        m_result = result;
        accept();
        return;
    }
    const client::ApiError& error = result.error;
    if (error.is(ProblemCode::TotpRequired) || error.is(ProblemCode::TotpInvalid)) {
        m_oneTimeLabel->setVisible(true);
        m_oneTimeCode->setVisible(true);
        m_oneTimeCode->clear();
        m_oneTimeCode->setFocus();
        showError(error.message());
        updateButton();
        return;
    }
    if (m_step == Step::NewAccount && !error.fieldErrors.isEmpty()) {
        m_nameMessage->showError(error.fieldMessage(u"displayName"_s));
        m_newPassword->showError(error.fieldMessage(u"password"_s));
        return;
    }
    if (error.is(ProblemCode::InvalidCredentials)) {
        showError(tr("That password is not right for %1.").arg(m_offer.email));
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    if (error.is(ProblemCode::AccountExists)) {
        // Someone made the account meanwhile (another device): sign in to it instead.
        m_accountIntro->setText(
            tr("%1 now has a Nacre account on this server. Enter its password to join.").arg(m_offer.email));
        showStep(Step::ExistingAccount);
        return;
    }
    showError(client::InvitationRedeemer::explain(error));
}

} // namespace nacre::ui
