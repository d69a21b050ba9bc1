#include "core/server/ServerDatabaseCreator.h"

#include "core/server/ServerAddress.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool ServerDatabaseCreator::ensureExists(const ServerAddress &address, const QString &password) {
    m_created = false;
    m_error.clear();
    static const QRegularExpression plainName(u"^[a-z][a-z0-9_]{0,62}$"_s);
    if (!plainName.match(address.databaseName()).hasMatch()) {
        m_error = tr("Database name %1: use lower-case letters, digits and _, starting with a "
                     "letter")
                      .arg(address.databaseName());
        return false;
    }
    const QString connection = u"qinqing-server-setup"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(address.socketDir().isEmpty() ? address.host() : address.socketDir());
        db.setPort(address.port());
        db.setUserName(address.user());
        db.setPassword(password.isEmpty() ? address.password() : password);
        db.setDatabaseName(u"postgres"_s); // the maintenance database every server has
        db.setConnectOptions(u"connect_timeout=5;application_name=qinqing"_s);
        if (!db.open()) {
            m_error = tr("Cannot connect to the server %1: %2")
                          .arg(address.displayUrl(), db.lastError().text().trimmed());
        } else {
            // The statement is freed before the connection closes (QPSQL warns otherwise).
            QSqlQuery q(db);
            q.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
            q.addBindValue(address.databaseName());
            if (!q.exec()) {
                m_error = q.lastError().text();
            } else if (q.next()) {
                ok = true;
            } else if (q.exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"_s.arg(address.databaseName()))) {
                ok = m_created = true;
            } else {
                m_error = tr("Cannot create the database %1: %2")
                              .arg(address.databaseName(), q.lastError().text().trimmed());
            }
        }
    }
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
