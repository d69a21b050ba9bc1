#include "core/backup/BackupFolder.h"

#include "core/Database.h"
#include "core/backup/DatabaseBackup.h"
#include "core/backup/SqliteHandle.h"
#include "core/export/PartFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kFolderKey = u"backup_folder"_s;
const QString kKeepKey = u"backup_keep"_s;
const QString kLastKey = u"last_backup_at"_s;
} // namespace

BackupFolder::BackupFolder(Database &db)
    : m_db(db) {}

QString BackupFolder::defaultPath() const {
    return QFileInfo(m_db.path()).absoluteDir().filePath(u"backups"_s);
}

QString BackupFolder::path() const {
    const QString chosen = m_db.setting(kFolderKey);
    return chosen.isEmpty() ? defaultPath() : chosen;
}

int BackupFolder::keep() const {
    bool ok = false;
    const int n = m_db.setting(kKeepKey).toInt(&ok);
    return ok && n > 0 ? n : kDefaultKeep;
}

bool BackupFolder::setFolder(const QString &folder) {
    // The default is kept as "beside the file", so that it follows a file that is moved.
    const QString clean = QDir::cleanPath(folder.trimmed());
    return m_db.setSetting(kFolderKey,
                           clean == defaultPath() || folder.trimmed().isEmpty() ? u""_s : clean);
}

bool BackupFolder::setKeep(int keep) {
    return m_db.setSetting(kKeepKey, QString::number(std::max(1, keep)));
}

QDateTime BackupFolder::lastBackup() const {
    return QDateTime::fromString(m_db.setting(kLastKey), Qt::ISODate);
}

void BackupFolder::recordBackup() {
    // A failed write (a read-only file) only costs the status bar its date.
    m_db.setSetting(kLastKey, QDateTime::currentDateTime().toString(Qt::ISODate));
}

bool BackupFolder::snapshot(const QString &reason) {
    if (m_db.isServer())
        return true;
    // Inside a caller's transaction the file does not yet hold what the caller is about to
    // change on top of; the caller's own snapshot, taken before it began, counts.
    if (sqlite3 *handle = sqliteHandle(m_db.sql()); !handle || !sqlite3_get_autocommit(handle))
        return true;
    QSqlQuery q(m_db.sql());
    // A new, empty file has nothing worth keeping.
    if (q.exec(u"SELECT 1 FROM appeals LIMIT 1"_s) && !q.next() &&
        q.exec(u"SELECT 1 FROM enterprises LIMIT 1"_s) && !q.next())
        return true;
    return write(reason, kKeepSnapshots);
}

bool BackupFolder::dailyIfDue() {
    // A file open read-only (damaged, or not this user's to write) is not backed up on close:
    // nothing was changed through this window, a damaged copy would push a good one out of the
    // newest 30, and the date of the backup could not be recorded in it anyway.
    if (m_db.isServer() || m_db.isReadOnly())
        return true;
    const QDateTime last = lastBackup();
    if (last.isValid() && last.date() == QDate::currentDate())
        return true;
    if (!write(u"daily"_s, keep()))
        return false;
    recordBackup();
    return true;
}

bool BackupFolder::write(const QString &reason, int keep) {
    m_error.clear();
    const QString folder = path();
    if (!QDir().mkpath(folder)) {
        m_error = tr("Cannot create the backup folder %1.").arg(folder);
        return false;
    }
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString file = QDir(folder).filePath(u"%1-%2-%3.sqlite"_s.arg(base, reason, stamp));
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = QDir(folder).filePath(u"%1-%2-%3-%4.sqlite"_s.arg(base, reason, stamp).arg(n));
    // What a killed snapshot left (each has its own name, so the next one does not meet it).
    PartFile::removeStale(file, true);
    QString error;
    if (!DatabaseBackup::vacuumFileInto(m_db.path(), file, &error)) {
        m_error = error;
        return false;
    }
    m_lastFile = file;
    prune(reason, keep);
    return true;
}

void BackupFolder::prune(const QString &reason, int keep) const {
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    QDir folder(path());
    // The stamp in the name sorts by time; newest first.
    QStringList files = folder.entryList({u"%1-%2-*.sqlite"_s.arg(base, reason)}, QDir::Files,
                                         QDir::Name | QDir::Reversed);
    for (int i = keep; i < files.size(); ++i)
        folder.remove(files.at(i));
}
