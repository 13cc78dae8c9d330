#pragma once

#include "domain/AuditEvent.h"

#include <QCoreApplication>

namespace nacre::client {

// How an audit event reads in the window and in an export: its type as words, who did it, what it
// was about, and what changed. The event types come in groups for filtering.
class AuditEventText
{
    Q_DECLARE_TR_FUNCTIONS(nacre::client::AuditEventText)

public:
    struct Group
    {
        QString id; // "members"
        QString label; // "Members"
        QStringList types; // the stable type names it holds
    };
    static QList<Group> groups();

    static QString typeLabel(
        const QString& type); // "Role changed"; the name itself for a type this build does not know
    static QString who(const AuditEvent& event); // "Ada Lovelace <ada@…>", "API key “CRM”", "System"
    static QString target(const AuditEvent& event); // "Member Sam Lee", "Role “Support”"
    static QString details(const AuditEvent& event); // "role: Support → Admin; …"
};

} // namespace nacre::client
