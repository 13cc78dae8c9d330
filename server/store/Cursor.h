#pragma once

#include <QString>
#include <QVariant>

namespace nacre::server {

// The opaque position in a keyset-paginated list: the last row's sort value and id, as base64url
// JSON. Clients hand it back unchanged; a forged or damaged one is a 400, never a SQL error.
struct Cursor
{
    QVariant value;
    QString id;

    QString encode() const;
    static Cursor decode(const QString& text); // throws ApiError
};

} // namespace nacre::server
