#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>

class Database;
class QSqlQuery;

// Many rows into one table in a few statements: INSERT … VALUES (…), (…), … with up to
// kMaxValues bound values each, the same prepared statement reused for every full chunk. On
// a server every statement is a round trip: an import that wrote each appeal, its enterprise
// and their audit entries a statement at a time took 216 s for 10,000 rows on a local test
// server, 1.6 s in batches. Runs inside the caller's transaction; the SQL is the same on both
// engines (RETURNING: SQLite 3.35 and later).
class BatchInsert {
public:
    // Under both engines' limits on the values of one statement (SQLite 32,766 since 3.32,
    // PostgreSQL 65,535).
    static constexpr int kMaxValues = 30000;
    static constexpr int kMaxRows = 1000;

    // `returning`: the columns each inserted row gives back (e.g. "id, number"), or empty.
    BatchInsert(Database &db, const QString &table, const QStringList &columns,
                const QString &returning = {});

    // One row: a value per column, in the columns' order.
    void add(const QVariantList &values);

    // Writes every row added, in chunks; `returned` sees each row the statements give back
    // (in no particular order). False at the first chunk that fails, errorString() saying why
    // in the clerk's words (SqlRead::reason); the caller says what could not be stored.
    bool exec(const std::function<void(const QSqlQuery &)> &returned = {});
    QString errorString() const { return m_error; }

private:
    QString statement(int rows) const;

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_returning;
    QList<QVariantList> m_rows;
    QString m_error;
};
