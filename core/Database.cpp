#include "core/Database.h"

#include "core/SchemaMigrator.h"
#include "core/backup/JournalPolicy.h"
#include "core/server/ServerAddress.h"

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

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"qinqing.sqlite"_s);
}

bool Database::openConnection(const QString &path) {
    if (ServerAddress::looksLikeServer(path))
        return openServerConnection(path);
    close();
    m_error.clear();
    m_path = path;
    m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    m_dialect = SqlDialect(SqlDialect::Kind::Sqlite);
    QSqlQuery q(db);
    // Foreign keys are off by default in SQLite and must be turned on for every connection.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                               // Reads of a 100,000-appeal file (searches, the overdue set)
                               // go through memory-mapped pages instead of read() copies.
                               "PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_error = tr("Cannot prepare the database %1: %2").arg(path, q.lastError().text());
            return false;
        }
    }
    // The journal mode and synchronous=FULL depend on the folder (JournalPolicy).
    return JournalPolicy::apply(db, path, &m_error);
}

bool Database::openWithoutMigrating(const QString &path) {
    return openConnection(path);
}

bool Database::open(const QString &path) {
    if (!openConnection(path))
        return false;
    SchemaMigrator migrator(*this);
    if (!migrator.migrate()) {
        m_error = migrator.errorString();
        close();
        return false;
    }
    return true;
}

void Database::close() {
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
    QSqlQuery q(sql());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
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
