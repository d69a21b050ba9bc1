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
#include <QFile>
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

// Every figure of the snapshot as text, one line each, for as-of dates across the demo data's
// years (holidays included) and the meeting days.
int dump(DashboardQuery &query, const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return 1;
    QTextStream out(&file);
    const QList<QDate> dates = {{2023, 3, 1},  {2023, 9, 28}, {2023, 10, 9}, {2024, 2, 8},
                                {2024, 2, 19}, {2024, 9, 30}, {2024, 10, 8}, {2025, 1, 27},
                                {2025, 6, 30}, {2025, 10, 9}, {2026, 2, 28}, {2026, 6, 1},
                                {2026, 11, 16}};
    for (const QDate &asOf : dates) {
        DashboardQuery::Options o;
        o.asOf = asOf;
        DashboardSnapshot s = query.compute(o);
        std::sort(s.items.begin(), s.items.end(),
                  [](const DashboardItem &a, const DashboardItem &b) { return a.id < b.id; });
        out << "as of " << asOf.toString(Qt::ISODate) << " limit "
            << s.dueSoonLimit.toString(Qt::ISODate) << " error " << query.errorString() << "\n";
        for (const DashboardItem &i : s.items)
            out << "item " << i.id << ' ' << i.departmentId << ' '
                << i.dueDate.toString(Qt::ISODate) << ' ' << DashboardBuckets::code(i.bucket)
                << "\n";
        for (const ReportDue &r : s.reports)
            out << "report " << r.assignmentId << ' ' << r.departmentId << ' ' << r.appealNumber
                << ' ' << r.lastReport.toString(Qt::ISODate) << ' ' << r.due.toString(Qt::ISODate)
                << ' ' << r.missed << r.tenDay << "\n";
        for (const MeetingDeadline &m : s.meetingDeadlines)
            out << "meeting " << m.meetingId << ' ' << int(m.kind) << ' '
                << m.deadline.toString(Qt::ISODate) << ' ' << m.done << m.missed << m.certain
                << "\n";
        for (const DepartmentScore &d : s.departments)
            out << "department " << d.departmentId << ' ' << d.department << ' ' << d.open << ' '
                << d.overdue << ' ' << d.completed << ' ' << d.completedOnTime << ' '
                << d.extensions << ' ' << d.workingDaysToComplete << ' ' << d.evaluations << ' '
                << d.satisfied << ' ' << d.basic << ' ' << d.unsatisfied << ' ' << d.rehandled
                << "\n";
        for (const MonthlySeries *series : {&s.byChannel, &s.byDomain}) {
            out << "series " << series->months.join(u',') << " | " << series->keys.join(u',')
                << "\n";
            for (const QString &key : series->keys)
                for (const QString &month : series->months)
                    out << "  " << key << ' ' << month << ' '
                        << series->counts.value(key).value(month) << "\n";
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"appeals"_s, u"appeals to generate"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"database file to create or reuse"_s, u"PATH"_s});
    parser.addOption({u"runs"_s, u"runs per figure, the median is reported"_s, u"R"_s, u"7"_s});
    parser.addOption({u"as-of"_s, u"the dashboard's date, and \"today\" of a generated database"_s,
                      u"DATE"_s, DemoDataGenerator::fixedReferenceDate().toString(Qt::ISODate)});
    parser.addOption({u"dump"_s,
                      u"write every figure of compute() for a range of as-of dates to FILE (to "
                      "check that a change to the queries keeps the results) and stop"_s,
                      u"FILE"_s});
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
        if (!init.ensureInitialized() || !generator.generate({appeals, 1, asOf})) {
            err << generator.errorString() << Qt::endl;
            return 1;
        }
        rows = appeals;
    }

    DashboardQuery query(db);
    if (parser.isSet(u"dump"_s))
        return dump(query, parser.value(u"dump"_s));
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
        << row(u"first compute on a connection"_s, first, 0)
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
