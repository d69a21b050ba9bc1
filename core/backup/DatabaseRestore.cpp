#include "core/backup/DatabaseRestore.h"

#include "core/Database.h"
#include "core/SchemaMigrator.h"
#include "core/backup/DatabaseBackup.h"
#include "core/backup/SqliteHandle.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt connectionCounter;
// The tables every Qinqing database has had since its first schema.
const QStringList kQinqingTables = {u"settings"_s, u"appeals"_s, u"enterprises"_s,
                                    u"departments"_s};
} // namespace

DatabaseRestore::DatabaseRestore()
    : m_connection(u"qinqing-restore-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1))) {}

DatabaseRestore::~DatabaseRestore() {
    closeSource();
}

void DatabaseRestore::closeSource() {
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool DatabaseRestore::fail(const QString &message) {
    m_error = message;
    return false;
}

QString DatabaseRestore::asideNameFor(const QString &target) {
    const QFileInfo info(target);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = info.dir().filePath(u"%1-before-restore-%2.%3"_s.arg(
        info.completeBaseName(), stamp, info.suffix().isEmpty() ? u"sqlite"_s : info.suffix()));
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = info.dir().filePath(u"%1-before-restore-%2-%3.%4"_s.arg(
            info.completeBaseName(), stamp, QString::number(n),
            info.suffix().isEmpty() ? u"sqlite"_s : info.suffix()));
    return name;
}

bool DatabaseRestore::verify(const QString &backup) {
    closeSource();
    m_error.clear();
    m_backup = backup;
    QFile file(backup);
    if (!QFileInfo(backup).isFile())
        return fail(tr("%1: no such file.").arg(backup));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read the file: %2").arg(backup, file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return fail(tr("%1 is not a Qinqing database (not an SQLite file); nothing was restored.")
                        .arg(backup));
    file.close();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(backup);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return fail(tr("%1: cannot open the file: %2").arg(backup, db.lastError().text()));
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return fail(
            tr("%1 is damaged (%2); nothing was restored.").arg(backup, q.lastError().text()));
    QStringList problems;
    while (q.next() && problems.size() < 3) {
        if (q.value(0).toString() != "ok"_L1)
            problems << q.value(0).toString();
    }
    if (!problems.isEmpty())
        return fail(
            tr("%1 is damaged (%2); nothing was restored.").arg(backup, problems.join(u"; "_s)));
    const QStringList tables = db.tables();
    for (const QString &t : kQinqingTables) {
        if (!tables.contains(t))
            return fail(tr("%1 is not a Qinqing database (it has no table %2); nothing was "
                           "restored.")
                            .arg(backup, t));
    }
    m_version = SchemaMigrator::storedVersion(db);
    if (m_version <= 0)
        return fail(tr("%1 is not a Qinqing database (no schema version); nothing was restored.")
                        .arg(backup));
    if (m_version > SchemaMigrator::latestVersion())
        return fail(tr("%1 was written by a newer version of Qinqing (schema %2; this program "
                       "reads up to %3); nothing was restored. Please update Qinqing.")
                        .arg(backup)
                        .arg(m_version)
                        .arg(SchemaMigrator::latestVersion()));
    if (!q.exec(u"SELECT count(*) FROM appeals"_s) || !q.next())
        return fail(tr("%1: cannot read the appeals: %2").arg(backup, q.lastError().text()));
    m_appeals = q.value(0).toLongLong();
    return true;
}

bool DatabaseRestore::copyPages(const QSqlDatabase &destination) {
    sqlite3 *to = sqliteHandle(destination);
    sqlite3 *from = sqliteHandle(QSqlDatabase::database(m_connection, false));
    if (!to || !from)
        return fail(tr("Cannot reach SQLite to restore the file."));
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return fail(tr("Cannot restore: %1").arg(QString::fromUtf8(sqlite3_errmsg(to))));
    // All pages in one step: one write transaction on the target, all or nothing; the
    // target's busy timeout lets a desk's write in progress end first.
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                        ? tr("Another program is writing the database; try again when it is "
                             "done.")
                        : tr("Cannot restore: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return true;
}

bool DatabaseRestore::replaceFile(const QString &target) {
    // The file is moved aside with its -wal file, so that the copy kept is what SQLite saw.
    m_aside = asideNameFor(target);
    const QByteArray from = QFile::encodeName(target);
    const QByteArray to = QFile::encodeName(m_aside);
    if (std::rename(from.constData(), to.constData()) != 0)
        return fail(tr("Cannot move %1 aside: %2")
                        .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    if (QFileInfo::exists(target + u"-wal"_s))
        std::rename((from + "-wal").constData(), (to + "-wal").constData());
    QFile::remove(target + u"-shm"_s);
    QFile::remove(target + u"-journal"_s);
    QString error;
    if (!DatabaseBackup::vacuumInto(QSqlDatabase::database(m_connection, false), target, &error))
        return fail(error);
    return true;
}

bool DatabaseRestore::restoreInto(const QString &target) {
    m_error.clear();
    m_aside.clear();
    if (!QSqlDatabase::contains(m_connection))
        return fail(tr("Check the backup before restoring it."));
    const QFileInfo info(target);
    if (info.exists() && info.canonicalFilePath() == QFileInfo(m_backup).canonicalFilePath())
        return fail(tr("%1 is the database itself; nothing was restored.").arg(m_backup));
    if (!info.exists()) {
        QString error;
        if (!QDir().mkpath(info.absolutePath()) ||
            !DatabaseBackup::vacuumInto(QSqlDatabase::database(m_connection, false), target,
                                        &error))
            return fail(error.isEmpty()
                            ? tr("Cannot create the folder %1.").arg(info.absolutePath())
                            : error);
        return true;
    }
    {
        Database current;
        QString aside = asideNameFor(target);
        QString error;
        // A copy of what is there now, consistent like any backup; a file that cannot be
        // read whole (damaged) is moved aside instead.
        if (current.openWithoutMigrating(target) &&
            DatabaseBackup::vacuumInto(current.sql(), aside, &error)) {
            m_aside = aside;
            if (!copyPages(current.sql()))
                return false;
            if (m_version < SchemaMigrator::latestVersion()) {
                SchemaMigrator migrator(current);
                if (!migrator.migrate())
                    return fail(migrator.errorString());
            }
            return true;
        }
    }
    return replaceFile(target);
}
