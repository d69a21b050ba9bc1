#include "core/backup/DatabaseBackup.h"

#include "core/Database.h"
#include "core/export/PartFile.h"
#include "core/server/DatabaseCopier.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt readerCounter;
}

DatabaseBackup::DatabaseBackup(Database &db)
    : m_db(db) {}

bool DatabaseBackup::fail(const QString &message) {
    m_error = message;
    return false;
}

bool DatabaseBackup::vacuumInto(const QSqlDatabase &source, const QString &file, QString *error) {
    // A named part: SQLite opens the file by its path.
    PartFile part(file, PartFile::Kind::Named);
    if (!part.open(error))
        return false;
    QSqlQuery q(source);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(part.writePath());
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot write the backup %1: %2").arg(file, q.lastError().text());
        return false;
    }
    return part.commit(error);
}

bool DatabaseBackup::vacuumFileInto(const QString &database, const QString &file, QString *error) {
    const QString name = u"qinqing-backup-read-%1"_s.arg(readerCounter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(database);
        if (!db.open()) {
            if (error)
                *error =
                    tr("Cannot read %1 for the backup: %2").arg(database, db.lastError().text());
        } else {
            QSqlQuery(db).exec(u"PRAGMA busy_timeout = 5000"_s);
            ok = vacuumInto(db, file, error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 DatabaseBackup::countAppeals(const QString &file) {
    const QString name = u"qinqing-backup-read-%1"_s.arg(readerCounter.fetchAndAddRelaxed(1));
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM appeals"_s) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

bool DatabaseBackup::writeTo(const QString &file) {
    m_error.clear();
    m_appeals = -1;
    const QFileInfo out(file);
    if (out.isDir())
        return fail(tr("%1 is a folder; name the backup file to write.").arg(file));
    if (!m_db.isServer() && out.exists() &&
        out.canonicalFilePath() == QFileInfo(m_db.path()).canonicalFilePath())
        return fail(tr("%1 is the database itself; write the backup to another file.").arg(file));
    if (!out.absoluteDir().exists())
        return fail(tr("%1: the folder %2 does not exist.").arg(file, out.absolutePath()));
    QString error;
    if (m_db.isServer() ? !fromServer(file) : !vacuumFileInto(m_db.path(), file, &error))
        return m_error.isEmpty() ? fail(error) : false;
    m_appeals = countAppeals(file);
    if (m_appeals < 0)
        return fail(tr("The backup %1 was written but cannot be read back.").arg(file));
    return true;
}

bool DatabaseBackup::fromServer(const QString &file) {
    // Built in a scratch file first: the copy writes through a journal beside the file, and
    // only a whole backup is moved to `file` (compacted, by VACUUM INTO).
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(
            tr("Cannot create a temporary folder for the backup: %1").arg(scratch.errorString()));
    Database copy;
    if (!copy.open(scratch.filePath(u"backup.sqlite"_s)))
        return fail(copy.errorString());
    // One snapshot of the whole server database: rows written meanwhile by the desks are
    // either all in the backup or all not.
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s))
        return fail(tr("Cannot read %1 consistently: %2").arg(m_db.path(), q.lastError().text()));
    DatabaseCopier copier(m_db, copy);
    const bool copied = copier.copy();
    q.exec(u"ROLLBACK"_s);
    if (!copied)
        return fail(tr("Cannot copy %1 for the backup: %2").arg(m_db.path(), copier.errorString()));
    QString error;
    if (!vacuumInto(copy.sql(), file, &error))
        return fail(error);
    return true;
}
