#include "invitations/InviteDraft.h"

#include "validation/EmailListParser.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nacre::client {

InviteDraft::InviteDraft(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void InviteDraft::setRole(const QString& roleId)
{
    if (roleId == m_roleId)
        return;
    m_roleId = roleId;
    check(); // what the server says can depend on the role (who may grant it)
}

void InviteDraft::setText(const QString& text)
{
    m_text = text;
    rebuild(m_text);
}

void InviteDraft::addCsv(const QString& csv)
{
    // Every cell is a candidate; the parser keeps the addresses and reports the rest, so keep only
    // cells that look like addresses (a header row or a name column is not a mistake here).
    QStringList cells;
    for (const QString& line : csv.split(u'\n')) {
        for (QString cell : line.split(QRegularExpression(u"[,;\\t]"_s))) {
            cell = cell.trimmed();
            if (cell.startsWith(u'"') && cell.endsWith(u'"') && cell.size() >= 2)
                cell = cell.mid(1, cell.size() - 2);
            if (cell.contains(u'@'))
                cells.append(cell);
        }
    }
    m_text = (m_text.trimmed().isEmpty() ? QString() : m_text + u'\n') + cells.join(u'\n');
    rebuild(m_text);
}

void InviteDraft::remove(int index)
{
    if (index < 0 || index >= m_chips.size())
        return;
    m_chips.removeAt(index);
    // Keep the text in step, so a later edit does not bring the chip back.
    QStringList inputs;
    for (const Chip& chip : std::as_const(m_chips))
        inputs.append(chip.input);
    m_text = inputs.join(u'\n');
    Q_EMIT chipsChanged();
}

void InviteDraft::rebuild(const QString& text)
{
    m_chips.clear();
    for (const EmailListEntry& entry : EmailListParser::parse(text)) {
        Chip chip;
        chip.input = entry.input;
        chip.address = entry.address;
        chip.displayName = entry.displayName;
        chip.occurrences = entry.occurrences;
        chip.state = entry.isValid() ? ChipState::Checking : ChipState::Invalid;
        chip.reason = entry.error.message;
        m_chips.append(chip);
    }
    Q_EMIT chipsChanged();
    check();
}

QJsonArray InviteDraft::addresses() const
{
    QJsonArray emails;
    for (const Chip& chip : m_chips) {
        if (!chip.address.isEmpty())
            emails.append(chip.address);
    }
    return emails;
}

void InviteDraft::check()
{
    const QJsonArray emails = addresses();
    const int generation = ++m_generation;
    if (emails.isEmpty() || m_workspaceId.isEmpty() || m_roleId.isEmpty())
        return;
    for (Chip& chip : m_chips) {
        if (!chip.address.isEmpty())
            chip.state = ChipState::Checking;
    }
    m_api.send("POST", u"/api/v1/workspaces/%1/invitations?dryRun=true"_s.arg(m_workspaceId),
        QJsonObject {{u"emails"_s, emails}, {u"roleId"_s, m_roleId}}, this,
        [this, generation](const ApiResult& result) {
            if (generation != m_generation)
                return; // the list changed meanwhile; a newer check is on its way
            m_checkError = result.error;
            if (!result.ok()) {
                // Nothing is known about the addresses: they stay unchecked and nobody is invitable.
                Q_EMIT checkFailed(result.error);
                return;
            }
            const QHash<QString, Result> outcomes = resultsByEmail(result.object());
            for (Chip& chip : m_chips) {
                if (chip.address.isEmpty())
                    continue;
                switch (outcomes.value(chip.address).outcome) {
                case InviteOutcome::AlreadyMember:
                    chip.state = ChipState::AlreadyMember;
                    break;
                case InviteOutcome::AlreadyInvited:
                    chip.state = ChipState::AlreadyInvited;
                    break;
                case InviteOutcome::Invited:
                case InviteOutcome::Invalid: // the server checks the same rules; a disagreement is tried
                    chip.state = ChipState::WillInvite;
                    break;
                }
            }
            Q_EMIT chipsChanged();
        });
}

int InviteDraft::invitableCount() const
{
    return int(std::count_if(
        m_chips.cbegin(), m_chips.cend(), [](const Chip& chip) { return chip.state == ChipState::WillInvite; }));
}

bool InviteDraft::isChecking() const
{
    return std::any_of(
        m_chips.cbegin(), m_chips.cend(), [](const Chip& chip) { return chip.state == ChipState::Checking; });
}

void InviteDraft::send(QObject* context, std::function<void(const QList<Result>&, const ApiError&)> done)
{
    // Only the invitable addresses are sent; the answer still covers every address given, in the
    // order given: the others are reported as the chips already said.
    QJsonArray emails;
    for (const Chip& chip : std::as_const(m_chips)) {
        if (chip.state == ChipState::WillInvite)
            emails.append(chip.address);
    }
    m_api.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(m_workspaceId),
        QJsonObject {{u"emails"_s, emails}, {u"roleId"_s, m_roleId}}, context,
        [chips = m_chips, done = std::move(done)](const ApiResult& result) {
            // Paired by address, not by position: the answer's order is the server's.
            const QHash<QString, Result> answered = resultsByEmail(result.object());
            QList<Result> results;
            for (const Chip& chip : chips) {
                if (chip.state == ChipState::WillInvite && answered.contains(chip.address)) {
                    Result answer = answered.value(chip.address);
                    answer.input = chip.input;
                    results.append(answer);
                    continue;
                }
                const InviteOutcome outcome = chip.state == ChipState::AlreadyMember ? InviteOutcome::AlreadyMember
                    : chip.state == ChipState::AlreadyInvited                        ? InviteOutcome::AlreadyInvited
                                                                                     : InviteOutcome::Invalid;
                results.append(Result {chip.input, chip.address, outcome, chip.reason, std::nullopt});
            }
            done(results, result.error);
        });
}

QHash<QString, InviteDraft::Result> InviteDraft::resultsByEmail(const QJsonObject& answer)
{
    QHash<QString, Result> results;
    for (const QJsonValue& value : answer.value(u"results"_s).toArray()) {
        const QJsonObject json = value.toObject();
        const QString email = json.value(u"email"_s).toString();
        if (email.isEmpty())
            continue; // an input the server could not read as an address: reported by its chip
        // An outcome this build does not know is shown as not invited, with the server's reason.
        Result result {json.value(u"input"_s).toString(), email,
            InviteOutcomes::fromName(json.value(u"outcome"_s).toString()).value_or(InviteOutcome::Invalid),
            json.value(u"reason"_s).toString(), std::nullopt};
        if (const auto created = Invitation::fromJson(json.value(u"invitation"_s).toObject()); created.isOk())
            result.created = created.value();
        results.insert(email, result);
    }
    return results;
}

} // namespace nacre::client
