#include "store/MemberStore.h"

#include "http/ApiError.h"
#include "store/Cursor.h"
#include "store/Database.h"
#include "store/RoleStore.h"
#include "store/SqlQuery.h"
#include "validation/NameRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

const QString MemberSelect = u"SELECT m.workspace_id, m.user_id, u.display_name, u.email, u.totp_secret, m.joined_at, "
                             "m.last_active_at, m.version, r.id, r.name, r.builtin, r.permissions, u.sort_name "
                             "FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id "_s;

MemberRecord readMember(const SqlQuery& query)
{
    MemberRecord member;
    member.workspaceId = query.text(0);
    member.userId = query.text(1);
    member.displayName = query.text(2);
    member.email = query.text(3);
    member.twoFactorEnabled = !query.value(4).isNull();
    member.joinedAt = query.integer(5);
    member.lastActiveAt = query.integer(6);
    member.version = query.integer(7);
    member.role.workspaceId = member.workspaceId;
    member.role.role.id = query.text(8);
    member.role.role.name = query.text(9);
    member.role.role.builtin = RoleStore::builtinFromText(query.text(10));
    member.role.role.permissions = member.role.role.isBuiltin() ? BuiltinRoles::permissions(member.role.role.builtin)
                                                                : RoleStore::permissionsFromText(query.text(11));
    return member;
}

QString sortColumn(MemberQuery::Sort sort)
{
    switch (sort) {
    case MemberQuery::Sort::Name:
        return u"m.sort_name"_s;
    case MemberQuery::Sort::Email:
        return u"m.sort_email"_s;
    case MemberQuery::Sort::Joined:
        return u"m.joined_at"_s;
    case MemberQuery::Sort::LastActive:
        return u"m.last_active_at"_s;
    }
    return u"m.sort_name"_s;
}

