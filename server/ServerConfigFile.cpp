#include "ServerConfigFile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace nacre::server {

std::optional<QStringList> ServerConfigFile::merged(
    const QStringList& arguments, const QStringList& knownOptions, const QStringList& flags, QString* error)
{
    QString path;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--config"_s && i + 1 < arguments.size())
            path = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--config="_s))
            path = arguments.at(i).mid(9);
    }
    if (path.isEmpty())
        return arguments;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"--config: cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QStringList fromFile;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString name = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        const auto refuse = [&](const QString& why) {
            *error = u"--config: %1 line %2: %3"_s.arg(path).arg(lineNumber).arg(why);
        };
        if (equals < 0) {
            refuse(u"expected name = value"_s);
            return std::nullopt;
        }
        if (name == u"config"_s || !knownOptions.contains(name)) {
            refuse(u"unknown setting \"%1\""_s.arg(name));
            return std::nullopt;
        }
        if (flags.contains(name)) {
            if (value != u"true"_s && value != u"false"_s) {
                refuse(u"%1 takes true or false"_s.arg(name));
                return std::nullopt;
            }
            if (value == u"true"_s)
                fromFile.append(u"--"_s + name);
            continue;
        }
        fromFile << u"--"_s + name << value;
    }
    return QStringList {arguments.first()} + fromFile + arguments.mid(1);
}

} // namespace nacre::server
