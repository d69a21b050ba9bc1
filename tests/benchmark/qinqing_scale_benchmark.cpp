// qinqing-scale-benchmark [--sizes 10000,100000,1000000] [--dir DIR] [--runs R] [--cli PATH]
//
// For each size, a demo database DIR/demo-N.sqlite (generated once: seed 1, the reference
// date; the generation is timed) and every interactive operation of the list, the search as
// typed, the overdue set, opening a record and the dashboard: ours beside the hand-written SQL
// that gives the same rows on the same file (the fastest of the ways a person would write it),
// both the median of R runs after a warm-up, with the rows compared. Then the growth of each
// operation's CPU time per 10× of data. With --cli, a trivial qinqing-cli command against a
// sqlite3 process. Markdown on standard output; see tests/benchmark/README.md.

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/dashboard/DashboardQuery.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AppealListQuery.h"
#include "core/queries/OverdueQuery.h"
#include "core/records/AppealRepository.h"
#include "tests/benchmark/RawComparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>
#include <cmath>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using Column = AppealListQuery::Column;

namespace {

// The columns the appeals list shows, as a person would select them.
const QString kListSelect =
    u"SELECT a.id, a.number, a.submit_date, a.submitting_unit, e.name, a.domain, a.channel, "
    "a.status, cd.name, ld.name, s.status, s.due_date "_s;
const QString kCurrent = u"LEFT JOIN assignments s ON s.id = (SELECT MAX(x.id) FROM assignments "
                         "x WHERE x.appeal_id = a.id) "_s;
const QString kNames = u"LEFT JOIN enterprises e ON e.id = a.enterprise_id "
                       "LEFT JOIN departments cd ON cd.id = a.collecting_department_id "
                       "LEFT JOIN departments ld ON ld.id = s.lead_department_id "_s;
const QString kLike = u"(a.number LIKE ? OR a.submitting_unit LIKE ? OR a.problem LIKE ? OR "
                      "a.suggestions LIKE ? OR a.prior_handling LIKE ?)"_s;

QVariantList likeBinds(const QString &term) {
    const QString pattern = u'%' + term + u'%';
    return {pattern, pattern, pattern, pattern, pattern};
}

QList<qint64> ids(const QList<AppealListQuery::Row> &rows) {
    QList<qint64> list;
    for (const auto &r : rows)
        list << r.id;
    return list;
}

double childCpuMs() {
    struct rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// A process run R times: median wall and CPU (user + system of the child).
Timing processTiming(const QString &program, const QStringList &args, int runs) {
    QList<double> walls, cpus;
    for (int i = 0; i <= runs; ++i) {
        QProcess p;
        const double c0 = childCpuMs();
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        p.waitForFinished(60000);
        if (i == 0)
            continue; // warm-up
        walls << double(t.nsecsElapsed()) / 1e6;
        cpus << childCpuMs() - c0;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

struct SizeResult {
    int appeals = 0;
    QString generated;
    QList<RawComparison::Result> results;
};

SizeResult measure(const QString &path, int appeals, int runs, const QDate &asOf) {
    SizeResult size;
    size.appeals = appeals;
    Database db;
    if (!db.open(path))
        qFatal("%s", qPrintable(db.errorString()));
    QSqlQuery q(db.sql());
    const bool empty =
        q.exec(u"SELECT COUNT(*) FROM appeals"_s) && q.next() && q.value(0).toInt() == 0;
    q.finish(); // an open statement would keep the generator from dropping indexes
    if (empty) {
        DatabaseInitializer(db).ensureInitialized();
        const double c0 = BenchmarkTiming::cpuMs();
        QElapsedTimer t;
        t.start();
        DemoDataGenerator generator(db);
        if (!generator.generate({appeals, 1, asOf}))
            qFatal("%s", qPrintable(generator.errorString()));
        size.generated = u"%1 s wall, %2 s CPU"_s.arg(double(t.elapsed()) / 1e3, 0, 'f', 1)
                             .arg((BenchmarkTiming::cpuMs() - c0) / 1e3, 0, 'f', 1);
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.exec(u"PRAGMA optimize"_s);
    }
    RawComparison cmp(db, runs);
    auto page = [&](Column sort, Qt::SortOrder order, const QString &term) {
        return [&db, sort, order, term] {
            AppealListQuery query(db);
            AppealListQuery::Filter f;
            f.search = term;
            query.setFilter(f);
            query.setSort(sort, order);
            return ids(query.fetch(0, 50));
        };
    };
    auto &out = size.results;
    out << cmp.compare(u"list: first page, newest first"_s,
                       page(Column::Number, Qt::DescendingOrder, {}),
                       {{kListSelect + u"FROM appeals a "_s + kCurrent + kNames +
                             u"ORDER BY a.number DESC LIMIT 50"_s,
                         {}}});
    out << cmp.compare(u"list: sort by submitting unit"_s,
                       page(Column::SubmittingUnit, Qt::AscendingOrder, {}),
                       {{kListSelect + u"FROM appeals a "_s + kCurrent + kNames +
                             u"ORDER BY a.submitting_unit, a.id LIMIT 50"_s,
                         {}}});
    out << cmp.compare(
        u"list: sort by deadline"_s, page(Column::DueDate, Qt::AscendingOrder, {}),
        {{kListSelect + u"FROM assignments s JOIN appeals a ON a.id = s.appeal_id "_s + kNames +
              u"WHERE NOT EXISTS (SELECT 1 FROM assignments x WHERE x.appeal_id "
              "= s.appeal_id AND x.id > s.id) ORDER BY s.due_date, s.id LIMIT 50"_s,
          {}}});
    // The search as a clerk types it, a common phrase, prior handling only, a rare number.
    q.exec(u"SELECT number FROM appeals WHERE id = (SELECT MAX(id) / 2 FROM appeals)"_s);
    const QString rareNumber = q.next() ? q.value(0).toString() : u"0001"_s;
    for (const QString &term :
         {u"用"_s, u"用地"_s, u"用地指"_s, u"用地指标"_s, u"贷款"_s, u"明确答复"_s, rareNumber}) {
        QList<RawComparison::Raw> raws{{kListSelect + u"FROM appeals a "_s + kCurrent + kNames +
                                            u"WHERE "_s + kLike +
                                            u" ORDER BY a.number DESC LIMIT 50"_s,
                                        likeBinds(term)}};
        if (term.size() >= 3)
            raws << RawComparison::Raw{
                kListSelect + u"FROM appeals a "_s + kCurrent + kNames +
                    u"WHERE a.id IN (SELECT rowid FROM appeal_search WHERE appeal_search MATCH "
                    "?) ORDER BY a.number DESC LIMIT 50"_s,
                {u'"' + term + u'"'}};
        out << cmp.compare(u"search \"%1\": first page, newest first"_s.arg(term),
                           page(Column::Number, Qt::DescendingOrder, term), raws);
        out << cmp.alone(u"search \"%1\": the count shown (约)"_s.arg(term), [&db, term] {
            AppealListQuery query(db);
            AppealListQuery::Filter f;
            f.search = term;
            query.setFilter(f);
            return int(query.estimatedCount().value);
        });
    }
    out << cmp.compare(
        u"search \"贷款\": exact count (on demand)"_s,
        [&db] {
            AppealListQuery query(db);
            AppealListQuery::Filter f;
            f.search = u"贷款"_s;
            query.setFilter(f);
            return QList<qint64>{query.count()};
        },
        {{u"SELECT COUNT(*) FROM appeals a WHERE "_s + kLike, likeBinds(u"贷款"_s)}});
    out << cmp.compare(
        u"overdue set"_s,
        [&db, asOf] {
            QList<qint64> list;
            for (const auto &item : OverdueQuery(db).run(asOf))
                list << item.assignmentId;
            return list;
        },
        // The same rows and columns: open, overdue and not escalated on the date (the 催办
        // list leaves escalated items to the higher level), with the approved extensions.
        {{u"SELECT s.id, a.id, COALESCE(a.number, t.title, ''), COALESCE(e.name, "
          "a.submitting_unit, ''), d.name, s.status, s.due_date, s.original_due_date, "
          "(SELECT COUNT(*) FROM extensions x WHERE x.assignment_id = s.id AND x.status = "
          "'approved' AND x.decided_on <= ? AND x.decided_on >= s.deadline_start) "
          "FROM assignments s LEFT JOIN appeals a ON a.id = s.appeal_id "
          "LEFT JOIN topics t ON t.id = s.topic_id "
          "LEFT JOIN enterprises e ON e.id = a.enterprise_id "
          "LEFT JOIN departments d ON d.id = s.lead_department_id "
          "WHERE s.status IN ('assigned', 'in_progress', 'returned', 'escalated') "
          "AND s.due_date < ? AND NOT (s.escalated_on <> '' AND s.escalated_on <= ? AND "
          "CASE WHEN s.escalated_until <> '' THEN ? < s.escalated_until ELSE s.status = "
          "'escalated' END OR s.escalated_on = '' AND s.status = 'escalated') "
          "ORDER BY s.due_date, s.id"_s,
          QVariantList(4, asOf.toString(Qt::ISODate))}});
    q.exec(u"SELECT MAX(id) FROM appeals"_s);
    const qint64 recordId = q.next() ? q.value(0).toLongLong() : 1;
    out << cmp.compare(
        u"open a record (appeal and its current assignment)"_s,
        [&db, recordId] {
            AppealRepository repo(db);
            const auto appeal = repo.find(recordId);
            repo.currentAssignment(recordId);
            return appeal ? QList<qint64>{appeal->id} : QList<qint64>{};
        },
        {{u"SELECT a.*, s.* FROM appeals a "_s + kCurrent + u"WHERE a.id = ?"_s, {recordId}}});
    out << cmp.alone(u"dashboard: compute for a refresh"_s, [&db, asOf] {
        DashboardQuery::Options o;
        o.asOf = asOf;
        o.departments = false;
        o.series = false;
        return int(DashboardQuery(db).compute(o).items.size());
    });
    out << cmp.alone(u"dashboard: compute with departments and charts"_s, [&db, asOf] {
        DashboardQuery::Options o;
        o.asOf = asOf;
        return int(DashboardQuery(db).compute(o).items.size());
    });
    return size;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"sizes"_s, u"appeal counts (default 10000,100000,1000000)"_s, u"N,..."_s,
                      u"10000,100000,1000000"_s});
    parser.addOption(
        {u"dir"_s, u"folder of the demo databases (default /tmp)"_s, u"DIR"_s, u"/tmp"_s});
    parser.addOption({u"runs"_s, u"runs per operation, the median is reported"_s, u"R"_s, u"7"_s});
    parser.addOption({u"cli"_s, u"qinqing-cli to time against a sqlite3 process"_s, u"PATH"_s});
    parser.process(app);
    QTextStream out(stdout);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QDate asOf = DemoDataGenerator::fixedReferenceDate();
    QList<SizeResult> sizes;
    for (const QString &n : parser.value(u"sizes"_s).split(u',')) {
        const int appeals = n.toInt();
        if (appeals <= 0)
            continue;
        const QString path = QDir(parser.value(u"dir"_s)).filePath(u"demo-%1.sqlite"_s.arg(n));
        SizeResult size = measure(path, appeals, runs, asOf);
        out << "### " << QLocale::c().toString(appeals) << " appeals ("
            << QFileInfo(path).size() / (1 << 20) << " MB), median of " << runs << " runs\n\n";
        if (!size.generated.isEmpty())
            out << "Generated: " << size.generated << "\n\n";
        out << RawComparison::header();
        for (const auto &r : size.results)
            out << RawComparison::row(r);
        if (parser.isSet(u"cli"_s)) {
            const Timing cli = processTiming(
                parser.value(u"cli"_s),
                {u"--db"_s, path, u"list"_s, u"appeals"_s, u"--limit"_s, u"50"_s}, runs);
            const Timing raw = processTiming(u"sqlite3"_s,
                                             {path, kListSelect + u"FROM appeals a "_s + kCurrent +
                                                        kNames + u"ORDER BY a.number LIMIT 50"_s},
                                             runs);
            out << u"| qinqing-cli list appeals --limit 50 (a process) | 50 | %1 | %2 | %3 | %4 "
                   "| %5× | |\n"_s
                       .arg(BenchmarkTiming::ms(cli.wall), BenchmarkTiming::ms(cli.cpu),
                            BenchmarkTiming::ms(raw.wall), BenchmarkTiming::ms(raw.cpu))
                       .arg(cli.cpu / std::max(0.01, raw.cpu), 0, 'f', 2);
        }
        out << "\n" << Qt::flush;
        sizes << size;
    }
    if (sizes.size() < 2)
        return 0;
    // Growth: CPU at each size and the factor per 10× of data (geometric mean over the steps).
    out << "### Growth of ours' CPU time per 10× of data\n\n| operation |";
    for (const auto &s : sizes)
        out << " " << QLocale::c().toString(s.appeals) << " |";
    out << " per 10× |\n|---|";
    for (int i = 0; i <= sizes.size(); ++i)
        out << "---|";
    out << "\n";
    for (int op = 0; op < sizes.first().results.size(); ++op) {
        out << "| " << sizes.first().results.at(op).what << " |";
        for (const auto &s : sizes)
            out << " " << BenchmarkTiming::ms(s.results.value(op).ours.cpu) << " |";
        const double first = std::max(0.01, sizes.first().results.at(op).ours.cpu);
        const double last = std::max(0.01, sizes.last().results.value(op).ours.cpu);
        const double decades = std::log10(double(sizes.last().appeals) / sizes.first().appeals);
        out << u" %1× |\n"_s.arg(std::pow(last / first, 1.0 / decades), 0, 'f', 2);
    }
    return 0;
}
