#pragma once

#include "tests/benchmark/BenchmarkTiming.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

class Database;

// One operation of the program beside the hand-written SQL that gives the same rows: both are
// timed on the same file (median of several runs after a warm-up) and their results compared.
// The result of either side is a list of values, row ids or a count, in the order shown.
class RawComparison {
public:
    struct Raw {
        QString sql; // one statement; its first column is compared
        QVariantList binds;
    };
    struct Result {
        QString what;
        Timing ours;
        Timing raw;   // of the fastest raw statement; zero when there is none
        int rows = 0; // what ours returned
        bool hasRaw = false;
        bool same = true;
    };

    RawComparison(Database &db, int runs);

    // `raws` are the ways a person could write the query; the fastest counts as "the best
    // hand-written SQL", and every one must give ours' values.
    Result compare(const QString &what, const std::function<QList<qint64>()> &ours,
                   const QList<Raw> &raws);
    // The program alone (nothing comparable to write by hand).
    Result alone(const QString &what, const std::function<int()> &ours);

    static QString header();
    static QString row(const Result &r);

private:
    QList<qint64> runRaw(const Raw &raw);

    Database &m_db;
    int m_runs;
};
