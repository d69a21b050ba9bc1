#include "ui/RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString key = u"recentDatabases"_s;
}

QStringList RecentDatabases::list() {
    return QSettings().value(key).toStringList();
}

void RecentDatabases::add(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maxEntries)
        paths.removeLast();
    QSettings().setValue(key, paths);
}

void RecentDatabases::remove(const QString &path) {
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key, paths);
}

void RecentDatabases::clear() {
    QSettings().remove(key);
}

QString RecentDatabases::last() {
    for (const QString &path : list())
        if (QFileInfo::exists(path))
            return path;
    return {};
}
