#include "app/qinqing-cli/ExportCommand.h"

#include "app/qinqing-cli/CliArguments.h"
#include "app/qinqing-cli/CliContext.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/export/ExportQuery.h"
#include "core/export/PublicMasker.h"
#include "core/export/TableExporter.h"

using namespace Qt::StringLiterals;

QString ExportCommand::summary() const {
    return tr("export the problem list, assignments or evaluations to .xlsx, .csv or .pdf");
}

QString ExportCommand::usage() const {
    return u"problem-list|assignments|evaluations [--meeting ID] [--from YYYY-MM-DD] "
           "[--to YYYY-MM-DD] [--public] [--sheet-per-department] --out FILE.xlsx|FILE.csv|FILE.pdf"_s;
}

QString ExportCommand::description() const {
    return paragraphs({
        tr("Writes a list for the leaders or for publication: problem-list (the appeals "
           "and how they were handled), assignments, or evaluations. The file type follows"
           " the name: .xlsx (a header row that stays in view, filters, dates as dates), "
           ".csv (UTF-8 that Excel and WPS open directly) or .pdf (landscape A4). The file"
           " is written under a temporary name and renamed when complete, so a failed "
           "export leaves nothing behind."),
        tr("  --meeting ID              only that meeting's items\n"
           "  --from DATE, --to DATE    only items within these dates (YYYY-MM-DD)\n"
           "  --public                  only the columns the profile allows to publish, "
           "with names\n"
           "                            (张*) and phone and ID numbers (139****5678) "
           "masked, also in\n"
           "                            the problem texts\n"
           "  --sheet-per-department    .xlsx: one sheet per lead department\n"
           "  --out FILE                the file to write"),
        tr("Example:"),
        tr("  qinqing-cli export problem-list --meeting 12 --public --out 问题清单.xlsx"),
    });
}

bool ExportCommand::needsGuiApplication(const QStringList &args) const {
    for (int i = 0; i < args.size(); ++i) {
        QString out;
        if (args.at(i) == "--out"_L1 && i + 1 < args.size())
            out = args.at(i + 1);
        else if (args.at(i).startsWith("--out="_L1))
            out = args.at(i).mid(6);
        if (out.endsWith(".pdf"_L1, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int ExportCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"meeting"_s, u"from"_s, u"to"_s, u"out"_s},
                   {u"public"_s, u"sheet-per-department"_s});
    auto bad = [&](const QString &message) {
        context.err() << message << Qt::endl;
        return BadInput;
    };
    if (!a.ok())
        return bad(a.error());
    if (a.positional().size() != 1)
        return bad(tr("give one list to export: %1").arg(ExportQuery::kindNames().join(u", "_s)));
    const auto kind = ExportQuery::kindFromName(a.positional().first());
    if (!kind)
        return bad(tr("%1: unknown list; use one of %2")
                       .arg(a.positional().first(), ExportQuery::kindNames().join(u", "_s)));
    const QString out = a.value(u"out"_s);
    if (out.isEmpty())
        return bad(tr("--out: the file to write is required"));
    if (!TableExporter::formatForPath(out))
        return bad(tr("--out: %1 must end in .xlsx, .csv or .pdf").arg(out));
    ExportQuery::Filter filter;
    if (a.has(u"from"_s)) {
        const auto from = a.date(u"from"_s);
        if (!from)
            return bad(a.error());
        filter.from = *from;
    }
    if (a.has(u"to"_s)) {
        const auto to = a.date(u"to"_s);
        if (!to)
            return bad(a.error());
        filter.to = *to;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return bad(tr("--from %1 is after --to %2")
                       .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    if (a.has(u"meeting"_s)) {
        bool ok = false;
        filter.meetingId = a.value(u"meeting"_s).toLongLong(&ok);
        if (!ok || filter.meetingId <= 0)
            return bad(tr("--meeting: \"%1\" is not a meeting number").arg(a.value(u"meeting"_s)));
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    ExportQuery query(*db);
    std::optional<ExportTable> table = query.build(*kind, filter);
    if (!table) {
        context.err() << query.errorString() << Qt::endl;
        return Failed;
    }
    if (a.has(u"public"_s))
        table = PublicMasker::apply(*table, ProfileRepository(*db).active().publicFields);
    TableExporter::Options options;
    options.sheetPerGroup = a.has(u"sheet-per-department"_s);
    QString error;
    if (!TableExporter::write(*table, out, options, {}, &error)) {
        context.err() << error << Qt::endl;
        return Failed;
    }
    context.out() << tr("%n row(s) -> %1", nullptr, int(table->rows.size())).arg(out) << Qt::endl;
    return Ok;
}
