// qinqing-dashboard-benchmark [--appeals N] [--db PATH] [--runs R] [--as-of YYYY-MM-DD]
//
// The dashboard's figures on a demo database of N appeals (default 100,000; reuses PATH when it
// already has appeals): one DashboardQuery::compute (buckets, owed reports, meeting deadlines,
// department table, chart series) the first time on a connection and warm (median of R runs,
// which is what every later refresh costs), the list behind the biggest bucket, and a
// 10,000-row problem list written to .xlsx and .csv. Prints a Markdown table for README.md.

#include "DashboardQuery.h"
#include "Database.h"
#include "DatabaseInitializer.h"
#include "DemoDataGenerator.h"
#include "ExportQuery.h"
#include "TableExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing {
    double wall = 0;
    double cpu = 0;
};

Timing once(const std::function<void()> &work) {
    QElapsedTimer t;
    const double c0 = cpuMs();
    t.start();
    work();
    return {double(t.nsecsElapsed()) / 1e6, cpuMs() - c0};
}

Timing median(int runs, const std::function<void()> &work) {
    QList<double> walls, cpus;
    for (int i = 0; i < runs; ++i) {
        const Timing t = once(work);
        walls << t.wall;
        cpus << t.cpu;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

QString row(const QString &what, const Timing &t, double target) {
    auto ms = [](double v) {
        return u"%1 ms"_s.arg(v, 0, 'f', v < 10 ? 2 : 1);
    };
    return u"| %1 | %2 | %3 | %4 |\n"_s.arg(
        what, ms(t.wall), ms(t.cpu),
        target <= 0 ? QString()
                    : u"< %1 ms %2"_s.arg(target).arg(t.wall < target ? u"ok"_s : u"**missed**"_s));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"appeals"_s, u"appeals to generate"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"database file to create or reuse"_s, u"PATH"_s});
    parser.addOption({u"runs"_s, u"runs per figure, the median is reported"_s, u"R"_s, u"7"_s});
    parser.addOption({u"as-of"_s, u"the dashboard's date"_s, u"DATE"_s,
                      DemoDataGenerator::referenceDate().toString(Qt::ISODate)});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int appeals = parser.value(u"appeals"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QDate asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
    if (appeals < 1 || !asOf.isValid()) {
        err << "--appeals N and --as-of YYYY-MM-DD are required to be valid" << Qt::endl;
        return 2;
    }
    QTemporaryDir tmp;
    const QString path =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : tmp.filePath(u"dashboard.sqlite"_s);
    Database db;
    if (!db.open(path)) {
        err << db.errorString() << Qt::endl;
        return 1;
    }
    QSqlQuery count(db.sql());
    int rows =
        count.exec(u"SELECT COUNT(*) FROM appeals"_s) && count.next() ? count.value(0).toInt() : 0;
    if (rows == 0) {
        DatabaseInitializer init(db);
        DemoDataGenerator generator(db);
        if (!init.ensureInitialized() || !generator.generate({appeals, 1})) {
            err << generator.errorString() << Qt::endl;
            return 1;
        }
        rows = appeals;
    }

    DashboardQuery query(db);
    DashboardQuery::Options options;
    options.asOf = asOf;
    DashboardSnapshot snap;
    const Timing first = once([&] { snap = query.compute(options); });
    if (!query.errorString().isEmpty()) {
        err << query.errorString() << Qt::endl;
        return 1;
    }
    const Timing warm = median(runs, [&] { snap = query.compute(options); });
    const Timing reload = median(runs, [&] {
        query.reload(); // what DashboardPage::refresh does: re-read profile and calendar
        snap = query.compute(options);
    });
    DashboardBucket biggest = DashboardBucket::OnTrack;
    for (DashboardBucket b : DashboardBuckets::all()) {
        if (snap.count(b) > snap.count(biggest))
            biggest = b;
    }
    int listed = 0;
    const Timing list = median(runs, [&] { listed = int(query.details(snap, {biggest}).size()); });

    ExportQuery exportQuery(db);
    ExportTable table = *exportQuery.build(ExportQuery::Kind::ProblemList, {});
    table.rows = table.rows.mid(0, 10000);
    const QString xlsx = tmp.filePath(u"problems.xlsx"_s);
    const QString csv = tmp.filePath(u"problems.csv"_s);
    QString error;
    const Timing xlsxTime = median(std::min(runs, 3), [&] {
        if (!TableExporter::write(table, xlsx, {}, {}, &error))
            qFatal("xlsx export failed: %s", qPrintable(error));
    });
    const Timing csvTime = median(std::min(runs, 3), [&] {
        if (!TableExporter::write(table, csv, {}, {}, &error))
            qFatal("csv export failed: %s", qPrintable(error));
    });

    const QLocale c = QLocale::c();
    out << "| dashboard, " << c.toString(rows) << " appeals, as of " << asOf.toString(Qt::ISODate)
        << ", median of " << runs << " runs | wall | CPU | target |\n"
        << "|---|---|---|---|\n"
        << row(u"first compute on a connection (builds the working-day table)"_s, first, 0)
        << row(u"refresh: compute (%1 open, %2 overdue, %3 departments, %4 owed reports)"_s
                   .arg(snap.openTotal())
                   .arg(snap.count(DashboardBucket::Overdue))
                   .arg(snap.departments.size())
                   .arg(snap.reports.size()),
               warm, 50)
        << row(u"refresh with profile and calendar re-read"_s, reload, 50)
        << row(u"list behind \"%1\" (%2 rows)"_s.arg(DashboardBuckets::code(biggest)).arg(listed),
               list, 0)
        << row(u"export %1 rows of the problem list to .xlsx (%2 KB)"_s.arg(table.rows.size())
                   .arg(QFileInfo(xlsx).size() / 1024),
               xlsxTime, 0)
        << row(u"export %1 rows of the problem list to .csv (%2 KB)"_s.arg(table.rows.size())
                   .arg(QFileInfo(csv).size() / 1024),
               csvTime, 0);
    return 0;
}
