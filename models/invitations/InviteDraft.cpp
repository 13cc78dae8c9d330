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
            QHash<QString, QString> outcomes;
            for (const QJsonValue& value : result.object().value(u"results"_s).toArray())
                outcomes.insert(
                    value.toObject().value(u"email"_s).toString(), value.toObject().value(u"outcome"_s).toString());
            for (Chip& chip : m_chips) {
                if (chip.address.isEmpty())
                    continue;
                const QString outcome = outcomes.value(chip.address);
                chip.state = outcome == u"already_member"_s ? ChipState::AlreadyMember
                    : outcome == u"already_invited"_s       ? ChipState::AlreadyInvited
                                                            : ChipState::WillInvite;
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
            const QJsonArray answered = result.object().value(u"results"_s).toArray();
            QList<Result> results;
            qsizetype next = 0;
            for (const Chip& chip : chips) {
                if (chip.state == ChipState::WillInvite) {
                    const QJsonObject json = answered.at(next++).toObject();
                    results.append(Result {chip.input, json.value(u"email"_s).toString(chip.address),
                        json.value(u"outcome"_s).toString(), json.value(u"reason"_s).toString()});
                    continue;
                }
                const QString outcome = chip.state == ChipState::AlreadyMember ? u"already_member"_s
                    : chip.state == ChipState::AlreadyInvited                  ? u"already_invited"_s
                                                                               : u"invalid"_s;
                results.append(Result {chip.input, chip.address, outcome, chip.reason});
            }
            done(results, result.error);
        });
}

} // namespace nacre::client
