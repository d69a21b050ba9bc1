#include "core/SoundFileCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
// More entries than an office has databases: past it the list starts again (test runs and
// old backups opened once would otherwise make it grow for ever).
constexpr int maxEntries = 200;

QString keyOf(const QString &path) {
    return QString::fromLatin1(QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

QString cacheFile() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           u"/qinqing/sound-files"_s;
}

QMutex &mutex() {
    static QMutex m;
    return m;
}

// key -> state, read from the cache file once per process.
QHash<QString, QString> &entries() {
    static QHash<QString, QString> map = [] {
        QHash<QString, QString> read;
        QFile f(cacheFile());
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n'))
                if (const int space = line.indexOf(' '); space > 0)
                    read.insert(QString::fromLatin1(line.left(space)),
                                QString::fromLatin1(line.mid(space + 1)));
        return read;
    }();
    return map;
}
} // namespace

QString SoundFileCache::stateOf(const QString &path) {
    QString state;
    for (const QString &file : {path, path + u"-wal"_s}) {
        const QFileInfo info(file);
        if (info.exists())
            state += u"%1@%2;"_s.arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    }
    return state;
}

bool SoundFileCache::isKnownSound(const QString &path, const QString &state) {
    QMutexLocker lock(&mutex());
    return !state.isEmpty() && entries().value(keyOf(path)) == state;
}

void SoundFileCache::rememberSound(const QString &path, const QString &state) {
    if (state.isEmpty())
        return;
    QMutexLocker lock(&mutex());
    QHash<QString, QString> &map = entries();
    if (map.size() >= maxEntries)
        map.clear();
    map.insert(keyOf(path), state);
    // Best effort: without the file the next process only checks again.
    QDir().mkpath(QFileInfo(cacheFile()).absolutePath());
    QSaveFile f(cacheFile());
    if (!f.open(QIODevice::WriteOnly))
        return;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        f.write(it.key().toLatin1() + ' ' + it.value().toLatin1() + '\n');
    f.commit();
}