QVariant sortValue(const MemberRecord& member, const QString& sortName, MemberQuery::Sort sort)
{
    switch (sort) {
    case MemberQuery::Sort::Name:
        return sortName;
    case MemberQuery::Sort::Email:
        return member.email;
    case MemberQuery::Sort::Joined:
        return member.joinedAt;
    case MemberQuery::Sort::LastActive:
        return member.lastActiveAt;
    }
    return {};
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// An FTS5 phrase: the text as one quoted string, its quotes doubled (no operator inside takes effect).
QString ftsPhrase(QString text)
{
    return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

void MemberStore::insert(const QString& workspaceId, const QString& userId, const QString& roleId, qint64 now)
{
    SqlQuery(m_db,
        u"INSERT INTO memberships (workspace_id, user_id, role_id, joined_at, last_active_at, version, "
        "sort_name, sort_email) SELECT ?, id, ?, ?, 0, 1, sort_name, email FROM users WHERE id = ?"_s)
        .bind(workspaceId)
        .bind(roleId)
        .bind(now)
        .bind(userId)
        .exec();
}

std::optional<MemberRecord> MemberStore::find(const QString& workspaceId, const QString& userId) const
{
    SqlQuery query(m_db, MemberSelect + u"WHERE m.workspace_id = ? AND m.user_id = ?"_s);
    query.bind(workspaceId).bind(userId).exec();
    if (!query.next())
        return std::nullopt;
    return readMember(query);
}

MemberPage MemberStore::list(const QString& workspaceId, const MemberQuery& request) const
{
    QString filter = u"WHERE m.workspace_id = ?"_s;
    QVariantList values {workspaceId};
    bool fewHits = false; // the search names few members: find them first, then order them
    if (!request.search.trimmed().isEmpty()) {
        const QString nameKey = NameRules::identityKey(request.search);
        const QString emailKey = request.search.trimmed().toLower();
        if (m_db.isSqlite() && nameKey.size() >= 3 && emailKey.size() >= 3) {
            // The trigram index (migration 0007) finds the members; a shorter text has no trigram.
            filter += u" AND m.user_id IN (SELECT user_id FROM member_search WHERE member_search MATCH ? "
                      "AND workspace_id = ?)"_s;
            const QString match = u"sort_name : %1 OR sort_email : %2"_s.arg(ftsPhrase(nameKey), ftsPhrase(emailKey));
            values << match << workspaceId;
            // SQLite cannot tell how many members a text names. Few (a name, an address): look them up
            // and sort them. Many ("member"): walk the order's index and keep the ones named, which
            // finds a page at once. The probe reads at most FewHits + 1 index entries.
            constexpr int FewHits = 2000;
            SqlQuery probe(m_db,
                u"SELECT COUNT(*) FROM (SELECT 1 FROM member_search WHERE member_search MATCH ? AND workspace_id = ? "
                "LIMIT %1)"_s.arg(FewHits + 1));
            probe.bind(match).bind(workspaceId).exec();
            fewHits = probe.next() && probe.integer(0) <= FewHits;
        } else {
            // On PostgreSQL, pg_trgm's GIN indexes serve these LIKEs (migration 0007).
            filter += u" AND (m.sort_name LIKE ? ESCAPE '\\' OR m.sort_email LIKE ? ESCAPE '\\')"_s;
            values << likePattern(nameKey) << likePattern(emailKey);
        }
    }
    if (!request.roleId.isEmpty()) {
        filter += u" AND m.role_id = ?"_s;
        values << request.roleId;
    }
    if (request.twoFactor) // a subquery, so the count (which reads memberships alone) filters alike
        filter += *request.twoFactor ? u" AND m.user_id IN (SELECT id FROM users WHERE totp_secret IS NOT NULL)"_s
                                     : u" AND m.user_id IN (SELECT id FROM users WHERE totp_secret IS NULL)"_s;

    MemberPage page;
    // The total is counted for the first page only; later pages would pay for it again and again.
    // Unfiltered, it is the workspace's maintained count (migration 0008), the same at any size.
    if (request.isFirstPage()) {
        SqlQuery count(m_db,
            request.isFiltered() ? u"SELECT COUNT(*) FROM memberships m "_s + filter
                                 : u"SELECT member_count FROM workspaces WHERE id = ?"_s);
        for (const QVariant& value : values)
            count.bind(value);
        count.exec();
        page.total = count.next() ? count.integer(0) : 0;
    } else {
        page.total = -1;
    }

    // Keyset pagination on (sort value, user id), written as a row-value comparison so the database
    // walks an index instead of sorting every member for every page; stable while members change.
    // A unary + keeps SQLite from walking the order's index (see fewHits).
    const QString column = (fewHits ? u"+"_s : QString()) + sortColumn(request.sort);
    const QString order = request.descending ? u"DESC"_s : u"ASC"_s;
    const QString comparison = request.descending ? u"<"_s : u">"_s;
    QString where = filter;
    QVariantList pageValues = values;
    if (!request.cursor.isEmpty()) {
        const Cursor cursor = Cursor::decode(request.cursor);
        where += u" AND (%1, m.user_id) %2 (?, ?)"_s.arg(column, comparison);
        pageValues << cursor.value << cursor.id;
    }
    // An offset walks the same index, skipping rows without reading their members.
    SqlQuery query(m_db, MemberSelect + where + u" ORDER BY %1 %2, m.user_id %2 LIMIT ? OFFSET ?"_s.arg(column, order));
    for (const QVariant& value : std::as_const(pageValues))
        query.bind(value);
    query.bind(request.limit + 1).bind(request.offset).exec();
    QString lastSortName;
    while (query.next()) {
        if (page.items.size() == request.limit) {
            const MemberRecord& last = page.items.constLast();
            page.nextCursor = Cursor {sortValue(last, lastSortName, request.sort), last.userId}.encode();
            break;
        }
        page.items.append(readMember(query));
        lastSortName = query.text(12);
    }
    return page;
}

bool MemberStore::changeRole(
    const QString& workspaceId, const QString& userId, const QString& roleId, qint64 expectedVersion)
{
    SqlQuery query(m_db,
        u"UPDATE memberships SET role_id = ?, version = version + 1 "
        "WHERE workspace_id = ? AND user_id = ? AND version = ?"_s);
    query.bind(roleId).bind(workspaceId).bind(userId).bind(expectedVersion).exec();
    return query.rowsAffected() == 1;
}

QList<MemberRecord> MemberStore::holding(const QString& workspaceId, const QString& roleId) const
{
    QList<MemberRecord> members;
    MemberQuery query;
    query.roleId = roleId;
    query.limit = 1000;
    do {
        const MemberPage page = list(workspaceId, query);
        members.append(page.items);
        query.cursor = page.nextCursor;
    } while (!query.cursor.isEmpty());
    return members;
}

int MemberStore::moveRole(const QString& workspaceId, const QString& fromRoleId, const QString& toRoleId)
{
    SqlQuery query(
        m_db, u"UPDATE memberships SET role_id = ?, version = version + 1 WHERE workspace_id = ? AND role_id = ?"_s);
    query.bind(toRoleId).bind(workspaceId).bind(fromRoleId).exec();
    return query.rowsAffected();
}

void MemberStore::remove(const QString& workspaceId, const QString& userId)
{
    SqlQuery(m_db, u"DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?"_s)
        .bind(workspaceId)
        .bind(userId)
        .exec();
}

int MemberStore::countOwners(const QString& workspaceId) const
{
    // The Owner role's kept count (migration 0009): one row however large the workspace.
    SqlQuery query(
        m_db, u"SELECT COALESCE(SUM(member_count), 0) FROM roles WHERE workspace_id = ? AND builtin = 'owner'"_s);
    query.bind(workspaceId).exec();
    return query.next() ? int(query.integer(0)) : 0;
}

void MemberStore::touch(const QString& workspaceId, const QString& userId, qint64 now)
{
    SqlQuery(m_db, u"UPDATE memberships SET last_active_at = ? WHERE workspace_id = ? AND user_id = ?"_s)
        .bind(now)
        .bind(workspaceId)
        .bind(userId)
        .exec();
}

} // namespace nacre::server
