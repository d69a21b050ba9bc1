#include "core/DatabaseFileCheck.h"

#include "core/SchemaMigrator.h"
#include "core/SoundFileCache.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt probeCounter;

QString native(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
} // namespace

DatabaseFileCheck DatabaseFileCheck::inspect(const QString &path, bool quickCheck) {
    DatabaseFileCheck check;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        check.m_reason = tr("The folder %1 of the database file %2 does not exist (is a drive or "
                            "shared folder not connected?).")
                             .arg(QDir::toNativeSeparators(info.absolutePath()), native(path));
        return check;
    }
    if (!info.exists()) {
        check.m_reason = tr("There is no database file %1.").arg(native(path));
        return check;
    }
    if (info.isDir()) {
        check.m_verdict = Verdict::Refused;
        check.m_reason = tr("%1 is a folder, not a database file.").arg(native(path));
        return check;
    }
    check.m_notWritable = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    if (info.size() == 0) {
        check.m_verdict = Verdict::Empty;
        check.m_reason =
            tr("The file %1 is empty: it is not a Qinqing database yet.").arg(native(path));
        return check;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.m_verdict = Verdict::Refused;
        check.m_reason = tr("Cannot read the file %1: %2").arg(native(path), file.errorString());
        return check;
    }
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        check.m_verdict = Verdict::Refused;
        check.m_reason = tr("The file %1 is not a Qinqing database: it is not a database file at "
                            "all (a document or a PDF?). It was left as it was.")
                             .arg(native(path));
        return check;
    }
    file.close();
    if (!check.m_notWritable)
        rollBackUnfinishedChange(path);
    check.probe(path, quickCheck);
    return check;
}

bool DatabaseFileCheck::hasJournal(const QString &path) {
    const QFileInfo journal(path + u"-journal"_s);
    return journal.exists() && journal.size() > 0;
}

void DatabaseFileCheck::rollBackUnfinishedChange(const QString &path) {
    if (!hasJournal(path))
        return;
    // A writer killed in the middle of a transaction in the rollback-journal mode (a network
    // folder, JournalPolicy) leaves its journal beside the file, and the file perhaps
    // half-changed. Only a connection that may write undoes it (SQLite does so at its first
    // read); the read-only look of probe() fails on it (SQLITE_READONLY_ROLLBACK) and took a
    // sound file for a damaged one. This connection reads one number and closes: nothing of
    // the file changes but what the journal restores, and the journal of a writer that is
    // still alive is not touched (SQLite waits for it instead).
    const QString name = u"qinqing-rollback-%1"_s.arg(probeCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA schema_version"_s); // a failure shows in probe()
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString DatabaseFileCheck::readOnlyUri(const QString &path) {
    QFile file(path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(20) : QByteArray();
    // Bytes 18 and 19 are 2 in a WAL-mode file.
    const bool wal = header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(wal && !QFileInfo::exists(path + u"-wal"_s) ? u"mode=ro&immutable=1"_s
                                                             : u"mode=ro"_s);
    return uri.toString(QUrl::FullyEncoded);
}

void DatabaseFileCheck::probe(const QString &path, bool quickCheck) {
    const QString name = u"qinqing-probe-%1"_s.arg(probeCounter.fetchAndAddRelaxed(1));
    auto refuse = [&](const QString &reason) {
        m_verdict = Verdict::Refused;
        m_reason = reason;
    };
    auto unreadable = [&](const QString &why) {
        if (hasJournal(path) && m_notWritable) {
            // Not damage: a change to undo, which this user may not do (see inspect()).
            refuse(tr("The database file %1 holds a change that a program did not finish (it "
                      "was stopped, or the computer went off, while saving); %2 beside it holds "
                      "what has to be undone first. That needs permission to change the file "
                      "and its folder %3, which you do not have, so it cannot be opened. Ask for "
                      "that permission, or copy both files into a folder of your own and open "
                      "the copy there. The file is not damaged and was left as it was.")
                       .arg(native(path), native(path + u"-journal"_s),
                            QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
            return;
        }
        refuse(tr("The file %1 is damaged and cannot be read as a database (%2). Restore a "
                  "backup of it (qinqing-cli restore BACKUP, or File ▸ Restore… in the "
                  "program).")
                   .arg(native(path), why));
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        // Read-only: nothing of the file changes, whatever it turns out to be.
        db.setDatabaseName(readOnlyUri(path));
        db.setConnectOptions(
            u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"_s);
        QSqlQuery q(db);
        int appId = 0;
        QStringList tables;
        if (!db.open()) {
            unreadable(db.lastError().databaseText());
        } else if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
            unreadable(q.lastError().databaseText());
        } else {
            appId = q.value(0).toInt();
            if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
                unreadable(q.lastError().databaseText());
            while (q.next())
                tables << q.value(0).toString();
        }
        if (m_verdict == Verdict::Missing) {
            const bool qinqingTables =
                tables.contains(u"settings"_s) && tables.contains(u"appeals"_s);
            if (qinqingTables &&
                q.exec(u"SELECT value FROM settings WHERE key = 'schema_version'"_s) && q.next())
                m_schemaVersion = q.value(0).toInt();
            if (tables.isEmpty() && (appId == 0 || appId == applicationId)) {
                m_verdict = Verdict::Empty;
                m_reason = tr("The file %1 is an empty database: it is not a Qinqing database yet.")
                               .arg(native(path));
            } else if (appId != applicationId && (appId != 0 || m_schemaVersion == 0)) {
                refuse(tr("The file %1 is another program's database, not a Qinqing database. It "
                          "was left as it was.")
                           .arg(native(path)));
            } else if (m_schemaVersion > SchemaMigrator::latestVersion()) {
                refuse(tr("The database %1 was written by a newer version of Qinqing (schema %2; "
                          "this program knows up to %3). Please update Qinqing. The file was "
                          "left as it was.")
                           .arg(native(path))
                           .arg(m_schemaVersion)
                           .arg(SchemaMigrator::latestVersion()));
            } else {
                m_verdict = Verdict::Qinqing;
            }
        }
        if (m_verdict == Verdict::Qinqing && quickCheck) {
            const QString state = SoundFileCache::stateOf(path);
            if (!SoundFileCache::isKnownSound(path, state)) {
                if (!q.exec(u"PRAGMA quick_check(20)"_s))
                    m_damage << q.lastError().databaseText();
                while (q.next())
                    if (const QString line = q.value(0).toString(); line != "ok"_L1)
                        m_damage << line;
                if (m_damage.isEmpty() && !q.lastError().isValid())
                    SoundFileCache::rememberSound(path, state);
                else if (m_damage.isEmpty())
                    m_damage << q.lastError().databaseText();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
}
