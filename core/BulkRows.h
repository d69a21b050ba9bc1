#pragma once

#include "core/PreparedStatementCache.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QVariant>
#include <optional>

class Database;
struct sqlite3_stmt;

// A SELECT whose many rows are read by number, for the queries that walk every open item
// (the dashboard at a million appeals: 66,000 rows per refresh). On an SQLite file the rows
// come straight from sqlite3_step: integers as integers, text as the UTF-8 bytes SQLite holds,
// where Qt's driver makes a QVariant of every value and a QString of every text. That
// conversion cost more than SQLite's own walk. On a server it reads through a statement kept
// prepared (PreparedStatementCache).
class BulkRows {
public:
    explicit BulkRows(Database &db);
    ~BulkRows();
    BulkRows(const BulkRows &) = delete;
    BulkRows &operator=(const BulkRows &) = delete;

    // Runs `sql` with its :name placeholders bound (text, or integers for qint64/int values).
    // False with errorString() on failure.
    bool exec(const QString &sql, const QVariantMap &binds);
    bool next();

    qint64 integer(int column) const;
    // UTF-8, valid until the next next(); empty for NULL.
    QByteArrayView text(int column) const;
    // An ISO date column (IsoDate); invalid when empty or NULL.
    QDate date(int column) const;
    QString errorString() const { return m_error; }

private:
    Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<PreparedStatementCache::Lease> m_server; // on a server
    QList<QByteArray> m_row;                               // the server's current row as UTF-8
    QString m_error;
};
