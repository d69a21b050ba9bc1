#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

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
    // `count` numbers at once (an import): the year's numbers are read once instead of a query
    // per number. `alsoTaken`: numbers not stored yet that must not be given (the import's
    // own). Empty on failure.
    QStringList next(int year, int count, const QSet<QString> &alsoTaken);
    // What next() would return now, without reserving it (for a form's placeholder); empty
    // when the numbers in use cannot be read.
    QString preview(int year) const;

    static QString format(const QString &pattern, int year, int seq);
    // A pattern needs exactly one {seq} token.
    static bool isValidPattern(const QString &pattern);

    QString errorString() const { return m_error; }

private:
    QString counterKey(int year) const;
    // Each number of this pattern and year in use, with its sequence number.
    QHash<QString, int> numbersOfYear(int year) const;
    int storedCounter(int year, bool *known) const;
    // The counter, or the highest number in use when there is none yet.
    int lastSeq(int year) const;
    bool numberInUse(const QString &number) const;
    static int freeSeqAfter(const QString &pattern, int year, int seq,
                            const std::function<bool(const QString &)> &inUse);
    QStringList reserve(int year, int count, const std::function<bool(const QString &)> &inUse);

    Database &m_db;
    QString m_pattern;
    QString m_error;
    mutable QString m_readError; // why a read of the counter or the numbers failed
};
