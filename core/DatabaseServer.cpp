// Database's server half: opening a PostgreSQL database named by a postgresql:// URL. Kept
// apart from the SQLite file's opening (Database.cpp), whose checks (folders, pragmas, file
// headers) do not apply to a server.
#include "core/Database.h"
#include "core/PreparedStatementCache.h"
#include "core/server/ServerAddress.h"
#include "core/server/ServerErrorText.h"
#include "core/server/ServerSession.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool Database::openServerConnection(const QString &location) {
    close();
    m_error.clear();
    const ServerAddress address = ServerAddress::parse(location);
    m_path = address.displayUrl();
    if (!address.isValid()) {
        m_error = address.error();
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        m_error = tr("This installation cannot reach a PostgreSQL server: the Qt driver for "
                     "PostgreSQL (package libqt6sql6-psql) is missing.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(address.socketDir().isEmpty() ? address.host() : address.socketDir());
    db.setPort(address.port());
    db.setDatabaseName(address.databaseName());
    db.setUserName(address.user());
    db.setPassword(m_password.isEmpty() ? address.password() : m_password);
    // A server that does not answer is reported after 5 s instead of libpq's wait forever.
    db.setConnectOptions(u"connect_timeout=5;application_name=qinqing"_s);
    if (!db.open()) {
        // The reason in the clerk's words, then libpq's own line for whoever runs the server.
        const QString detail = db.lastError().text().trimmed().section(u'\n', 0, 0);
        const QString reason = ServerErrorText::reason(db.lastError());
        m_error = tr("Cannot connect to the server database %1: %2").arg(m_path, reason);
        if (reason != detail)
            m_error += u"\n"_s + tr("(The server software said: %1)").arg(detail);
        return false;
    }
    m_dialect = SqlDialect(SqlDialect::Kind::Postgres);
    if (const QString why = ServerSession::prepare(db); !why.isEmpty()) {
        m_error = tr("Cannot prepare the server database %1: %2").arg(m_path, why);
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT session_user"_s) || !q.next()) {
        m_error = tr("Cannot prepare the server database %1: %2")
                      .arg(m_path, q.lastError().text().trimmed());
        return false;
    }
    m_userName = q.value(0).toString();
    return true;
}

bool Database::reconnect() {
    if (!isServer() || !QSqlDatabase::contains(m_connectionName))
        return false;
    // The statements prepared in the broken session do not exist in the new one.
    PreparedStatementCache::forget(m_connectionName);
    QSqlDatabase db = sql();
    db.close();
    return db.open() && ServerSession::prepare(db).isEmpty();
}

bool Database::refreshStatistics() {
    if (!isServer())
        return true; // SQLite's plans are chosen without statistics (no sqlite_stat1)
    // Only the tables this login owns: ANALYZE skips others with a warning per table, and
    // autovacuum reaches them within a minute anyway. `copy` and `demo` run as the owner.
    QSqlQuery q(sql());
    if (!q.exec(u"SELECT c.relname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                "AND pg_has_role(c.relowner, 'USAGE') ORDER BY c.relname"_s)) {
        m_error = q.lastError().text();
        return false;
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (tables.isEmpty())
        return true;
    if (!q.exec(u"ANALYZE "_s + tables.join(u", "_s))) {
        m_error = tr("Cannot update the server's statistics: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}
