#pragma once

#include <QString>
#include <QStringList>

class Database;

// SQLite only: the appeal tables' indexes and full-text triggers set aside while a transaction
// writes many rows, then made again from the finished tables.
//
// Row by row, each of the twenty or so indexes on appeals and assignments takes one insert at
// a place of its own; at a million appeals they outgrow the page cache and every row costs
// page reads and writes all over the file (demo generation took 25 minutes). Built at the
// end, each index is one sort of its keys, and the trigram index one pass over the texts.
// The schema is the same afterwards: the same statements made the same objects. Call both
// inside the caller's transaction, so that a failure leaves everything as it was.
class BulkLoad {
public:
    explicit BulkLoad(Database &db);

    // Drops the indexes of `tables` and the trigram index's triggers (which keep appeal_search
    // up to date row by row). Does nothing on PostgreSQL.
    bool begin(const QStringList &tables);
    // Creates the indexes again, rebuilds the trigram index from the appeals and restores its
    // triggers.
    bool finish();

    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql);

    Database &m_db;
    QStringList m_indexes;  // CREATE INDEX statements, in their original order
    QStringList m_triggers; // CREATE TRIGGER statements
    bool m_active = false;
    QString m_error;
};
