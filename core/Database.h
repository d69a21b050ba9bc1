#pragma once

#include "core/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

// One open Qinqing database: a named Qt SQL connection with the pragmas Qinqing relies on
// (WAL, foreign keys) and the schema brought up to date on open.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Called with true when a save has to wait for another program or colleague writing to
    // the same file, and with false when it may go on (the window shows that it waits).
    static void setWaitNotifier(std::function<void(bool waiting)> notifier);

    // Where the database lives when no --db is given: the user's data location.
    static QString defaultPath();

    // Whether open() may make a new database where there is none (a missing file, a
    // zero-byte one, an SQLite file without tables): only `init` and New database do.
    enum class Create { IfMissing, Never };

    // Opens an SQLite file, or a PostgreSQL server database given as
    // postgresql://USER@HOST:PORT/DBNAME (see ServerAddress), and migrates it to the current
    // schema. A file is looked at read-only first (DatabaseFileCheck): another program's
    // database, a newer schema or a file that is no database is refused unchanged; a damaged
    // or write-protected one opens read-only (isReadOnly()). On failure returns false and sets
    // errorString().
    bool open(const QString &path, Create create = Create::IfMissing);
    // Opens without migrating or checking for damage: for tools that must look at a file as it
    // is (check, tests).
    bool openWithoutMigrating(const QString &path, Create create = Create::IfMissing);
    // A second connection to the database `other` has open, for reading in another thread (a
    // Qt SQL connection belongs to the thread that opened it): call it in that thread. The
    // same file or server, login and read-only state; no checks or migrations (`other` did
    // them). False with errorString() when it cannot connect.
    bool openCopyOf(const Database &other);

    // True when the file was opened read-only because it is damaged or not writable;
    // readOnlyReason() says which and what to do.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // True when open() failed because there is no database yet (a missing or empty file).
    bool failedForMissingFile() const { return m_missing; }
    // The password for the next open() of a server database (from the login dialog); without
    // one libpq looks in PGPASSWORD and ~/.pgpass.
    void setPassword(const QString &password) { m_password = password; }

    // A server database whose connection broke (server restarted, network cut): connects
    // again with the same address and login. False while the server is still away.
    bool reconnect();

    // After many rows were written at once (a copy to the server, demo data): PostgreSQL's
    // planner statistics brought up to date, so that the next lists are not planned as over
    // empty tables. Nothing to do on an SQLite file.
    bool refreshStatistics();

    // True for a PostgreSQL server database, false for an SQLite file.
    bool isServer() const { return m_dialect.kind() == SqlDialect::Kind::Postgres; }
    // Who works on this database: the server's login role, or on a file the user's OS login.
    QString userName() const { return m_userName; }
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    QSqlDatabase sql() const;
    const SqlDialect &dialect() const { return m_dialect; }

    int schemaVersion() const;

    // Small key/value settings stored in the database itself (profile, numbering, ...).
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

private:
    bool openConnection(const QString &path, Create create, bool quickCheck);
    bool openServerConnection(const QString &location); // DatabaseServer.cpp
    bool prepareFileConnection(QSqlDatabase &db);       // the pragmas every file connection needs
    static QString damagedReason(const QString &path, const QStringList &damage);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_password;
    QString m_userName;
    QString m_readOnlyReason;
    bool m_missing = false;
    SqlDialect m_dialect;
};
