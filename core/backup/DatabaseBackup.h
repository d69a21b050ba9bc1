#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class Database;

// A backup of an open Qinqing database as one SQLite file, taken while others work on it:
// - an SQLite file is copied with VACUUM INTO, which reads one consistent snapshot through
//   SQLite (what is still in the -wal file included; a plain copy of the file misses it);
// - a server database is copied with DatabaseCopier, inside one read-only repeatable-read
//   transaction, into an SQLite file that `restore` and every desk read.
// The file appears whole or not at all (PartFile): killed half-way, it leaves nothing behind.
class DatabaseBackup {
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    explicit DatabaseBackup(Database &db);

    // Writes the backup to `file`, replacing a file of that name only when the backup is whole.
    bool writeTo(const QString &file);
    // The appeals in the written file, counted in it afterwards.
    qint64 appeals() const { return m_appeals; }
    QString errorString() const { return m_error; }

    // VACUUM INTO `file` from an open SQLite connection, whole or not at all.
    static bool vacuumInto(const QSqlDatabase &source, const QString &file, QString *error);
    // The same from a connection of its own to the SQLite file `database`: VACUUM cannot run
    // on a connection with a statement in progress (a list model's query, an importer's
    // lookups) or inside a transaction, and what is committed is what a backup wants.
    static bool vacuumFileInto(const QString &database, const QString &file, QString *error);
    // The appeals in an SQLite file, read-only; -1 when it cannot be read.
    static qint64 countAppeals(const QString &file);

private:
    bool fromServer(const QString &file);
    bool fail(const QString &message);

    Database &m_db;
    qint64 m_appeals = -1;
    QString m_error;
};
