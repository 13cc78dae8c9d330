#pragma once

#include "store/Records.h"

#include <optional>

namespace nacre::server {

class Database;

struct MemberQuery
{
    enum class Sort { Name, Email, Joined, LastActive };
    QString search; // substring of name or email, case-insensitive
    QString roleId; // only members holding this role
    std::optional<bool> twoFactor; // only members with (true) or without (false) two-factor sign-in
    Sort sort = Sort::Name;
    bool descending = false;
    QString cursor; // opaque, from the previous page
    // Or a position in the whole ordered list: a table that jumps to its end (or to the middle of a
    // dragged scroll bar) loads the page shown there without the pages before it.
    qint64 offset = 0;
    int limit = 50;
    bool isFirstPage() const { return cursor.isEmpty() && offset == 0; }
    bool isFiltered() const { return !search.trimmed().isEmpty() || !roleId.isEmpty() || twoFactor.has_value(); }
};

struct MemberPage
{
    QList<MemberRecord> items;
    QString nextCursor; // empty on the last page
    qint64 total = 0; // counted for the first page only; -1 on later pages
};

class MemberStore
{
public:
    explicit MemberStore(Database& database)
        : m_db(database)
    { }

    void insert(const QString& workspaceId, const QString& userId, const QString& roleId, qint64 now);
    std::optional<MemberRecord> find(const QString& workspaceId, const QString& userId) const;
    MemberPage list(const QString& workspaceId, const MemberQuery& query) const; // throws ApiError on a bad cursor
    bool changeRole(const QString& workspaceId, const QString& userId, const QString& roleId, qint64 expectedVersion);
    // Everyone holding `roleId`, then gives them all `toRoleId` in one statement.
    QList<MemberRecord> holding(const QString& workspaceId, const QString& roleId) const;
    int moveRole(const QString& workspaceId, const QString& fromRoleId, const QString& toRoleId);
    void remove(const QString& workspaceId, const QString& userId);
    int countOwners(const QString& workspaceId) const;
    void touch(const QString& workspaceId, const QString& userId, qint64 now);

private:
    Database& m_db;
};

} // namespace nacre::server
