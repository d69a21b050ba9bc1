#include "core/cli/DemoCommand.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/demo/DemoDataGenerator.h"

#include <QElapsedTimer>
#include <climits>

using namespace Qt::StringLiterals;

QString DemoCommand::summary() const {
    return tr("fill an empty database with realistic demo data");
}

QString DemoCommand::usage() const {
    return u"--appeals N [--seed S] [--today YYYY-MM-DD]"_s;
}

QString DemoCommand::description() const {
    return paragraphs({
        tr("Fills an empty database with realistic, invented data: enterprises, "
           "departments, leaders, monthly meetings, appeals, assignments with progress "
           "reports, extensions and evaluations. It refuses a database that already has "
           "appeals, enterprises, departments or meetings, so that invented records never "
           "mix with real ones: use a new --db."),
        tr("  --appeals N      how many appeals\n"
           "  --seed S         another seed gives other data (default: 1)\n"
           "  --today DATE     \"today\" in the demo world (YYYY-MM-DD): the meetings fall"
           " so that, as of\n"
           "                   that date, open items are overdue, due soon and on track"),
        tr("The same seed, count and date always give the same data. Without --today the "
           "date is the current one, but no later than the last date whose deadlines (a "
           "15-day extension of the profile's longest limit included) stay inside the "
           "calendar's last known year, so that no deadline in the demo is uncertain; "
           "importing the next year's calendar moves that limit."),
        tr("Example:"),
        tr("  qinqing-cli --db demo.sqlite init --profile wushen\n"
           "  qinqing-cli --db demo.sqlite demo --appeals 3000 --seed 7"),
    });
}

int DemoCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"appeals"_s, u"seed"_s, u"today"_s});
    if (a.ok() && !a.positional().isEmpty()) {
        context.err() << tr("%1: unexpected argument").arg(a.positional().first()) << Qt::endl;
        return BadInput;
    }
    if (a.ok() && !a.has(u"appeals"_s)) {
        context.err() << tr("--appeals: the number of appeals is required") << Qt::endl;
        return BadInput;
    }
    const auto appeals = a.ok() ? a.nonNegativeInt(u"appeals"_s, 10000000) : std::nullopt;
    const auto seed =
        appeals && a.has(u"seed"_s) ? a.nonNegativeInt(u"seed"_s, INT_MAX) : std::optional<int>(1);
    const auto today =
        appeals && seed && a.has(u"today"_s) ? a.date(u"today"_s) : std::optional<QDate>(QDate());
    if (!a.ok() || !appeals || !seed || !today) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    Database *db = context.writableDatabase();
    if (!db)
        return Failed;
    DemoDataGenerator generator(*db);
    DemoDataGenerator::Options options;
    options.appeals = *appeals;
    options.seed = quint32(*seed);
    options.today = today->isValid() ? *today : generator.latestReferenceDate(Clock::today());
    if (options.today < generator.earliestReferenceDate()) {
        context.err() << tr("--today: %1 is too early; the demo needs a date from %2 on (two "
                            "months into the official calendar's first year)")
                             .arg(options.today.toString(Qt::ISODate),
                                  generator.earliestReferenceDate().toString(Qt::ISODate))
                      << Qt::endl;
        return BadInput;
    }
    if (!generator.staysInCalendar(options.today))
        context.err() << tr("--today: as of %1 some generated deadlines fall beyond the official "
                            "calendar's last known year and are marked uncertain (the latest "
                            "date without is %2)")
                             .arg(
                                 options.today.toString(Qt::ISODate),
                                 generator.latestReferenceDate(options.today).toString(Qt::ISODate))
                      << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    if (!generator.generate(options)) {
        context.err() << generator.errorString() << Qt::endl;
        return Failed;
    }
    const auto s = generator.summary();
    context.out() << tr("Demo data as of %1 written to %2 in %3 s:")
                         .arg(options.today.toString(Qt::ISODate), db->path())
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << '\n'
                  << tr("%1 appeals, %2 enterprises, %3 departments, %4 leaders, %5 meetings, "
                        "%6 topics, %7 assignments, %8 progress reports, %9 extensions, "
                        "%10 evaluations")
                         .arg(s.appeals)
                         .arg(s.enterprises)
                         .arg(s.departments)
                         .arg(s.leaders)
                         .arg(s.meetings)
                         .arg(s.topics)
                         .arg(s.assignments)
                         .arg(s.progressReports)
                         .arg(s.extensions)
                         .arg(s.evaluations)
                  << Qt::endl;
    return Ok;
}
