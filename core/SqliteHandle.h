#pragma once

#include <QSqlDatabase>
#include <QVariantMap>

struct sqlite3;
struct sqlite3_stmt;

// The sqlite3 handle under a Qt SQL connection, for what Qt's driver does not expose (the
// busy timeout of one statement, extended error codes, the backup API); nullptr for a
// PostgreSQL connection or a closed one.
namespace SqliteHandle {
sqlite3 *of(const QSqlDatabase &db);

// When the connection's last failure was the file's, not the data's (the disk is full or
// reports an error, the file is read-only, damaged or held by another writer): a sentence
// naming the file with the operating system's reason. Empty otherwise, and for a server. A
// caller that would blame a row or a record says this instead.
QString fileProblem(const QSqlDatabase &db);

// Prepares `sql` on the handle with its :name placeholders bound from `binds` (integers for
// int and qint64 values, text otherwise; names not in the statement are skipped). nullptr
// with `error` set when SQLite refuses. The caller finalizes the statement.
sqlite3_stmt *prepare(sqlite3 *db, const QString &sql, const QVariantMap &binds, QString *error);
} // namespace SqliteHandle
