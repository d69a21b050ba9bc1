#pragma once

#include <QStringList>
#include <QVariantList>

class Database;

// The appeal list's search term: the texts it looks in and the two ways of finding them.
//
// Every length of term looks in the same five texts — number, submitting unit, problem,
// suggestions and prior handling (前期反映情况) — so that a longer term never finds more rows
// than a term it contains (a 3+ character search used to include prior handling, a shorter
// one did not: 答复 found 392 rows, 明确答复 3,025).
//
// - scan: a substring test on each row (LIKE). Cheap per row, so it is the plan when matches
//   are common: the list walks its sort index, tests rows and stops after one page.
// - index: the rows found through the trigram index, the plan when matches are rare. 3+
//   characters: an FTS5 phrase. 1-2 characters: the trigrams of the index vocabulary that start
//   with the term, plus the rows whose columns end with it (schema steps 005 and 014 index
//   each column's last one and two characters). On PostgreSQL, 1-2 characters: the tripled
//   texts' trigram index (schema step 021); 3+ characters scan, and the server's planner
//   answers LIKE from pg_trgm's index (step 002) when that is cheaper.
// Both give the same rows (tst_appeallistquery compares them term by term).
class AppealSearch {
public:
    AppealSearch(Database &db, const QString &text);

    bool isEmpty() const { return m_term.isEmpty(); }
    const QString &term() const { return m_term; }
    // Characters (code points, not UTF-16 units).
    qsizetype length() const { return m_length; }

    // The searched columns of the appeals table, alias `a`.
    static QStringList columns();

    // Appends one condition on alias `a` and its bound values.
    void addScanCondition(QStringList *conditions, QVariantList *binds) const;
    // False where the database has no index for the term (PostgreSQL, 3+ characters: its
    // planner picks pg_trgm by itself) or lacks its vocabulary; the caller then scans.
    bool addIndexCondition(QStringList *conditions, QVariantList *binds) const;

private:
    bool addServerIndexCondition(QStringList *conditions, QVariantList *binds) const;
    bool addShortIndexCondition(QStringList *conditions, QVariantList *binds) const;

    Database &m_db;
    QString m_term;
    qsizetype m_length = 0;
};
