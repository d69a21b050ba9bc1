// qinqing-benchmark [--appeals N] [--db PATH] [--runs R] [--as-of YYYY-MM-DD]
//
// Creates a demo database of N appeals (default 100,000) — or reuses PATH when it already
// has appeals — and prints a Markdown table: generation time, Database::open of the existing
// file, the first list page sorted by deadline, full-text search with a 3+ and a 2-character
// term (first page + count), the overdue set, and peak memory. Each query is the median of R
// runs (default 7) after one warm-up run, because a clerk's second query runs warm too.

#include "AppealListQuery.h"
#include "Database.h"
#include "DatabaseInitializer.h"
#include "DemoDataGenerator.h"
#include "OverdueQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <sys/resource.h>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall-clock and CPU time (ms) of one run of `work`, each the median over `runs`. CPU time is
// reported too because on a shared machine the wall clock also measures the other processes.
struct Timing {
    double wall = 0;
    double cpu = 0;
};

Timing median(int runs, const std::function<void()> &work) {
    work(); // warm-up: the first run also pays for SQLite reading pages from disk
    QList<double> walls, cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        work();
        walls << double(t.nsecsElapsed()) / 1e6;
        cpus << cpuMs() - c0;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

QString ms(double v) {
    return v < 10 ? u"%1 ms"_s.arg(v, 0, 'f', 2) : u"%1 ms"_s.arg(v, 0, 'f', 1);
}

QString row(const QString &what, const Timing &t, double target) {
    return u"| %1 | %2 | %3 | < %4 ms %5 |\n"_s.arg(what, ms(t.wall), ms(t.cpu))
        .arg(target)
        .arg(t.wall < target ? u"ok"_s : u"**missed**"_s);
}

int appealCount(Database &db) {
    QSqlQuery q(db.sql());
    return q.exec(u"SELECT COUNT(*) FROM appeals"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"appeals"_s, u"appeals to generate (default 100000)"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"database file to create or reuse"_s, u"PATH"_s});
    parser.addOption({u"runs"_s, u"runs per query, the median is reported"_s, u"R"_s, u"7"_s});
    parser.addOption({u"as-of"_s, u"date for the overdue set"_s, u"DATE"_s,
                      DemoDataGenerator::referenceDate().toString(Qt::ISODate)});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const int appeals = parser.value(u"appeals"_s).toInt(&ok);
    if (!ok || appeals < 1) {
        err << "--appeals: a positive whole number is required" << Qt::endl;
        return 2;
    }
    const int runs = parser.value(u"runs"_s).toInt(&ok);
    if (!ok || runs < 1) {
        err << "--runs: a positive whole number is required" << Qt::endl;
        return 2;
    }
    const QDate asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
    if (!asOf.isValid()) {
        err << "--as-of: write the date as YYYY-MM-DD" << Qt::endl;
        return 2;
    }
    QTemporaryDir tmp;
    const QString path =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : tmp.filePath(u"benchmark.sqlite"_s);

    QString generated = u"reused |"_s;
    int rowsInDb = 0;
    {
        Database db;
        if (!db.open(path)) {
            err << db.errorString() << Qt::endl;
            return 1;
        }
        rowsInDb = appealCount(db);
        if (rowsInDb == 0) {
            DatabaseInitializer init(db);
            if (!init.ensureInitialized()) {
                err << init.errorString() << Qt::endl;
                return 1;
            }
            QElapsedTimer t;
            const double cpuStart = cpuMs();
            t.start();
            DemoDataGenerator generator(db);
            if (!generator.generate({appeals, 1})) {
                err << generator.errorString() << Qt::endl;
                return 1;
            }
            generated = u"%1 s | %2 s"_s.arg(double(t.elapsed()) / 1000.0, 0, 'f', 1)
                            .arg((cpuMs() - cpuStart) / 1000.0, 0, 'f', 1);
            rowsInDb = appeals;
            QSqlQuery q(db.sql());
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            q.exec(u"PRAGMA optimize"_s);
        }
    }

    const Timing open = median(runs, [&] {
        Database db;
        if (!db.open(path))
            qFatal("open failed");
    });

    Database db;
    db.open(path);
    int pageRows = 0;
    const Timing list = median(runs, [&] {
        AppealListQuery q(db);
        q.setSort(AppealListQuery::Column::DueDate);
        pageRows = int(q.fetch(0, 50).size());
    });
    int allCount = 0;
    const Timing countAll = median(runs, [&] { allCount = AppealListQuery(db).count(); });

    auto searchRun = [&](const QString &term, int *matches) {
        return median(runs, [&] {
            AppealListQuery q(db);
            AppealListQuery::Filter f;
            f.search = term;
            q.setFilter(f);
            q.setSort(AppealListQuery::Column::DueDate);
            q.fetch(0, 50);
            *matches = q.count();
        });
    };
    const QString longTerm = u"用地指标"_s;
    const QString shortTerm = u"贷款"_s;
    int longMatches = 0;
    int shortMatches = 0;
    const Timing longSearch = searchRun(longTerm, &longMatches);
    const Timing shortSearch = searchRun(shortTerm, &shortMatches);

    int overdueCount = 0;
    const Timing overdue = median(runs, [&] {
        OverdueQuery q(db);
        overdueCount = int(q.run(asOf).size());
    });

    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux

    const QString n = QLocale::c().toString(rowsInDb);
    out << "| " << n << " appeals, median of " << runs << " runs | wall | CPU | target |\n"
        << "|---|---|---|---|\n"
        << "| generate the demo database | " << generated << " | < 60 s |\n"
        << row(u"open the existing file (Database::open)"_s, open, 100)
        << row(u"list: first page (%1 rows) sorted by deadline"_s.arg(pageRows), list, 30)
        << row(u"list: count of all (%1) appeals"_s.arg(allCount), countAll, 30)
        << row(u"search \"%1\" (full-text, %2 matches): first page by deadline + count"_s
                   .arg(longTerm)
                   .arg(longMatches),
               longSearch, 30)
        << row(u"search \"%1\" (2 characters, %2 matches): first page by deadline + count"_s
                   .arg(shortTerm)
                   .arg(shortMatches),
               shortSearch, 30)
        << row(u"overdue set as of %1 (%2 assignments)"_s.arg(asOf.toString(Qt::ISODate))
                   .arg(overdueCount),
               overdue, 30)
        << "| peak memory (ru_maxrss) | " << u"%1 MB"_s.arg(peakMb, 0, 'f', 0) << " | | |\n";
    return 0;
}
