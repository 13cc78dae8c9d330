#pragma once

#include <QStringList>

#include <optional>

namespace nacre::server {

// nacred --config FILE: the long options written one a line as `name = value` (`#` starts a
// comment; a flag takes true or false; an option that may be given more than once may appear on
// several lines). The file's settings come before the command line's, so an option given on the
// command line wins. Unknown names, lines without `=` and a missing file are refused with the file
// and line in the message.
class ServerConfigFile
{
public:
    // `arguments` as main() received them (program first); nothing, with `error`, when the file
    // cannot be used.
    static std::optional<QStringList> merged(
        const QStringList& arguments, const QStringList& knownOptions, const QStringList& flags, QString* error);
};

} // namespace nacre::server
