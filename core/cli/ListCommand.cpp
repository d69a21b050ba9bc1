#include "core/cli/ListCommand.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/cli/CliTable.h"
#include "core/queries/AppealListQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

const QStringList kAppealOptions = {u"status"_s,
                                    u"search"_s,
                                    u"domain"_s,
                                    u"channel"_s,
                                    u"enterprise"_s,
                                    u"collecting-department"_s,
                                    u"lead-department"_s,
                                    u"meeting"_s,
                                    u"topic"_s,
                                    u"from"_s,
                                    u"to"_s,
                                    u"deadline"_s,
                                    u"as-of"_s,
                                    u"sort"_s};
const QStringList kAppealStatuses = {u"pending"_s, u"accepted"_s, u"rejected"_s, u"redirected"_s,
                                     u"solved"_s};

} // namespace

QString ListCommand::summary() const {
    return tr("list appeals (filtered, searched, sorted), enterprises, departments or profiles");
}

QString ListCommand::usage() const {
    return u"appeals|enterprises|departments|profiles [--format tsv|json] [--limit N] "
           "[--offset N] [FILTERS] [--sort [-]COLUMN]"_s;
}

QString ListCommand::description() const {
    return paragraphs({
        tr("Prints records as a table: tab-separated with a header row (for spreadsheets "
           "and scripts), or as JSON, an array of objects. Appeals can be filtered, "
           "searched and sorted; the filters combine."),
        tr("  --format tsv|json           the output (default: tsv)\n"
           "  --limit N, --offset N       one page of the rows"),
        tr("For appeals only:"),
        tr("  --status S[,S...]           pending, accepted, rejected, redirected, solved"
           "\n"
           "  --search TEXT               number, submitting unit, problem, suggestions and"
           "\n"
           "                              prior handling contain TEXT\n"
           "  --count                     print the number of matching appeals, not the rows"
           "\n"
           "  --estimate                  print about how many match (quick for any search)"
           "\n"
           "  --domain D, --channel C     the domain (领域) or the channel, as keyed in\n"
           "  --enterprise ID, --collecting-department ID, --lead-department ID,\n"
           "  --meeting ID, --topic ID    records by their id (see list enterprises, list "
           "departments)\n"
           "  --from DATE, --to DATE      submitted within these dates (YYYY-MM-DD)\n"
           "  --deadline STATE            overdue, due-soon, on-track or none: the current"
           "\n"
           "                              assignment's deadline as of --as-of DATE "
           "(default: today)\n"
           "  --sort [-]COLUMN, --desc    order by a column, descending with - or --desc:"
           "\n"
           "                              number, submit_date, submitting_unit, "
           "enterprise, domain,\n"
           "                              channel, status, collecting_department, "
           "lead_department,\n"
           "                              assignment_status, due_date (unassigned appeals "
           "last)"),
        tr("A search looks for TEXT anywhere in those five texts, whatever its length, so "
           "a longer term never finds more appeals than a shorter one it contains. A common "
           "term is tested on the rows in the order asked for until the page is full; a rare "
           "one is looked up in the full-text index. --count counts every match, which reads "
           "every row for a common term on a large database; --estimate counts those in a "
           "sample of 2,000 rows spread over the table (exact on a small database or for a "
           "rare term)."),
        tr("Examples:"),
        tr("  qinqing-cli list appeals --deadline overdue --sort due_date\n"
           "  qinqing-cli list appeals --search 用地指标 --format json\n"
           "  qinqing-cli list appeals --search 贷款 --estimate\n"
           "  qinqing-cli list departments"),
    });
}

int ListCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, kAppealOptions + QStringList{u"format"_s, u"limit"_s, u"offset"_s},
                   {u"desc"_s, u"count"_s, u"estimate"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QStringList kinds = {u"appeals"_s, u"enterprises"_s, u"departments"_s, u"profiles"_s};
    if (a.positional().size() != 1 || !kinds.contains(a.positional().first())) {
        context.err() << tr("list: say what to list: %1").arg(kinds.join(u", "_s)) << Qt::endl;
        return BadInput;
    }
    const auto format = a.choice(u"format"_s, CliTable::formats(), u"tsv"_s);
    if (!format) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QString what = a.positional().first();
    if (what == "appeals"_L1)
        return listAppeals(context, a, *format);
    for (const QString &option :
         kAppealOptions + QStringList{u"desc"_s, u"count"_s, u"estimate"_s}) {
        if (a.has(option)) {
            context.err() << tr("--%1: only list appeals takes this option").arg(option)
                          << Qt::endl;
            return BadInput;
        }
    }
    return listSimple(context, what, a, *format);
}

