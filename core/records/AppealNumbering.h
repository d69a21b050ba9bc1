#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// 编号: the next free appeal number from the active profile's numbering pattern, e.g.
// "WS{year}-{seq:4}" -> WS2024-0007. Tokens: {year} (2024), {yy} (24), {seq} or {seq:N}
// (zero-padded to N digits); everything else is literal. The sequence runs per year and per
// pattern; its last value is kept in settings so that deleting an appeal never reuses a number.
//
// next() reserves the number inside a transaction (a savepoint when the caller has one open):
// its first statement is a write, so SQLite hands out its write lock before the counter is
// read and two clerks cannot draw the same number; numbers already in use (typed in by hand or
// imported) are skipped. If the caller rolls back, the number is returned to the pool.
class AppealNumbering {
    Q_DECLARE_TR_FUNCTIONS(AppealNumbering)

public:
    explicit AppealNumbering(Database &db);

    // Uses this pattern instead of the active profile's (tests, previews).
    void setPattern(const QString &pattern) { m_pattern = pattern; }
    QString pattern() const;

    // The next free number for `year`; empty on failure (errorString).
    QString next(int year);
    // What next() would return now, without reserving it (for a form's placeholder).
    QString preview(int year) const;

    static QString format(const QString &pattern, int year, int seq);
    // A pattern needs exactly one {seq} token.
    static bool isValidPattern(const QString &pattern);

    QString errorString() const { return m_error; }

private:
    QString counterKey(int year) const;
    int highestInUse(int year) const;
    int storedCounter(int year, bool *known) const;
    bool numberInUse(const QString &number) const;
    int nextFreeSeq(int year) const;

    Database &m_db;
    QString m_pattern;
    QString m_error;
};
