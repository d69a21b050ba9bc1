// qinqing-benchmark [--appeals N] [--db PATH] [--runs R] [--as-of YYYY-MM-DD]
//
// Creates a demo database of N appeals (default 100,000) — or reuses PATH when it already
// has appeals — and prints a Markdown table: generation time, Database::open of the existing
// file, the first list page sorted by deadline, full-text search with a 3+ and a 2-character
// term (first page + count), the overdue set, and peak memory. Each query is the median of R
// runs (default 7) after one warm-up run, because a clerk's second query runs warm too. A
// second table times the Appeals page's item model over the same file (ListModelBenchmark).

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AppealListQuery.h"
#include "core/queries/OverdueQuery.h"
#include "tests/benchmark/BenchmarkTiming.h"
#include "tests/benchmark/ListModelBenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

int appealCount(Database &db) {
    QSqlQuery q(db.sql());
    return q.exec(u"SELECT COUNT(*) FROM appeals"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

int main(int argc, char **argv) {
    // The list model part needs a QApplication; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"appeals"_s, u"appeals to generate (default 100000)"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"database file to create or reuse"_s, u"PATH"_s});
    parser.addOption({u"runs"_s, u"runs per query, the median is reported"_s, u"R"_s, u"7"_s});
    parser.addOption({u"as-of"_s,
                      u"date for the overdue set, and \"today\" of a generated database"_s,
                      u"DATE"_s, DemoDataGenerator::fixedReferenceDate().toString(Qt::ISODate)});
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
            const double cpuStart = BenchmarkTiming::cpuMs();
            t.start();
            DemoDataGenerator generator(db);
            if (!generator.generate({appeals, 1, asOf})) {
                err << generator.errorString() << Qt::endl;
                return 1;
            }
            generated = u"%1 s | %2 s"_s.arg(double(t.elapsed()) / 1000.0, 0, 'f', 1)
                            .arg((BenchmarkTiming::cpuMs() - cpuStart) / 1000.0, 0, 'f', 1);
            rowsInDb = appeals;
            QSqlQuery q(db.sql());
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            q.exec(u"PRAGMA optimize"_s);
        }
    }

    const Timing open = BenchmarkTiming::median(runs, [&] {
        Database db;
        if (!db.open(path))
            qFatal("open failed");
    });

    Database db;
    db.open(path);
    int pageRows = 0;
    const Timing list = BenchmarkTiming::median(runs, [&] {
        AppealListQuery q(db);
        q.setSort(AppealListQuery::Column::DueDate);
        pageRows = int(q.fetch(0, 50).size());
    });
    int allCount = 0;
    const Timing countAll =
        BenchmarkTiming::median(runs, [&] { allCount = AppealListQuery(db).count(); });

    auto searchRun = [&](const QString &term, int *matches) {
        return BenchmarkTiming::median(runs, [&] {
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
    const Timing overdue = BenchmarkTiming::median(runs, [&] {
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
        << BenchmarkTiming::row(u"open the existing file (Database::open)"_s, open, 100)
        << BenchmarkTiming::row(u"list: first page (%1 rows) sorted by deadline"_s.arg(pageRows),
                                list, 30)
        << BenchmarkTiming::row(u"list: count of all (%1) appeals"_s.arg(allCount), countAll, 30)
        << BenchmarkTiming::row(
               u"search \"%1\" (full-text, %2 matches): first page by deadline + count"_s
                   .arg(longTerm)
                   .arg(longMatches),
               longSearch, 30)
        << BenchmarkTiming::row(
               u"search \"%1\" (2 characters, %2 matches): first page by deadline + count"_s
                   .arg(shortTerm)
                   .arg(shortMatches),
               shortSearch, 30)
        << BenchmarkTiming::row(
               u"overdue set as of %1 (%2 assignments)"_s.arg(asOf.toString(Qt::ISODate))
                   .arg(overdueCount),
               overdue, 30)
        << "| peak memory (ru_maxrss) | " << u"%1 MB"_s.arg(peakMb, 0, 'f', 0) << " | | |\n\n"
        << ListModelBenchmark::run(db, runs);
    return 0;
}
