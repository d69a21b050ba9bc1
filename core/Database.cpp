#include "core/Database.h"

#include "core/DatabaseFileCheck.h"
#include "core/PreparedStatementCache.h"
#include "core/SchemaMigrator.h"
#include "core/TransactionGuard.h"
#include "core/backup/JournalPolicy.h"
#include "core/server/ServerAddress.h"
#include "core/server/ServerSession.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt connectionCounter;
}

Database::Database()
    : m_connectionName(u"qinqing-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1))) {}

Database::~Database() {
    close();
}

void Database::setWaitNotifier(std::function<void(bool)> notifier) {
    TransactionGuard::setWaitNotifier(std::move(notifier));
}

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"qinqing.sqlite"_s);
}

bool Database::openConnection(const QString &path, Create create, bool quickCheck) {
    m_readOnlyReason.clear();
    m_missing = false;
    if (ServerAddress::looksLikeServer(path))
        return openServerConnection(path);
    close();
    m_error.clear();
    m_path = path;
    m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    // Everything is decided on a read-only look at the file: a file that is refused or not
    // created must be byte-identical afterwards (no WAL switch, no tables, no folder).
    const DatabaseFileCheck check = DatabaseFileCheck::inspect(path, quickCheck);
    switch (check.verdict()) {
    case DatabaseFileCheck::Verdict::Refused:
        m_error = check.reason();
        return false;
    case DatabaseFileCheck::Verdict::Missing:
    case DatabaseFileCheck::Verdict::Empty:
        if (create == Create::Never) {
            m_error = check.reason();
            m_missing = true;
            return false;
        }
        break;
    case DatabaseFileCheck::Verdict::Qinqing:
        if (!check.damage().isEmpty())
            m_readOnlyReason = damagedReason(path, check.damage());
        else if (check.notWritable())
            m_readOnlyReason = tr("The database file %1 is read-only: its permissions (or its "
                                  "folder's) do not let you change it. It is open for reading "
                                  "only; nothing can be saved.")
                                   .arg(QDir::toNativeSeparators(path));
        break;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (isReadOnly()) {
        db.setDatabaseName(DatabaseFileCheck::readOnlyUri(path));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(path);
    }
    if (!db.open()) {
        m_error = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    m_dialect = SqlDialect(SqlDialect::Kind::Sqlite);
    if (!prepareFileConnection(db))
        return false;
    // The journal mode and synchronous=FULL depend on the folder (JournalPolicy). Changing the
    // journal mode writes the file: not on one opened read-only.
    return isReadOnly() || JournalPolicy::apply(db, path, &m_error);
}

bool Database::prepareFileConnection(QSqlDatabase &db) {
    QSqlQuery q(db);
    const QByteArray busyTimeout =
        "PRAGMA busy_timeout = " + QByteArray::number(TransactionGuard::busyTimeoutMs);
    // Foreign keys are off by default in SQLite and must be turned on for every connection.
    QList<const char *> pragmas{"PRAGMA foreign_keys = ON", busyTimeout.constData(),
                                // Reads of a 100,000-appeal file (searches, the overdue set)
                                // go through memory-mapped pages instead of read() copies.
                                "PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -65536"};
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_error = tr("Cannot prepare the database %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::openCopyOf(const Database &other) {
    close();
    m_error.clear();
    m_path = other.m_path;
    m_userName = other.m_userName;
    m_readOnlyReason = other.m_readOnlyReason;
    m_missing = false;
    m_dialect = other.m_dialect;
    // The connection's parameters (file or server, login, read-only options) as `other` has
    // them; cloneDatabase by name is the overload meant for another thread.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(other.m_connectionName, m_connectionName);
    if (!db.open()) {
        m_error = tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!isServer())
        return prepareFileConnection(db);
    if (const QString why = ServerSession::prepare(db); !why.isEmpty()) {
        m_error = tr("Cannot prepare the server database %1: %2").arg(m_path, why);
        return false;
    }
    return true;
}

QString Database::damagedReason(const QString &path, const QStringList &damage) {
    return tr("The database file %1 is damaged (%2). It is open read-only so that nothing more "
              "is lost. Restore the latest backup of it (`qinqing-cli restore BACKUP`, or File ▸ "
              "Restore… in the program); `qinqing-cli check` lists the damage and "
              "`qinqing-cli check --repair` mends a damaged search index; what can still be read "
              "can be saved with `qinqing-cli export`.")
        .arg(QDir::toNativeSeparators(path), damage.mid(0, 3).join(u"; "_s));
}

bool Database::openWithoutMigrating(const QString &path, Create create) {
    return openConnection(path, create, false);
}

bool Database::open(const QString &path, Create create) {
    if (!openConnection(path, create, true))
        return false;
    if (isReadOnly()) {
        // A file that cannot be written cannot be upgraded either; an older schema would be
        // misread, so it is not opened at all.
        if (schemaVersion() < SchemaMigrator::latestVersion()) {
            m_error = tr("%1 It also needs an upgrade to this version of Qinqing, which cannot be "
                         "done on it.")
                          .arg(m_readOnlyReason);
            close();
            return false;
        }
        return true;
    }
    SchemaMigrator migrator(*this);
    if (!migrator.migrate()) {
        m_error = migrator.errorString();
        close();
        return false;
    }
    return true;
}

void Database::close() {
    // Its kept statements first: a query outliving its connection is Qt's "still in use".
    PreparedStatementCache::forget(m_connectionName);
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) && sql().isOpen();
}

QSqlDatabase Database::sql() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    return SchemaMigrator::storedVersion(sql());
}

QString Database::setting(const QString &key, const QString &fallback) const {
    // Kept prepared: the active profile's code is read at every dashboard refresh.
    PreparedStatementCache::Lease statement =
        PreparedStatementCache::prepare(sql(), u"SELECT value FROM settings WHERE key = ?"_s);
    if (statement.exec({key}) && statement.query().next())
        return statement.query().value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString &key, const QString &value) {
    QSqlQuery q(sql());
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}
