#pragma once

#include <QCoreApplication>
#include <QString>

// Where a PostgreSQL server database is: `postgresql://USER@HOST:PORT/DBNAME`, as libpq and
// psql write it. A Unix socket folder is given as `?host=/var/run/postgresql` (the host part
// then only names the server for people). The password is never part of what is shown or
// remembered: it comes from the login dialog, PGPASSWORD or ~/.pgpass (libpq reads those).
class ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr int DefaultPort = 5432;

    // True for anything that starts like a server URL (postgresql:// or postgres://), so that
    // such a --db is never taken for a file name.
    static bool looksLikeServer(const QString &location);
    // Parses a server URL; on a malformed one returns an address whose isValid() is false and
    // whose error() says what is wrong.
    static ServerAddress parse(const QString &location);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString host() const { return m_host; }        // a host name, or a socket folder
    QString socketDir() const { return m_socket; } // from ?host=, empty for TCP
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }

    void setUser(const QString &user) { m_user = user; }
    void setPassword(const QString &password) { m_password = password; }
    void setDatabaseName(const QString &name) { m_database = name; }

    // The URL without the password: what the title bar, messages and recent servers show.
    QString displayUrl() const;

private:
    QString m_user;
    QString m_password;
    QString m_host;
    QString m_socket;
    int m_port = DefaultPort;
    QString m_database;
    QString m_error;
};
