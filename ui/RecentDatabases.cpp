#include "ui/RecentDatabases.h"

#include "core/server/ServerAddress.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString key = u"recentDatabases"_s;

// A file by its absolute path; a server by its address (never with a password).
QString normalised(const QString &location) {
    if (ServerAddress::looksLikeServer(location))
        return ServerAddress::parse(location).displayUrl();
    return QFileInfo(location).absoluteFilePath();
}
} // namespace

QStringList RecentDatabases::list() {
    return QSettings().value(key).toStringList();
}

void RecentDatabases::add(const QString &path) {
    const QString absolute = normalised(path);
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maxEntries)
        paths.removeLast();
    QSettings().setValue(key, paths);
}

void RecentDatabases::remove(const QString &path) {
    QStringList paths = list();
    paths.removeAll(normalised(path));
    QSettings().setValue(key, paths);
}

void RecentDatabases::clear() {
    QSettings().remove(key);
}

QString RecentDatabases::last() {
    for (const QString &path : list())
        if (ServerAddress::looksLikeServer(path) || QFileInfo::exists(path))
            return path;
    return {};
}

QStringList RecentDatabases::servers() {
    QStringList out;
    for (const QString &location : list())
        if (ServerAddress::looksLikeServer(location))
            out << location;
    return out;
}
