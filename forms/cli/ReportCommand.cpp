#include "forms/cli/ReportCommand.h"

#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/report/ReportPeriod.h"
#include "forms/DocumentFile.h"
#include "forms/DocumentRenderer.h"
#include "forms/report/SummaryReportDocument.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString ReportCommand::summary() const {
    return tr("write the leaders' monthly or quarterly summary report to PDF or ODT");
}

QString ReportCommand::usage() const {
    return u"summary (--month YYYY-MM | --quarter YYYYQn | --from YYYY-MM-DD --to YYYY-MM-DD) "
           "--out FILE.pdf|FILE.odt"_s;
}

QString ReportCommand::description() const {
    return paragraphs({
        tr("Writes the leaders' summary report (诉求办理情况月报/季报) for a month, a quarter or "
           "any"
           " period, as PDF or ODT, laid out as an official document: the period's appeals"
           " by status, domain and channel; overdue items; the departments' figures; the "
           "enterprises' evaluations; the items waiting for a leader's decision; and the "
           "problems that at least three different enterprises raised. Figures stand as of"
           " the period's last day."),
        tr("  --month YYYY-MM                      a month\n"
           "  --quarter YYYYQn                     a quarter, e.g. 2026Q4\n"
           "  --from YYYY-MM-DD --to YYYY-MM-DD    any period (exactly one of the three "
           "forms)\n"
           "  --out FILE.pdf|FILE.odt              the file to write"),
        tr("Example:"),
        tr("  qinqing-cli report summary --month 2026-11 --out 月报.pdf"),
    });
}

int ReportCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"month"_s, u"quarter"_s, u"from"_s, u"to"_s, u"out"_s});
    auto bad = [&](const QString &message) {
        context.err() << message << Qt::endl;
        return BadInput;
    };
    if (!a.ok())
        return bad(a.error());
    if (a.positional() != QStringList{u"summary"_s})
        return bad(tr("give the report to write: summary"));

    const int forms = (a.has(u"month"_s) ? 1 : 0) + (a.has(u"quarter"_s) ? 1 : 0) +
                      (a.has(u"from"_s) || a.has(u"to"_s) ? 1 : 0);
    if (forms != 1)
        return bad(tr("--month, --quarter, --from/--to: give the period in exactly one of these "
                      "forms"));
    ReportPeriod period;
    QString error;
    if (a.has(u"month"_s)) {
        const auto p = ReportPeriod::parseMonth(a.value(u"month"_s), &error);
        if (!p)
            return bad(u"--month: "_s + error);
        period = *p;
    } else if (a.has(u"quarter"_s)) {
        const auto p = ReportPeriod::parseQuarter(a.value(u"quarter"_s), &error);
        if (!p)
            return bad(u"--quarter: "_s + error);
        period = *p;
    } else {
        if (!a.has(u"from"_s) || !a.has(u"to"_s))
            return bad(a.has(u"from"_s) ? tr("--to: the last day of the period is required")
                                        : tr("--from: the first day of the period is required"));
        const auto from = a.date(u"from"_s);
        const auto to = from ? a.date(u"to"_s) : std::nullopt;
        if (!from || !to)
            return bad(a.error());
        if (*from > *to)
            return bad(tr("--from %1 is after --to %2")
                           .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        period = ReportPeriod::range(*from, *to);
    }

    const QString out = a.value(u"out"_s);
    if (out.isEmpty())
        return bad(tr("--out: the output file (.pdf or .odt) is required"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != "pdf"_L1 && suffix != "odt"_L1)
        return bad(tr("--out: %1 must end in .pdf or .odt").arg(out));

    Database *db = context.database();
    if (!db)
        return Failed;
    const auto doc = SummaryReportDocument::fromDatabase(*db, period, &error);
    if (!doc)
        return bad(error);
    DocumentRenderer renderer;
    if (!DocumentFile::write(renderer, {*doc}, out, &error)) {
        context.err() << error << Qt::endl;
        return Failed;
    }
    for (const QString &s : DocumentRenderer::fontSubstitutions())
        context.err() << tr("font substituted: %1").arg(s) << Qt::endl;
    if (suffix == "pdf"_L1)
        context.out() << tr("%1: %2, %3 page(s)").arg(out, doc->name).arg(renderer.pagesPrinted())
                      << Qt::endl;
    else
        context.out() << tr("%1: %2").arg(out, doc->name) << Qt::endl;
    return Ok;
}
