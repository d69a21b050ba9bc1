#include "core/export/ExportFolders.h"

#include "core/export/PartFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"export/recentFolders"_s;
}

void ExportFolders::remember(const QString &target) {
    const QString folder = QFileInfo(target).absolutePath();
    QStringList folders = recent();
    folders.removeAll(folder);
    folders.prepend(folder);
    QSettings().setValue(kKey, folders.mid(0, kKept));
}

QStringList ExportFolders::recent() {
    return QSettings().value(kKey).toStringList();
}

QString ExportFolders::last() {
    const QStringList folders = recent();
    return !folders.isEmpty() && QFileInfo(folders.first()).isDir() ? folders.first() : QString();
}

void ExportFolders::removeStaleParts() {
    for (const QString &folder : recent()) {
        // A share that is not connected is simply not there: nothing to tidy.
        if (QFileInfo(folder).isDir())
            PartFile::removeStale(QDir(folder).filePath(u"x"_s), true);
    }
}
