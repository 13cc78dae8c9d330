#pragma once

#include "validation/FieldError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nacre {

// One address found in pasted text, in the order it first appeared.
struct EmailListEntry
{
    QString input; // what the person typed for this entry, trimmed ("Ann <ann@x.org>")
    QString address; // the normalized address; empty when the entry is invalid
    QString displayName; // the name of a `Name <address>` form, unquoted
    int occurrences = 1; // how often the same address appeared: repeats are folded into one entry
    FieldError error; // set (code non-empty) when the entry is not a valid address

    bool isValid() const { return error.code.isEmpty(); }
    bool isDuplicate() const { return occurrences > 1; }
};

// Turns text pasted into an invitation field into addresses. Accepts commas, semicolons, white space
// and new lines as separators, `Name <address>` and `"Last, First" <address>` forms, and quoted local
// parts. Every invalid entry is kept with its reason so a person can fix it in place.
class EmailListParser
{
    Q_DECLARE_TR_FUNCTIONS(nacre::EmailListParser)

public:
    static QList<EmailListEntry> parse(QStringView text, const QString& field = QStringLiteral("emails"));

    // Only the valid, distinct addresses, in order.
    static QStringList validAddresses(const QList<EmailListEntry>& entries);
};

} // namespace nacre
