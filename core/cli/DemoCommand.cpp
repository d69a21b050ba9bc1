#include "DemoCommand.h"

#include "CliArguments.h"
#include "CliContext.h"
#include "Database.h"
#include "DemoDataGenerator.h"

#include <QElapsedTimer>
#include <climits>

using namespace Qt::StringLiterals;

QString DemoCommand::summary() const {
    return tr("fill an empty database with realistic demo data");
}

QString DemoCommand::usage() const {
    return u"--appeals N [--seed S]   (only into a database without records; use a new --db)"_s;
}

int DemoCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"appeals"_s, u"seed"_s});
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
    if (!a.ok() || !appeals || !seed) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    DemoDataGenerator generator(*db);
    QElapsedTimer timer;
    timer.start();
    if (!generator.generate({*appeals, quint32(*seed)})) {
        context.err() << generator.errorString() << Qt::endl;
        return Failed;
    }
    const auto s = generator.summary();
    context.out() << tr("Demo data written to %1 in %2 s:")
                         .arg(db->path())
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
