// qinqing-dashboard-benchmark [--appeals N] [--db PATH] [--runs R] [--as-of YYYY-MM-DD]
//                             [--profiles CODE,...] [--dump FILE] [--no-export]
//
// The dashboard's figures on a demo database of N appeals (default 100,000; reuses PATH when it
// already has appeals): one DashboardQuery::compute (buckets, owed reports, meeting deadlines,
// department table, chart series) the first time on a connection and warm (median of R runs
// after a warm-up run, which is what every later refresh costs), the list behind the biggest
// bucket, and a 10,000-row problem list written to .xlsx and .csv. Then, for each rule profile
// of --profiles (made the active one for the measurement, the file's own restored after), the
// compute and the dashboard PAGE in an offscreen window (DashboardPageBenchmark): what a user
// waits for. Prints Markdown tables for README.md.

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/ProfileRepository.h"
#include "core/dashboard/DashboardQuery.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/export/ExportQuery.h"
#include "core/export/TableExporter.h"
#include "tests/benchmark/BenchmarkTiming.h"
#include "tests/benchmark/DashboardPageBenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

Timing once(const std::function<void()> &work) {
    const double w0 = BenchmarkTiming::wallMs();
    const double c0 = BenchmarkTiming::cpuMs();
    work();
    return {BenchmarkTiming::wallMs() - w0, BenchmarkTiming::cpuMs() - c0};
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
            out << "report " << r.assignmentId << ' ' << r.departmentId << ' '
                << r.lastReport.toString(Qt::ISODate) << ' ' << r.due.toString(Qt::ISODate) << ' '
                << r.missed << r.tenDay << "\n";
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

QString computeRow(const QString &what, const DashboardSnapshot &snap, const Timing &t) {
    return BenchmarkTiming::row(
        what + u" (%1 open, %2 overdue, %3 departments, %4 owed reports)"_s.arg(snap.openTotal())
                   .arg(snap.count(DashboardBucket::Overdue))
                   .arg(snap.departments.size())
                   .arg(snap.reports.size()),
        t, 50);
}

} // namespace

