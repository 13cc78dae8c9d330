#pragma once

#include "validation/Result.h"

#include <QCoreApplication>
#include <QString>

namespace nacre {

// Shape rules for the names people type: display names, workspace names and role names.
// Each returns the canonical form to store: trimmed and in Unicode normalization form C.
class NameRules
{
    Q_DECLARE_TR_FUNCTIONS(nacre::NameRules)

public:
    static constexpr int MaxDisplayNameLength = 100;
    static constexpr int MaxWorkspaceNameLength = 100;
    static constexpr int MaxRoleNameLength = 50;

    static Result<QString> displayName(QStringView input, const QString& field = QStringLiteral("displayName"));
    static Result<QString> workspaceName(QStringView input, const QString& field = QStringLiteral("name"));
    static Result<QString> roleName(QStringView input, const QString& field = QStringLiteral("name"));

    // The key under which role names must be unique in a workspace ("Support" and "SUPPORT" clash).
    // The server enforces the uniqueness; this is the one definition of "the same name".
    static QString identityKey(QStringView name);

    // Length as a person counts it: code points, not UTF-16 units, so an emoji is one character.
    static int characterCount(QStringView text);

private:
    static Result<QString> checkedName(QStringView input, const QString& field, int maxLength);
};

} // namespace nacre
