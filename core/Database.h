#pragma once

#include "core/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One open Qinqing database: a named Qt SQL connection with the pragmas Qinqing relies on
// (WAL, foreign keys) and the schema brought up to date on open.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Where the database lives when no --db is given: the user's data location.
    static QString defaultPath();

    // Opens (creating when missing) an SQLite file and migrates it to the current schema.
    // On failure returns false and sets errorString().
    bool open(const QString &path);
    // Opens without migrating: for tools that must look at a file as it is (check, tests).
    bool openWithoutMigrating(const QString &path);
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
    bool openConnection(const QString &path);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    SqlDialect m_dialect;
};