int ListCommand::listAppeals(CliContext &context, CliArguments &a, const QString &format) {
    AppealListQuery::Filter f;
    auto bad = [&]() {
        context.err() << a.error() << Qt::endl;
        return int(BadInput);
    };
    if (a.has(u"status"_s)) {
        for (const QString &s : a.value(u"status"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!kAppealStatuses.contains(s.trimmed())) {
                context.err()
                    << tr("--status: \"%1\" is not one of %2").arg(s, kAppealStatuses.join(u", "_s))
                    << Qt::endl;
                return BadInput;
            }
            f.statuses << s.trimmed();
        }
    }
    f.search = a.value(u"search"_s);
    f.domain = a.value(u"domain"_s);
    f.channel = a.value(u"channel"_s);
    const QList<QPair<QString, qint64 *>> ids = {
        {u"enterprise"_s, &f.enterpriseId},
        {u"collecting-department"_s, &f.collectingDepartmentId},
        {u"lead-department"_s, &f.leadDepartmentId},
        {u"meeting"_s, &f.meetingId},
        {u"topic"_s, &f.topicId}};
    for (const auto &[option, target] : ids) {
        if (!a.has(option))
            continue;
        const auto id = a.nonNegativeInt(option, INT_MAX);
        if (!id)
            return bad();
        *target = *id;
    }
    for (const auto &[option, target] : {QPair<QString, QDate *>{u"from"_s, &f.submittedFrom},
                                         {u"to"_s, &f.submittedTo},
                                         {u"as-of"_s, &f.asOf}}) {
        if (!a.has(option))
            continue;
        const auto d = a.date(option);
        if (!d)
            return bad();
        *target = *d;
    }
    if (a.has(u"deadline"_s)) {
        bool ok = false;
        const auto state = AssignmentState::stateFromCode(a.value(u"deadline"_s), &ok);
        if (!ok) {
            context.err() << tr("--deadline: \"%1\" is not one of overdue, due-soon, on-track, "
                                "none")
                                 .arg(a.value(u"deadline"_s))
                          << Qt::endl;
            return BadInput;
        }
        f.deadlineState = state;
    } else if (a.has(u"as-of"_s)) {
        context.err() << tr("--as-of: only meaningful with --deadline") << Qt::endl;
        return BadInput;
    }
    QString sort = a.value(u"sort"_s, u"number"_s);
    Qt::SortOrder order = a.has(u"desc"_s) ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (sort.startsWith(u'-')) {
        sort.remove(0, 1);
        order = Qt::DescendingOrder;
    }
    const auto column = AppealListQuery::columnFromCode(sort);
    if (!column) {
        QStringList codes;
        for (auto c : AppealListQuery::columns())
            codes << AppealListQuery::columnCode(c);
        context.err() << tr("--sort: \"%1\" is not one of %2").arg(sort, codes.join(u", "_s))
                      << Qt::endl;
        return BadInput;
    }
    const auto limit = a.has(u"limit"_s) ? a.nonNegativeInt(u"limit"_s, INT_MAX) : INT_MAX;
    const auto offset = a.has(u"offset"_s) ? a.nonNegativeInt(u"offset"_s, INT_MAX) : 0;
    if (!limit || !offset)
        return bad();

    Database *db = context.database();
    if (!db)
        return Failed;
    AppealListQuery query(*db);
    query.setFilter(f);
    query.setSort(*column, order);
    if (a.has(u"count"_s) || a.has(u"estimate"_s)) {
        const AppealListQuery::Count counted = a.has(u"count"_s)
                                                   ? AppealListQuery::Count{query.count(), true}
                                                   : query.estimatedCount();
        if (counted.value < 0) {
            context.err() << query.errorString() << Qt::endl;
            return Failed;
        }
        context.out() << AppealListQuery::countText(counted) << Qt::endl;
        return Ok;
    }
    const auto rows = query.fetch(*offset, *limit);
    if (!query.errorString().isEmpty()) {
        context.err() << query.errorString() << Qt::endl;
        return Failed;
    }
    QStringList header{u"id"_s};
    for (auto c : AppealListQuery::columns())
        header << AppealListQuery::columnCode(c);
    CliTable table(header);
    for (const auto &r : rows) {
        QVariantList values{r.id};
        for (auto c : AppealListQuery::columns()) {
            const QVariant v = AppealListQuery::value(r, c);
            const bool missing = (v.metaType().id() == QMetaType::QDate && !v.toDate().isValid()) ||
                                 (c != AppealListQuery::Column::Number && v.toString().isEmpty() &&
                                  (c == AppealListQuery::Column::Enterprise ||
                                   c == AppealListQuery::Column::CollectingDepartment ||
                                   c == AppealListQuery::Column::LeadDepartment ||
                                   c == AppealListQuery::Column::AssignmentStatus));
            values << (missing ? QVariant() : v);
        }
        table.addRow(values);
    }
    table.write(context.out(), format);
    return Ok;
}

int ListCommand::listSimple(CliContext &context, const QString &what, CliArguments &a,
                            const QString &format) {
    const auto limit = a.has(u"limit"_s) ? a.nonNegativeInt(u"limit"_s, INT_MAX) : INT_MAX;
    const auto offset = a.has(u"offset"_s) ? a.nonNegativeInt(u"offset"_s, INT_MAX) : 0;
    if (!limit || !offset) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    if (what == "profiles"_L1) {
        ProfileRepository profiles(*db);
        const QString active = profiles.activeCode();
        CliTable table({u"code"_s, u"name"_s, u"active"_s});
        const auto list = profiles.list();
        for (int i = *offset; i < list.size() && i - *offset < *limit; ++i)
            table.addRow({list.at(i).code, list.at(i).name, list.at(i).code == active});
        table.write(context.out(), format);
        return Ok;
    }
    const bool enterprises = what == "enterprises"_L1;
    const QStringList columns =
        enterprises ? QStringList{u"id"_s,    u"name"_s,     u"uscc"_s,    u"responsible_person"_s,
                                  u"phone"_s, u"industry"_s, u"district"_s}
                    : QStringList{u"id"_s,      u"name"_s,  u"short_name"_s,
                                  u"contact"_s, u"phone"_s, u"level"_s};
    QSqlQuery q(db->sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM %2 ORDER BY id LIMIT ? OFFSET ?"_s.arg(columns.join(u", "_s), what));
    q.addBindValue(*limit);
    q.addBindValue(*offset);
    if (!q.exec()) {
        context.err() << tr("Cannot list %1: %2").arg(what, q.lastError().text()) << Qt::endl;
        return Failed;
    }
    CliTable table(columns);
    while (q.next()) {
        QVariantList values{q.value(0).toLongLong()};
        for (int i = 1; i < columns.size(); ++i)
            values << q.value(i).toString();
        table.addRow(values);
    }
    table.write(context.out(), format);
    return Ok;
}
