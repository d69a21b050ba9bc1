#include "forms/cli/PrintCommand.h"

#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "forms/DocumentFile.h"
#include "forms/DocumentRenderer.h"
#include "forms/FormPrinter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString PrintCommand::summary() const {
    return tr("print an official form or document to PDF (minutes, opinions and reminders also to "
              "ODT)");
}

QString PrintCommand::usage() const {
    return u"%1 [--id ID | --meeting ID | --blank] [--variant 000|004] [--as-of YYYY-MM-DD] "
           "--out FILE.pdf|FILE.odt"_s.arg(FormPrinter::kindNames().join(u'|'));
}

QString PrintCommand::description() const {
    return paragraphs({
        tr("Prints an official document, filled from the records or blank for handing out "
           "on paper, as PDF on A4; the minutes, the opinions and the reminder notice also"
           " as ODT for editing in WPS or Word. Official documents are always in Chinese."),
        tr("  form1       附件1 议题表 / 报名申请表 of an appeal (--id) \n"
           "  form2       附件2 办理情况表 of an assignment (--id), or of every assignment of a "
           "meeting\n"
           "  form3       附件3 评价表 of an evaluation (--id)\n"
           "  notice      通告 of a meeting (--meeting)\n"
           "  booking     来访企业预约登记表 of an appeal (--id)\n"
           "  dispatch    企业诉求交办单 of an assignment (--id), or of every one of a meeting\n"
           "  minutes     会议纪要 of a meeting (--meeting)\n"
           "  list        涉企问题工作台账 of a meeting (--meeting)\n"
           "  opinions    企业诉求事项处理意见 of a meeting (--meeting)\n"
           "  reminder    催办通知 for an overdue assignment (--id), or every overdue one of a"
           " meeting"),
        tr("  --id ID            the record (appeal, assignment or evaluation, as above)\n"
           "  --meeting ID       the meeting; form2 and dispatch then print every sheet of"
           " the\n"
           "                     meeting into one file, ordered by lead department\n"
           "  --blank            the empty form\n"
           "  --variant 000|004  the other wording of 附件1-3 for this print (the profile "
           "chooses one)\n"
           "  --as-of DATE       reminder: the date it is overdue on and dated (default: "
           "today)\n"
           "  --out FILE         FILE.pdf, or FILE.odt for minutes, opinions and reminder"),
        tr("Fonts: 仿宋_GB2312, 小标宋, 黑体 and 楷体 when installed; otherwise a free face, named "
           "on standard error (\"font substituted\")."),
        tr("Examples:"),
        tr("  qinqing-cli print form2 --meeting 3 --out 办理情况表.pdf\n"
           "  qinqing-cli print minutes --meeting 3 --out 纪要.odt\n"
           "  qinqing-cli print form1 --blank --out 报名申请表.pdf"),
    });
}

int PrintCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"id"_s, u"meeting"_s, u"variant"_s, u"as-of"_s, u"out"_s}, {u"blank"_s});
    QTextStream &err = context.err();
    if (!a.ok()) {
        err << a.error() << Qt::endl;
        return BadInput;
    }
    if (a.positional().size() != 1) {
        err << tr("give exactly one document: %1").arg(FormPrinter::kindNames().join(u", "_s))
            << Qt::endl;
        return BadInput;
    }
    const auto kind = FormPrinter::kindFromName(a.positional().first());
    if (!kind) {
        err << tr("%1: unknown document; expected one of %2")
                   .arg(a.positional().first(), FormPrinter::kindNames().join(u", "_s))
            << Qt::endl;
        return BadInput;
    }
    const QString out = a.value(u"out"_s);
    if (out.isEmpty()) {
        err << tr("--out: the output file (.pdf or .odt) is required") << Qt::endl;
        return BadInput;
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != "pdf"_L1 && suffix != "odt"_L1) {
        err << tr("--out: %1 must end in .pdf or .odt").arg(out) << Qt::endl;
        return BadInput;
    }
    if (suffix == "odt"_L1 && !FormPrinter::supportsOdt(*kind)) {
        err << tr("--out: %1 can only be written as PDF; ODT is for minutes, opinions and "
                  "reminders")
                   .arg(a.positional().first())
            << Qt::endl;
        return BadInput;
    }
    const auto variant = a.has(u"variant"_s) ? a.choice(u"variant"_s, {u"000"_s, u"004"_s}, {})
                                             : std::optional<QString>(QString());
    if (!variant) {
        err << a.error() << Qt::endl;
        return BadInput;
    }
    FormPrinter::Request request;
    request.kind = *kind;
    request.blank = a.has(u"blank"_s);
    request.variant = *variant;
    for (const QString &option : {u"id"_s, u"meeting"_s}) {
        if (!a.has(option))
            continue;
        bool ok = false;
        const qint64 value = a.value(option).toLongLong(&ok);
        if (!ok || value <= 0) {
            err << tr("--%1: %2 is not a record id (a positive whole number)")
                       .arg(option, a.value(option))
                << Qt::endl;
            return BadInput;
        }
        (option == "id"_L1 ? request.id : request.meetingId) = value;
    }
    if (a.has(u"as-of"_s)) {
        if (request.kind != FormPrinter::Kind::Reminder) {
            err << tr("--as-of: only the reminder notice is dated by it") << Qt::endl;
            return BadInput;
        }
        const auto asOf = a.date(u"as-of"_s);
        if (!asOf) {
            err << a.error() << Qt::endl;
            return BadInput;
        }
        request.asOf = *asOf;
    }
    if (request.blank && (request.id || request.meetingId)) {
        err << tr("--blank prints the empty form; leave out --id and --meeting") << Qt::endl;
        return BadInput;
    }

    Database *db = context.database();
    if (!db)
        return Failed;
    FormPrinter printer(*db);
    const QList<PrintableDocument> docs = printer.documents(request);
    if (docs.isEmpty()) {
        err << printer.errorString() << Qt::endl;
        return BadInput;
    }
    DocumentRenderer renderer;
    QString error;
    if (!DocumentFile::write(renderer, docs, out, &error)) {
        err << error << Qt::endl;
        return Failed;
    }
    for (const QString &s : DocumentRenderer::fontSubstitutions())
        err << tr("font substituted: %1").arg(s) << Qt::endl;
    if (suffix == "pdf"_L1)
        context.out() << tr("%1: %2 document(s), %3 page(s)")
                             .arg(out)
                             .arg(docs.size())
                             .arg(renderer.pagesPrinted())
                      << Qt::endl;
    else
        context.out() << out << Qt::endl;
    return Ok;
}
