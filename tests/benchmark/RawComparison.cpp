#include "tests/benchmark/RawComparison.h"

#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

using namespace Qt::StringLiterals;

RawComparison::RawComparison(Database &db, int runs)
    : m_db(db)
    , m_runs(runs) {}

QList<qint64> RawComparison::runRaw(const Raw &raw) {
    QList<qint64> values;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(raw.sql))
        qFatal("raw SQL does not prepare: %s", qPrintable(q.lastError().text()));
    for (const QVariant &v : raw.binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("raw SQL fails: %s", qPrintable(q.lastError().text()));
    const int columns = q.record().count();
    while (q.next()) {
        values << q.value(0).toLongLong();
        // Every column is read, as a program showing the rows would.
        for (int c = 1; c < columns; ++c)
            q.value(c);
    }
    return values;
}

RawComparison::Result RawComparison::compare(const QString &what,
                                             const std::function<QList<qint64>()> &ours,
                                             const QList<Raw> &raws) {
    Result r;
    r.what = what;
    QList<qint64> ourValues;
    r.ours = BenchmarkTiming::median(m_runs, [&] { ourValues = ours(); });
    r.rows = int(ourValues.size());
    for (const Raw &raw : raws) {
        QList<qint64> rawValues;
        const Timing t = BenchmarkTiming::median(m_runs, [&] { rawValues = runRaw(raw); });
        if (rawValues != ourValues) {
            r.same = false;
            QTextStream(stderr) << what << ": the raw SQL gives other rows (" << rawValues.size()
                                << " against " << ourValues.size() << "): " << raw.sql << Qt::endl;
        }
        if (!r.hasRaw || t.cpu < r.raw.cpu)
            r.raw = t;
        r.hasRaw = true;
    }
    return r;
}

RawComparison::Result RawComparison::alone(const QString &what, const std::function<int()> &ours) {
    Result r;
    r.what = what;
    r.ours = BenchmarkTiming::median(m_runs, [&] { r.rows = ours(); });
    return r;
}

QString RawComparison::header() {
    return u"| operation | rows | ours wall | ours CPU | raw wall | raw CPU | ours/raw CPU | "
           "same rows |\n|---|---|---|---|---|---|---|---|\n"_s;
}

QString RawComparison::row(const Result &r) {
    const QString ours = u"| %1 | %2 | %3 | %4 "_s.arg(r.what).arg(r.rows).arg(
        BenchmarkTiming::ms(r.ours.wall), BenchmarkTiming::ms(r.ours.cpu));
    if (!r.hasRaw)
        return ours + u"| — | — | — | — |\n"_s;
    const double ratio = r.ours.cpu / std::max(0.01, r.raw.cpu);
    return ours + u"| %1 | %2 | %3× | %4 |\n"_s
                      .arg(BenchmarkTiming::ms(r.raw.wall), BenchmarkTiming::ms(r.raw.cpu))
                      .arg(ratio, 0, 'f', 2)
                      .arg(r.same ? u"yes"_s : u"**no**"_s);
}
