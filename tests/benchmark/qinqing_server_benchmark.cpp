// qinqing-server-benchmark --server postgresql://… [--appeals N] [--runs R] [--file PATH]
//
// The server mode against the embedded default in one run on one machine: builds a demo
// office of N appeals (default 100,000) in an SQLite file (or reuses --file), copies it into a
// new database on the server (DatabaseCopier, as `qinqing-cli copy` does), then times the
// same core queries on both: the appeals list's first page, searches of 3+ and of 1-2 Chinese
// characters as typed (first page + the count shown, 约 N where estimated), the exact count of
// a click on 精确统计, the overdue set and a dashboard refresh. Prints a Markdown
// table with the medians of R runs (default 7, after a warm-up) and the ratio server / file;
// the goal is at most 2. Wall-clock times: the server's work is in another process.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/dashboard/DashboardQuery.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AppealListQuery.h"
#include "core/queries/OverdueQuery.h"
#include "core/server/DatabaseCopier.h"
#include "core/server/ServerAddress.h"
#include "core/server/ServerDatabaseCreator.h"
#include "tests/benchmark/BenchmarkTiming.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

int appealCount(Database &db) {
    QSqlQuery q(db.sql());
    return q.exec(u"SELECT COUNT(*) FROM appeals"_s) && q.next() ? q.value(0).toInt() : 0;
}

struct Measure {
    QString what;
    std::function<int(Database &)> work; // returns a count to print
    // The hand-written SQL for the same rows on the server, sent as plain text (one round trip
    // each, no PREPARE): what the engine itself costs. Empty where there is none.
    QStringList raw = {};
};

// Runs the statements and reads every row.
void runRaw(Database &db, const QStringList &statements) {
    for (const QString &sql : statements) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            qFatal("raw SQL failed: %s", qPrintable(sql));
        while (q.next()) {
        }
    }
}

const auto kPage = "SELECT a.id, a.number, a.submit_date, a.submitting_unit, e.name, a.domain, "
                   "a.channel, a.status, cd.name, ld.name, s.status, s.due_date "_L1;
const auto kNames = " LEFT JOIN enterprises e ON e.id = a.enterprise_id"
                    " LEFT JOIN departments cd ON cd.id = a.collecting_department_id"
                    " LEFT JOIN departments ld ON ld.id = s.lead_department_id"_L1;
