#include "users/InviteDialog.h"

#include "desktop/LocalAddress.h"
#include "users/ChipDelegate.h"
#include "widgets/DialogButtonBox.h"
#include "widgets/Icons.h"
#include "widgets/PageParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using State = nacre::client::InviteDraft::ChipState;

namespace nacre::ui {

namespace {

QString describe(const client::InviteDraft::Chip& chip)
{
    switch (chip.state) {
    case State::Checking:
        return InviteDialog::tr("checking…");
    case State::WillInvite:
        return InviteDialog::tr("will be invited");
    case State::AlreadyMember:
        return InviteDialog::tr("already a member");
    case State::AlreadyInvited:
        return InviteDialog::tr("already invited");
    case State::Invalid:
        return chip.reason;
    }
    return {};
}

QIcon iconFor(State state)
{
    switch (state) {
    case State::WillInvite:
        return Icons::get(Icons::Icon::Check);
    case State::Invalid:
        return Icons::get(Icons::Icon::XCircle);
    case State::Checking:
        return Icons::get(Icons::Icon::Clock);
    case State::AlreadyMember:
    case State::AlreadyInvited:
        break;
    }
    return Icons::get(Icons::Icon::Info);
}

} // namespace

InviteDialog::InviteDialog(client::ApiClient& api, const QString& workspaceId, const client::RoleListModel& roles,
    const Holder& actor, const QString& defaultRoleId, QWidget* parent)
    : QDialog(parent)
    , m_draft(api)
{
    setObjectName(u"inviteDialog"_s);
    setWindowTitle(tr("Invite User"));
    resize(560, 460);
    m_draft.setWorkspace(workspaceId);

    auto* intro = new QLabel(tr("Enter one or more email addresses, separated by commas, spaces or new lines. "
                                "Forms like <i>Ann Lee &lt;ann@example.com&gt;</i> work too."));
    intro->setWordWrap(true);
    m_emails = new QPlainTextEdit;
    m_emails->setObjectName(u"inviteEmails"_s);
    m_emails->setAccessibleName(tr("Email addresses"));
    m_emails->setPlaceholderText(tr("ann@example.com, Bo Ek <bo@example.com>"));
    m_emails->setTabChangesFocus(true);
    m_emails->setMaximumHeight(90);
    m_chips = new QListWidget;
    m_chips->setObjectName(u"inviteChips"_s);
    m_chips->setAccessibleName(tr("Addresses found"));
    m_chips->setToolTip(tr("Select an address and press Delete to leave it out"));
    m_chips->installEventFilter(this);
    // Chips flow like words and wrap at the edge.
    m_chips->setItemDelegate(new ChipDelegate(m_chips));
    m_chips->setFlow(QListView::LeftToRight);
    m_chips->setWrapping(true);
    m_chips->setResizeMode(QListView::Adjust);
    m_chips->setSpacing(3);
    m_chips->setUniformItemSizes(false);

    m_role = new QComboBox;
    m_role->setObjectName(u"inviteRole"_s);
    m_role->setAccessibleName(tr("Role"));
    m_role->setToolTip(tr("Only the roles you may give are offered"));
    for (const Role& role : client::RoleListModel::assignable(roles.roles(), actor))
        m_role->addItem(role.ref().displayName(), role.id);
    // What the workspace gives by default (Member unless an admin chose otherwise); never the most
    // powerful role just because it is listed first.
    const int preferred = m_role->findData(defaultRoleId);
    m_role->setCurrentIndex(preferred >= 0 ? preferred : m_role->count() - 1);
    auto* roleLabel = new QLabel(tr("&Role:"));
    roleLabel->setBuddy(m_role);
    auto* csv = new QPushButton(tr("Import &CSV…"));
    csv->setObjectName(u"inviteImportCsv"_s);
    csv->setToolTip(tr("Add the addresses found in a CSV file, in any column"));
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(csv);

    m_summary = new QLabel;
    m_summary->setObjectName(u"inviteSummary"_s);
    m_error = new QLabel;
    m_error->setObjectName(u"inviteError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    // Links name the server's public address; when that is this computer, nobody else can open them.
    auto* reach = PageParts::hint({});
    reach->setObjectName(u"inviteReachNotice"_s);
    reach->setVisible(false);
    api.get(u"/api/v1/auth/status"_s, reach, [reach](const client::ApiResult& result) {
        const QUrl links(result.object().value(u"publicUrl"_s).toString());
        if (!result.ok() || !client::LocalAddress::isThisComputer(links))
            return;
        reach->setText(tr("Invitation links point at this computer (%1), so people on other computers cannot open "
                          "them. To let them join, sign out, choose Change Server\u2026 and tick \u201cLet others "
                          "on this network join\u201d, or run a shared nacred server (see the README).")
                           .arg(links.toString()));
        reach->setVisible(true);
    });

    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addWidget(reach);
    formLayout->addWidget(m_emails);
    formLayout->addWidget(m_chips, 1);
    formLayout->addLayout(roleRow);
    formLayout->addWidget(m_summary);
    formLayout->addWidget(m_error);

    m_results = new QListWidget;
    m_results->setObjectName(u"inviteResults"_s);
    m_results->setAccessibleName(tr("Invitation results"));
    auto* resultsPage = new QWidget;
    auto* resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(new QLabel(tr("What happened to each address:")));
    resultsLayout->addWidget(m_results);

    m_pages = new QStackedWidget;
    m_pages->addWidget(form);
    m_pages->addWidget(resultsPage);

    auto* buttons = new DialogButtonBox(QDialogButtonBox::Cancel);
    m_invite = buttons->addButton(tr("Invite"), QDialogButtonBox::AcceptRole);
    m_invite->setObjectName(u"inviteSend"_s);
    m_invite->setDefault(true);
    connect(m_invite, &QPushButton::clicked, this, &InviteDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    // Typing is parsed after a short pause, so the chips do not flicker while an address is typed.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_draft.setText(m_emails->toPlainText()); });
    connect(m_emails, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(
        m_role, &QComboBox::currentIndexChanged, this, [this] { m_draft.setRole(m_role->currentData().toString()); });
    connect(csv, &QPushButton::clicked, this, &InviteDialog::chooseCsv);
    connect(&m_draft, &client::InviteDraft::chipsChanged, this, &InviteDialog::showChips);
    connect(&m_draft, &client::InviteDraft::checkFailed, this, [this](const client::ApiError& error) {
        m_error->setText(error.message());
        m_error->setVisible(true);
        showChips();
    });
    m_draft.setRole(m_role->currentData().toString());
    showChips();
}

void InviteDialog::showChips()
{
    m_chips->clear();
    int member = 0;
    int invited = 0;
    int invalid = 0;
    for (const client::InviteDraft::Chip& chip : m_draft.chips()) {
        QString text = chip.address.isEmpty() ? chip.input : chip.address;
        if (chip.occurrences > 1)
            text += tr(" (given %1 times)").arg(chip.occurrences);
        auto* item = new QListWidgetItem(iconFor(chip.state), text + u" — "_s + describe(chip), m_chips);
        item->setToolTip(chip.displayName.isEmpty() ? describe(chip) : chip.displayName + u": "_s + describe(chip));
        item->setData(Qt::AccessibleTextRole, item->text());
        item->setData(ChipDelegate::ToneRole,
            chip.state == State::WillInvite    ? ChipDelegate::Good
                : chip.state == State::Invalid ? ChipDelegate::Bad
                                               : ChipDelegate::Neutral);
        member += chip.state == State::AlreadyMember ? 1 : 0;
        invited += chip.state == State::AlreadyInvited ? 1 : 0;
        invalid += chip.state == State::Invalid ? 1 : 0;
    }
    const int count = m_draft.invitableCount();
    m_invite->setText(count == 0 ? tr("Invite") : tr("Invite %Ln person(s)", nullptr, count));
    m_invite->setEnabled(count > 0 && !m_draft.isChecking() && m_role->count() > 0);
    QStringList parts;
    if (member > 0)
        parts << tr("%Ln already a member", nullptr, member);
    if (invited > 0)
        parts << tr("%Ln already invited", nullptr, invited);
    if (invalid > 0)
        parts << tr("%Ln not valid", nullptr, invalid);
    m_summary->setText(parts.isEmpty() ? QString() : parts.join(u" · "_s));
    if (!m_draft.checkError().isError())
        m_error->setVisible(false);
    if (m_role->count() == 0) {
        m_error->setText(tr("Your role cannot give any role in this workspace, so you cannot invite anyone."));
        m_error->setVisible(true);
    }
}

void InviteDialog::importCsvFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        m_error->setVisible(true);
        return;
    }
    m_draft.addCsv(QString::fromUtf8(file.readAll()));
    const QSignalBlocker blocker(m_emails); // the chips now hold more than the text field
    QStringList inputs;
    for (const client::InviteDraft::Chip& chip : m_draft.chips())
        inputs.append(chip.input);
    m_emails->setPlainText(inputs.join(u'\n'));
}

void InviteDialog::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Addresses"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

void InviteDialog::send()
{
    m_invite->setEnabled(false);
    m_invite->setCursor(Qt::BusyCursor);
    m_draft.send(this, [this](const QList<client::InviteDraft::Result>& results, const client::ApiError& error) {
        m_invite->setCursor(Qt::ArrowCursor);
        if (error.isError()) {
            m_error->setText(error.message());
            m_error->setVisible(true);
            showChips();
            return;
        }
        showResults(results);
    });
}

void InviteDialog::showResults(const QList<client::InviteDraft::Result>& results)
{
    int invited = 0;
    QList<Invitation> created;
    for (const client::InviteDraft::Result& result : results) {
        if (result.created)
            created.prepend(*result.created);
        QString outcome;
        State state = State::Invalid;
        switch (result.outcome) {
        case InviteOutcome::Invited:
            outcome = tr("invited: an invitation email is on its way");
            state = State::WillInvite;
            ++invited;
            break;
        case InviteOutcome::AlreadyMember:
            outcome = tr("already a member");
            state = State::AlreadyMember;
            break;
        case InviteOutcome::AlreadyInvited:
            outcome = tr("already invited");
            state = State::AlreadyInvited;
            break;
        case InviteOutcome::Invalid:
            outcome = result.reason.isEmpty() ? tr("not a valid address") : result.reason;
            break;
        }
        new QListWidgetItem(iconFor(state), result.input + u" — "_s + outcome, m_results);
    }
    m_pages->setCurrentIndex(1);
    m_invite->setVisible(false);
    if (auto* cancel = findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Close"));
    Q_EMIT invitationsCreated(created);
    Q_EMIT invitationsSent(invited);
}

bool InviteDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chips && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete && m_chips->currentRow() >= 0) {
        m_draft.remove(m_chips->currentRow());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace nacre::ui
