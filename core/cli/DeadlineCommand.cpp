#include "core/cli/DeadlineCommand.h"

#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"

using namespace Qt::StringLiterals;

QString DeadlineCommand::summary() const {
    return tr("compute a deadline in working days or calendar days (start day not counted)");
}

QString DeadlineCommand::usage() const {
    return u"--from YYYY-MM-DD (--working-days N | --calendar-days N)"_s;
}

QString DeadlineCommand::description() const {
    return paragraphs({
        tr("Prints the deadline that falls the given number of days after a start date, "
           "counted as the Civil Code counts it (articles 201 and 203): the start day is "
           "not counted; N working days end on the Nth working day after it, on the "
           "official calendar with its holidays and working weekends (调休); N calendar days"
           " end N days after it, moved to the next working day when that day is a day "
           "off."),
        tr("  --from YYYY-MM-DD     the start date\n"
           "  --working-days N      count working days\n"
           "  --calendar-days N     count calendar days (exactly one of the two)"),
        tr("Exit status 3: the count runs into a year the calendar does not have yet. The "
           "date printed is then an estimate on weekends alone, and standard error names "
           "the missing year; import that year with calendar import."),
        tr("Example (the National Day holiday is skipped):"),
        tr("  qinqing-cli deadline --from 2024-09-27 --working-days 7\n"
           "  2024-10-12"),
    });
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
