#include "app/qinqing-cli/DeadlineCommand.h"

#include "app/qinqing-cli/CliArguments.h"
#include "app/qinqing-cli/CliContext.h"
#include "core/CalendarRepository.h"
#include "core/Database.h"

using namespace Qt::StringLiterals;

QString DeadlineCommand::summary() const {
    return tr("compute a deadline in working days or calendar days (start day not counted)");
}

QString DeadlineCommand::usage() const {
    return u"--from YYYY-MM-DD (--working-days N | --calendar-days N)"_s;
}

int DeadlineCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"from"_s, u"working-days"_s, u"calendar-days"_s});
    if (a.ok() && !a.has(u"from"_s))
        context.err() << tr("--from: the start date is required") << Qt::endl;
    else if (a.ok() && a.has(u"working-days"_s) == a.has(u"calendar-days"_s))
        context.err() << tr("give exactly one of --working-days N and --calendar-days N")
                      << Qt::endl;
    else if (a.ok() && !a.positional().isEmpty())
        context.err() << tr("%1: unexpected argument").arg(a.positional().first()) << Qt::endl;
    else if (a.ok()) {
        const bool working = a.has(u"working-days"_s);
        const auto from = a.date(u"from"_s);
        const auto n =
            from ? a.nonNegativeInt(working ? u"working-days"_s : u"calendar-days"_s, 3650)
                 : std::nullopt;
        if (from && n) {
            Database *db = context.database();
            if (!db)
                return Failed;
            const WorkCalendar calendar = CalendarRepository(*db).load();
            const Deadline d =
                working ? calendar.addWorkingDays(*from, *n) : calendar.addCalendarDays(*from, *n);
            context.out() << d.date.toString(Qt::ISODate) << Qt::endl;
            if (!d.certain) {
                context.err() << tr("uncertain: %1").arg(d.reason) << Qt::endl;
                return Uncertain;
            }
            return Ok;
        }
    }
    if (!a.ok())
        context.err() << a.error() << Qt::endl;
    return BadInput;
}