// The first page by deadline (current assignments walked by due date) and, with `where` and
// `count`, the count of the matching appeals.
QStringList rawByDeadline(const QString &where, bool count = false) {
    const QString current = u"NOT EXISTS (SELECT 1 FROM assignments x WHERE "
                            "x.appeal_id = s.appeal_id AND x.id > s.id)"_s;
    QStringList sql{kPage + "FROM assignments s JOIN appeals a ON a.id = s.appeal_id"_L1 + kNames +
                    " WHERE "_L1 + current + (where.isEmpty() ? QString() : u" AND "_s + where) +
                    " ORDER BY s.due_date, s.id LIMIT 50"_L1};
    if (count)
        sql << u"SELECT count(*) FROM appeals a WHERE "_s + where;
    return sql;
}
QString rawSearch(const QString &term) {
    QStringList ors;
    for (const char *c : {"number", "submitting_unit", "problem", "suggestions", "prior_handling"})
        ors << u"a.%1 LIKE '%%2%'"_s.arg(QLatin1StringView(c), term);
    return u'(' + ors.join(" OR "_L1) + u')';
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"server"_s,
                      u"PostgreSQL server: postgresql://USER@HOST:PORT/ (a new "
                      "database qinqing_bench_<time> is made there)"_s,
                      u"URL"_s});
    parser.addOption(
        {u"appeals"_s, u"appeals to generate (default 100000)"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"runs"_s, u"runs per query, the median is reported"_s, u"R"_s, u"7"_s});
    parser.addOption({u"file"_s, u"SQLite demo file to create or reuse"_s, u"PATH"_s});
    parser.addOption({u"server-db"_s,
                      u"a server database already copied from --file by an earlier run (no "
                      "new copy is made)"_s,
                      u"URL"_s});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int appeals = parser.value(u"appeals"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QDate asOf = DemoDataGenerator::fixedReferenceDate();
    QTemporaryDir tmp;
    const QString path =
        parser.isSet(u"file"_s) ? parser.value(u"file"_s) : tmp.filePath(u"bench.sqlite"_s);

    Database file;
    if (!file.open(path)) {
        err << file.errorString() << Qt::endl;
        return 1;
    }
    if (appealCount(file) == 0) {
        DatabaseInitializer(file).ensureInitialized();
        DemoDataGenerator generator(file);
        if (!generator.generate({appeals, 1, asOf})) {
            err << generator.errorString() << Qt::endl;
            return 1;
        }
        QSqlQuery q(file.sql());
        q.exec(u"PRAGMA optimize"_s);
    }

    Database server;
    double copySeconds = 0;
    if (parser.isSet(u"server-db"_s)) {
        if (!server.open(parser.value(u"server-db"_s))) {
            err << server.errorString() << Qt::endl;
            return 1;
        }
    } else {
        QUrl serverUrl(parser.value(u"server"_s));
        serverUrl.setPath(u"/qinqing_bench_"_s +
                          QString::number(QDateTime::currentSecsSinceEpoch()));
        const ServerAddress address = ServerAddress::parse(serverUrl.toString());
        ServerDatabaseCreator creator;
        if (!address.isValid() || !creator.ensureExists(address)) {
            err << (address.isValid() ? creator.errorString() : address.error()) << Qt::endl;
            return 1;
        }
        if (!server.open(serverUrl.toString()) ||
            !DatabaseInitializer(server).initialize(u"tongliao"_s)) {
            err << server.errorString() << Qt::endl;
            return 1;
        }
        QElapsedTimer copyTime;
        copyTime.start();
        DatabaseCopier copier(file, server);
        if (!copier.copy()) {
            err << copier.errorString() << Qt::endl;
            return 1;
        }
        copySeconds = double(copyTime.elapsed()) / 1000.0;
        QSqlQuery q(server.sql());
        q.exec(u"VACUUM ANALYZE"_s); // what autovacuum does shortly after a copy
        err << "server database: " << serverUrl.toString() << Qt::endl;
    }

    auto search = [](const QString &term) {
        return [term](Database &db) {
            AppealListQuery q(db);
            AppealListQuery::Filter f;
            f.search = term;
            q.setFilter(f);
            q.setSort(AppealListQuery::Column::DueDate);
            q.fetch(0, 50);
            return int(q.estimatedCount().value);
        };
    };
    // The click on 精确统计 beside the estimate.
    auto exactCount = [](const QString &term) {
        return [term](Database &db) {
            AppealListQuery q(db);
            AppealListQuery::Filter f;
            f.search = term;
            q.setFilter(f);
            return q.count();
        };
    };
    const QList<Measure> measures = {
        {u"list: first page sorted by deadline"_s,
         [](Database &db) {
             AppealListQuery q(db);
             q.setSort(AppealListQuery::Column::DueDate);
             return int(q.fetch(0, 50).size());
         },
         rawByDeadline({})},
        {u"list: first page by number + count"_s,
         [](Database &db) {
             AppealListQuery q(db);
             q.setSort(AppealListQuery::Column::Number);
             q.fetch(0, 50);
             return q.count();
         },
         {kPage +
              "FROM appeals a LEFT JOIN assignments s ON s.id = (SELECT max(x.id) FROM "
              "assignments x WHERE x.appeal_id = a.id)"_L1 +
              kNames + " ORDER BY a.number LIMIT 50"_L1,
          u"SELECT count(*) FROM appeals"_s}},
        {u"search \"用地指标\" (4 characters)"_s, search(u"用地指标"_s),
         rawByDeadline(rawSearch(u"用地指标"_s))},
        {u"search \"融资难\" (3 characters)"_s, search(u"融资难"_s),
         rawByDeadline(rawSearch(u"融资难"_s))},
        {u"search \"贷款\" (2 characters)"_s, search(u"贷款"_s),
         rawByDeadline(rawSearch(u"贷款"_s))},
        {u"search \"电\" (1 character)"_s, search(u"电"_s), rawByDeadline(rawSearch(u"电"_s))},
        {u"search \"邮\" (1 character, rare)"_s, search(u"邮"_s),
         rawByDeadline(rawSearch(u"邮"_s))},
        {u"exact count \"贷款\" (a click)"_s,
         exactCount(u"贷款"_s),
         {u"SELECT count(*) FROM appeals a WHERE "_s + rawSearch(u"贷款"_s)}},
        {u"exact count \"电\" (a click)"_s,
         exactCount(u"电"_s),
         {u"SELECT count(*) FROM appeals a WHERE "_s + rawSearch(u"电"_s)}},
        {u"overdue set"_s,
         [asOf](Database &db) {
             return int(OverdueQuery(db).run(asOf).size());
         }},
        {u"dashboard refresh (buckets, departments, charts)"_s,
         [asOf](Database &db) {
             DashboardQuery q(db);
             DashboardQuery::Options o;
             o.asOf = asOf;
             return int(q.compute(o).items.size());
         }},
    };
    out << "| " << QLocale::c().toString(appealCount(file)) << " appeals, median of " << runs
        << " runs (wall) | SQLite file | PostgreSQL | server / file | raw SQL on the server | "
           "server / raw | rows |\n"
        << "|---|---|---|---|---|---|---|\n";
    bool within = true;
    for (const Measure &m : measures) {
        int fileRows = 0;
        int serverRows = 0;
        const Timing f = BenchmarkTiming::median(runs, [&] { fileRows = m.work(file); });
        const Timing s = BenchmarkTiming::median(runs, [&] { serverRows = m.work(server); });
        const double ratio = f.wall > 0 ? s.wall / f.wall : 0;
        within = within && (ratio <= 2.0 || s.wall < 5.0);
        QString raw = u"— | —"_s;
        if (!m.raw.isEmpty()) {
            const Timing r = BenchmarkTiming::median(runs, [&] { runRaw(server, m.raw); });
            raw = BenchmarkTiming::ms(r.wall) + u" | "_s +
                  QString::number(r.wall > 0 ? s.wall / r.wall : 0, 'f', 2);
        }
        out << "| " << m.what << " | " << BenchmarkTiming::ms(f.wall) << " | "
            << BenchmarkTiming::ms(s.wall) << " | " << QString::number(ratio, 'f', 2) << " | "
            << raw << " | "
            << (fileRows == serverRows ? QString::number(fileRows)
                                       : u"%1 ≠ %2"_s.arg(fileRows).arg(serverRows))
            << " |\n";
    }
    if (copySeconds > 0)
        out << "\nCopy of the file to the server: " << QString::number(copySeconds, 'f', 1)
            << " s\n";
    return within ? 0 : 3;
}
