#include "core/cli/OverdueCommand.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/cli/CliTable.h"
#include "core/queries/OverdueQuery.h"

using namespace Qt::StringLiterals;

QString OverdueCommand::summary() const {
    return tr("list the open assignments past their deadline");
}

QString OverdueCommand::usage() const {
    return u"[--as-of YYYY-MM-DD] [--format tsv|json]"_s;
}

QString OverdueCommand::description() const {
    return paragraphs({
        tr("Lists the open assignments (assigned, in progress, returned, escalated) whose "
           "deadline has passed on the date: appeal number, enterprise, lead department, "
           "the deadline in force and the original one, the working days overdue and "
           "whether an approved extension moved the deadline. The same definition as the "
           "dashboard's."),
        tr("  --as-of YYYY-MM-DD    the date to look from (default: today)\n"
           "  --format tsv|json     the output (default: tsv)"),
    });
}

int OverdueCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"as-of"_s, u"format"_s});
    std::optional<QDate> asOf = Clock::today();
    std::optional<QString> format;
    if (a.ok() && !a.positional().isEmpty()) {
        context.err() << tr("%1: unexpected argument").arg(a.positional().first()) << Qt::endl;
        return BadInput;
    }
    if (a.ok() && a.has(u"as-of"_s))
        asOf = a.date(u"as-of"_s);
    if (a.ok())
        format = a.choice(u"format"_s, CliTable::formats(), u"tsv"_s);
    if (!a.ok() || !asOf || !format) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    OverdueQuery query(*db);
    const auto items = query.run(*asOf);
    if (!query.errorString().isEmpty()) {
        context.err() << query.errorString() << Qt::endl;
        return Failed;
    }
    CliTable table({u"assignment_id"_s, u"appeal_number"_s, u"enterprise"_s, u"lead_department"_s,
                    u"status"_s, u"due_date"_s, u"original_due_date"_s, u"working_days_overdue"_s,
                    u"extended"_s});
    for (const auto &it : items) {
        table.addRow({it.assignmentId, it.appealNumber, it.enterprise, it.leadDepartment, it.status,
                      it.dueDate, it.originalDueDate, it.workingDaysOverdue, it.extended});
    }
    table.write(context.out(), *format);
    return Ok;
}