int main(int argc, char **argv) {
    // The page part needs a QApplication; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"appeals"_s, u"appeals to generate"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"database file to create or reuse"_s, u"PATH"_s});
    parser.addOption({u"runs"_s, u"runs per figure, the median is reported"_s, u"R"_s, u"7"_s});
    parser.addOption({u"as-of"_s, u"the dashboard's date, and \"today\" of a generated database"_s,
                      u"DATE"_s, DemoDataGenerator::fixedReferenceDate().toString(Qt::ISODate)});
    parser.addOption({u"profiles"_s,
                      u"rule profiles to time the page under (comma-separated; default all)"_s,
                      u"CODES"_s, ProfileRepository::builtInCodes().join(u',')});
    parser.addOption({u"dump"_s,
                      u"write every figure of compute() for a range of as-of dates to FILE (to "
                      "check that a change to the queries keeps the results) and stop"_s,
                      u"FILE"_s});
    parser.addOption({u"no-export"_s,
                      u"leave out the 10,000-row export (at a million appeals its ExportQuery "
                      "builds the whole problem list first)"_s});
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
    const QStringList profiles = parser.value(u"profiles"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &code : profiles) {
        if (!ProfileRepository::builtInCodes().contains(code)) {
            err << "--profiles: unknown profile " << code << Qt::endl;
            return 2;
        }
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
    // A statement still open on appeals keeps the demo generator from setting its indexes aside
    // (BulkLoad: "database table is locked").
    count.finish();
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
    const Timing warm = BenchmarkTiming::median(runs, [&] { snap = query.compute(options); });
    const Timing reload = BenchmarkTiming::median(runs, [&] {
        query.reload(); // what DashboardPage::refresh does: re-read profile and calendar
        snap = query.compute(options);
    });
    DashboardBucket biggest = DashboardBucket::OnTrack;
    for (DashboardBucket b : DashboardBuckets::all()) {
        if (snap.count(b) > snap.count(biggest))
            biggest = b;
    }
    int listed = 0;
    const Timing list =
        BenchmarkTiming::median(runs, [&] { listed = int(query.details(snap, {biggest}).size()); });

    ExportTable table;
    const QString xlsx = tmp.filePath(u"problems.xlsx"_s);
    const QString csv = tmp.filePath(u"problems.csv"_s);
    Timing xlsxTime, csvTime;
    if (!parser.isSet(u"no-export"_s)) {
        ExportQuery exportQuery(db);
        table = *exportQuery.build(ExportQuery::Kind::ProblemList, {});
        table.rows = table.rows.mid(0, 10000);
        QString error;
        xlsxTime = BenchmarkTiming::median(std::min(runs, 3), [&] {
            if (!TableExporter::write(table, xlsx, {}, {}, &error))
                qFatal("xlsx export failed: %s", qPrintable(error));
        });
        csvTime = BenchmarkTiming::median(std::min(runs, 3), [&] {
            if (!TableExporter::write(table, csv, {}, {}, &error))
                qFatal("csv export failed: %s", qPrintable(error));
        });
    }

    const QLocale c = QLocale::c();
    const QString active = ProfileRepository(db).activeCode();
    out << "| dashboard, " << c.toString(rows) << " appeals, " << active << ", as of "
        << asOf.toString(Qt::ISODate) << ", median of " << runs << " runs | wall | CPU | target |\n"
        << "|---|---|---|---|\n"
        << BenchmarkTiming::row(u"first compute on a connection"_s, first, 0)
        << computeRow(u"refresh: compute"_s, snap, warm)
        << BenchmarkTiming::row(u"refresh with profile and calendar re-read"_s, reload, 50)
        << BenchmarkTiming::row(
               u"details of the list behind \"%1\" (%2 rows)"_s.arg(DashboardBuckets::code(biggest))
                   .arg(listed),
               list, 0);
    if (!parser.isSet(u"no-export"_s))
        out << BenchmarkTiming::row(
                   u"export %1 rows of the problem list to .xlsx (%2 KB)"_s.arg(table.rows.size())
                       .arg(QFileInfo(xlsx).size() / 1024),
                   xlsxTime, 0)
            << BenchmarkTiming::row(
                   u"export %1 rows of the problem list to .csv (%2 KB)"_s.arg(table.rows.size())
                       .arg(QFileInfo(csv).size() / 1024),
                   csvTime, 0);

    // The page under each profile: the same data, another profile's rules (warning window,
    // first report, 十日一报).
    ProfileRepository repository(db);
    for (const QString &code : profiles) {
        if (!repository.setActive(code)) {
            err << repository.errorString() << Qt::endl;
            return 1;
        }
        query.reload();
        const Timing t = BenchmarkTiming::median(runs, [&] { snap = query.compute(options); });
        // The parts: what a page refresh computes, and what a first look at the Departments
        // and Charts tabs adds.
        DashboardQuery::Options lean = options;
        lean.departments = false;
        lean.series = false;
        DashboardSnapshot part;
        const Timing items = BenchmarkTiming::median(runs, [&] { part = query.compute(lean); });
        const Timing departments = BenchmarkTiming::median(runs, [&] {
            part.hasDepartments = false;
            query.addDepartments(part);
        });
        const Timing series = BenchmarkTiming::median(runs, [&] {
            part.hasSeries = false;
            query.addSeries(part);
        });
        out << "\n| dashboard page, " << code << ", median of " << runs
            << " runs | wall | CPU | target |\n"
            << "|---|---|---|---|\n"
            << computeRow(u"compute, everything"_s, snap, t)
            << BenchmarkTiming::row(u"compute without the department table and the chart series"_s,
                                    items, 50)
            << BenchmarkTiming::row(u"department table (addDepartments)"_s, departments, 0)
            << BenchmarkTiming::row(u"chart series (addSeries)"_s, series, 0)
            << DashboardPageBenchmark::rows(db, asOf, runs);
        out.flush();
    }
    repository.setActive(active);
    return 0;
}
