#include "core/cli/ExportCommand.h"

#include "core/NumberText.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/cli/CliInterrupt.h"
#include "core/cli/PrintingLibrary.h"
#include "core/export/ExportQuery.h"
#include "core/export/MaskedSource.h"
#include "core/export/TableExporter.h"

#include <cstdio>
#include <unistd.h>

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
           ".csv (UTF-8 that Excel and WPS open directly) or .pdf (landscape A4). Rows go "
           "from the database to the file one at a time, so a million rows take little "
           "memory; on a terminal the rows written so far are shown, and Ctrl+C stops the "
           "export. The file appears only when complete: a failed, stopped or killed export "
           "leaves nothing behind and an older file of the same name as it was."),
        tr("CSV cells that a spreadsheet would run as a formula (starting with = + - @) get "
           "a leading '; .xlsx keeps them as text."),
        tr("  --meeting ID              only that meeting's items\n"
           "  --from DATE, --to DATE    only items within these dates (YYYY-MM-DD)\n"
           "  --public                  only the columns the profile allows to publish, "
           "with personal\n"
           "                            data masked: every person and phone number the "
           "record holds,\n"
           "                            wherever its texts name them (张*, 欧阳**), and "
           "phone, ID and\n"
           "                            card numbers and e-mail addresses (139****5678)\n"
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
    const auto format = TableExporter::formatForPath(out);
    if (!format)
        return bad(tr("--out: %1 must end in .xlsx, .csv or .pdf").arg(out));
    // The PDF writer comes with the printing library (main() loads it for a .pdf).
    QString missing;
    if (*format == TableExporter::Format::Pdf && !PrintingLibrary::verbs(&missing)) {
        context.err() << missing << Qt::endl;
        return Failed;
    }
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
    const bool publication = a.has(u"public"_s);
    std::unique_ptr<ExportSource> source = query.source(
        *kind, filter,
        publication ? ExportQuery::Purpose::Publication : ExportQuery::Purpose::Office);
    std::unique_ptr<MaskedSource> masked;
    if (publication)
        masked =
            std::make_unique<MaskedSource>(*source, ProfileRepository(*db).active().publicFields);
    ExportSource &rows = masked ? static_cast<ExportSource &>(*masked) : *source;
    TableExporter::Options options;
    options.sheetPerGroup = a.has(u"sheet-per-department"_s);

    // Ctrl+C stops the export cleanly (no file is left); on a terminal the rows written so
    // far are shown on one line of stderr, since a long PDF takes minutes.
    CliInterrupt interrupt;
    const bool terminal = isatty(STDERR_FILENO) == 1;
    int written = 0;
    const auto progress = [&](int done, int total) {
        written = done;
        if (terminal) {
            const QString line =
                total > 0
                    ? tr("%1 of %2 rows").arg(NumberText::grouped(done), NumberText::grouped(total))
                    : tr("%1 rows").arg(NumberText::grouped(done));
            std::fprintf(stderr, "\r%s\033[K", line.toLocal8Bit().constData());
            std::fflush(stderr);
        }
        return !CliInterrupt::requested();
    };
    QString error;
    const bool ok = TableExporter::write(rows, out, options, progress, &error);
    if (terminal && written > 0) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
    if (!ok) {
        context.err() << error << Qt::endl;
        return Failed;
    }
    context.out() << tr("%n row(s) -> %1", nullptr, written).arg(out) << Qt::endl;
    return Ok;
}
