#include "core/cli/ImportCommand.h"

#include "core/NumberText.h"

#include "core/Database.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/import/AppealCsvColumns.h"
#include "core/import/AppealCsvImporter.h"
#include "core/import/Form1Importer.h"
#include "core/import/ImportMappingRepository.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString ImportCommand::summary() const {
    return tr(
        "import appeals from an Excel workbook (.xlsx, .xls) or a CSV file, all rows or none");
}

QString ImportCommand::usage() const {
    return u"appeals FILE.xlsx|FILE.xls|FILE.csv [--sheet NAME] [--mapping NAME [--map "
           "COLUMN=FIELD,...] [--channel TEXT]] [--dry-run] | mappings | form1 "
           "FILE.docx|FILE.doc|FILE.wps... [--dry-run]"_s;
}

QString ImportCommand::description() const {
    return paragraphs({
        tr("Imports appeals from an Excel workbook (.xlsx, as Excel, WPS and LibreOffice save "
           "it): the first sheet, or the one --sheet names. Numbers come as Excel shows them "
           "(a phone 13947712345 stays all digits), date cells as dates on the workbook's 1900 "
           "or 1904 base, a heading merged over several rows counts in each; empty rows at the "
           "end are ignored. Rows are numbered as Excel numbers them."),
        tr("Or from a spreadsheet saved as CSV: UTF-8 (with or without BOM), "
           "UTF-16 (Excel's \"Unicode text\") or GB18030, as Excel and WPS save \"CSV\" on "
           "Chinese Windows; separated by "
           "commas, semicolons or tabs. The header names the columns, in Chinese or "
           "English: 编号 number, 提交单位 submitting_unit, 统一社会信用代码 uscc, 企业负责人 "
           "responsible_person, 联系电话 phone, 提交日期 submit_date, 渠道 channel, 困难问题 "
           "problem, "
           "意见建议 suggestions, 备注 prior_handling, 领域 domain, 行业性 industry_wide (是/否), "
           "紧急 "
           "urgent, 收集部门 collecting_department. A 序号 column and a title row above the "
           "header are skipped (the header is the row that names the most known columns). Dates "
           "may be written 2024-07-05, 2024/7/5, 2024.7.5 or "
           "2024年7月5日."),
        tr("All or nothing: every bad row is reported as \"row N: column: reason\" (N as "
           "the spreadsheet numbers rows, the header being row 1), the command exits with "
           "2 and nothing is saved. Warnings (a credit code that does not check out, an "
           "odd phone number) do not stop the import. Missing numbers are given from the "
           "profile's pattern; enterprises are found by credit code, then by name, or "
           "added; unknown collecting departments are added."),
        tr("Refused with the line, or the row and column: a CSV file that is no text (a PDF) "
           "or holds NUL bytes or broken characters; a workbook that is damaged, an Excel "
           "97-2003 .xls that LibreOffice cannot read either, or inflates past 256 MB (a zip "
           "bomb); a cell with "
           "control characters "
           "(terminal escape codes); a cell longer than its column holds (困难问题, 意见建议 "
           "and 备注 10,000 characters, 提交单位 200). Files over 100 MB are refused unread. "
           "The first 20 errors are printed, the rest counted by column."),
        tr("Excel 97-2003 workbooks (.xls, WPS's .et) and OpenDocument spreadsheets (.ods), "
           "and Word 97-2003 forms (.doc, WPS's .wps), RTF and .odt files are converted by "
           "LibreOffice first when it is installed (packages libreoffice-calc-nogui and "
           "libreoffice-writer-nogui; QINQING_SOFFICE names the program when it is not on "
           "PATH): a copy of the file, with a LibreOffice profile of its own, so that neither the "
           "file nor an open LibreOffice window is touched. A conversion that takes more than "
           "two minutes is stopped."),
        tr("Another system's export (the 12345 hotline's work orders) names its columns its own "
           "way: --mapping NAME reads them as the mapping of that name says. 12345 is built in: "
           "工单编号 numbers the work order, 来电时间 submit_date, 来电人 responsible_person, "
           "联系电话 "
           "phone, 企业名称 submitting_unit, 诉求内容 problem, 承办单位 collecting_department, "
           "诉求类别 domain, channel 12345热线. Columns the mapping does not name are listed and "
           "left out. A work order imported before (the same 工单编号), or twice in the file, is "
           "skipped and listed, never imported twice; once its appeal has been deleted (Qinqing "
           "deletes none: an administrator may), it is imported again with a warning. --map and "
           "--channel correct or extend the "
           "mapping, which a successful import then keeps in the database under its name for "
           "next month's file; `import mappings` lists the mappings."),
        tr("`import form1` reads filled 附件1 forms returned as Word files (.docx, .doc, .wps): "
           "the 报名申请表 "
           "of seed 000 or the 议题表 of seed 004, spaces, line breaks and merged cells as "
           "enterprises leave them. --dry-run prints each form's fields; without it each form "
           "is saved as an appeal waiting for screening (待甄别), checked like a spreadsheet row, "
           "with its file kept as the appeal's scan; all forms or none."),
        tr("  --sheet NAME  the workbook's sheet to read (ignoring case); the first by default"),
        tr("  --mapping NAME  read the columns as the mapping NAME says"),
        tr("  --map COLUMN=FIELD,...  map the file's COLUMN to FIELD (a column name above, or "
           "work_order for the work-order number); kept in the mapping"),
        tr("  --channel TEXT  the 渠道 of the mapping's appeals; kept in the mapping"),
        tr("  --dry-run     check the file and report, without saving anything"),
        tr("Examples:"),
        tr("  qinqing-cli import appeals 报名表.csv --dry-run"),
        tr("  qinqing-cli import appeals 诉求汇总.xlsx --sheet 第二批"),
        tr("  qinqing-cli import appeals 12345工单2024年7月.xlsx --mapping 12345"),
        tr("  qinqing-cli import appeals 工单.xlsx --mapping 12345 --map "
           "处理部门=collecting_department"),
        tr("  qinqing-cli import form1 报名申请表-*.docx --dry-run"),
        tr("  qinqing-cli import form1 议题表-绿源.wps"),
    });
}

// import form1 FILE.docx...: every form checked first, then all saved or none.
int ImportCommand::runForm1(CliContext &context, const QStringList &files, bool dryRun) {
    if (files.isEmpty()) {
        context.err() << tr("import form1: name the filled forms (.docx, .doc or .wps files)")
                      << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    Form1Importer importer(*db);
    importer.setDryRun(dryRun);
    const Form1Importer::Result r = importer.importFiles(files);
    for (const QString &w : r.warnings)
        context.err() << tr("warning: %1").arg(w) << Qt::endl;
    if (!r.ok) {
        for (const QString &e : r.errors)
            context.err() << e << Qt::endl;
        context.err() << tr("nothing imported") << Qt::endl;
        return r.writeFailed ? Failed : BadInput;
    }
    for (const Form1Importer::Form &form : r.forms) {
        const QString name = QFileInfo(form.path).fileName();
        if (!dryRun) {
            context.out() << tr("%1: saved as %2, waiting for screening").arg(name, form.number)
                          << Qt::endl;
            continue;
        }
        context.out() << name << u" ("_s << form.wording << u')' << Qt::endl;
        for (const QString &field : AppealCsvColumns::fields())
            if (form.fields.contains(field))
                context.out() << u"  "_s << AppealCsvColumns::chineseHeader(field) << u": "_s
                              << QString(form.fields.value(field)).replace(u'\n', u"\n    "_s)
                              << Qt::endl;
    }
    if (dryRun)
        context.out() << tr("nothing written (--dry-run)") << Qt::endl;
    return Ok;
}

// --mapping NAME with its corrections (--map, --channel) handed to the importer; Ok when there
// is no --mapping.
int ImportCommand::applyMapping(CliContext &context, const CliArguments &a, Database &db,
                                AppealCsvImporter &importer) {
    const QString name = a.value(u"mapping"_s).trimmed();
    const bool changed = a.has(u"map"_s) || a.has(u"channel"_s);
    if (name.isEmpty()) {
        if (!changed && !a.has(u"mapping"_s))
            return Ok;
        context.err() << tr("--map and --channel need --mapping NAME, the name they are kept "
                            "under")
                      << Qt::endl;
        return BadInput;
    }
    ImportMappingRepository mappings(db);
    std::optional<ImportMapping> mapping = mappings.find(name);
    if (!mappings.errorString().isEmpty()) {
        context.err() << mappings.errorString() << Qt::endl;
        return Failed;
    }
    if (!mapping && !changed) {
        QStringList known;
        for (const ImportMapping &m : mappings.list())
            known << m.name;
        context.err() << tr("there is no mapping named %1; the mappings are %2 (a new one is "
                            "made with --map COLUMN=FIELD,...)")
                             .arg(name, known.join(u", "_s))
                      << Qt::endl;
        return BadInput;
    }
    if (!mapping) {
        mapping = ImportMapping();
        mapping->name = name;
    }
    QString error;
    if (a.has(u"map"_s) && !mapping->addColumns(a.value(u"map"_s), &error)) {
        context.err() << u"--map: "_s << error << Qt::endl;
        return BadInput;
    }
    if (a.has(u"channel"_s))
        mapping->channel = a.value(u"channel"_s).trimmed();
    importer.setMapping(*mapping, changed);
    return Ok;
}

void ImportCommand::printMappings(CliContext &context, Database &db) {
    for (const ImportMapping &m : ImportMappingRepository(db).list()) {
        QStringList columns;
        if (!m.keyColumn.isEmpty())
            columns << m.keyColumn + u"=work_order"_s;
        for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it)
            columns << it.key() + u'=' + it.value();
        context.out() << m.name << u"  "_s << tr("channel %1").arg(m.channel) << u"  "_s
                      << columns.join(u","_s) << Qt::endl;
    }
}

// Work orders imported before and the columns a mapping left out: each on its own line, so
// that the clerk sees which rows of the file did not become appeals.
void ImportCommand::printSkipped(CliContext &context, const AppealCsvImporter::Result &r) {
    if (!r.ignoredColumns.isEmpty())
        context.err() << tr("columns not imported: %1").arg(r.ignoredColumns.join(u", "_s))
                      << Qt::endl;
    if (r.skipped.isEmpty())
        return;
    context.out() << (r.skipped.size() == 1 ? tr("skipped 1 work order imported before:")
                                            : tr("skipped %1 work orders imported before:")
                                                  .arg(NumberText::grouped(r.skipped.size())))
                  << Qt::endl;
    for (const AppealCsvImporter::Message &m : r.skipped)
        context.out() << u"  "_s << m.toString() << Qt::endl;
}

// The first errors and warnings, then what was left out counted by column: a damaged file of
// a hundred thousand rows printed a hundred thousand lines, and the first few say what to fix.
void ImportCommand::printMessages(CliContext &context, const AppealCsvImporter::Result &r) {
    for (qsizetype i = 0; i < r.warnings.size() && i < shownMessages; ++i)
        context.err() << tr("warning: %1").arg(r.warnings.at(i).toString()) << Qt::endl;
    const qsizetype moreWarnings =
        std::max<qsizetype>(0, r.warnings.size() - shownMessages) + r.omittedWarnings;
    if (moreWarnings > 0)
        context.err() << tr("… and %1 more warnings").arg(NumberText::grouped(moreWarnings))
                      << Qt::endl;
    if (r.ok)
        return;
    for (qsizetype i = 0; i < r.errors.size() && i < shownMessages; ++i)
        context.err() << r.errors.at(i).toString() << Qt::endl;
    QMap<QString, int> byColumn = r.omittedByColumn;
    for (qsizetype i = shownMessages; i < r.errors.size(); ++i)
        ++byColumn[r.errors.at(i).field];
    qsizetype more = 0;
    QStringList columns;
    for (auto it = byColumn.cbegin(); it != byColumn.cend(); ++it) {
        more += it.value();
        columns << (it.key().isEmpty() ? tr("the file") : it.key()) + u" "_s +
                       NumberText::grouped(it.value());
    }
    if (more > 0)
        context.err() << tr("… and %1 more errors not shown (%2)")
                             .arg(NumberText::grouped(more), columns.join(u", "_s))
                      << Qt::endl;
}

int ImportCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"sheet"_s, u"mapping"_s, u"map"_s, u"channel"_s}, {u"dry-run"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QStringList words = a.positional();
    if (words.size() == 1 && words.first() == "mappings"_L1) {
        Database *db = context.database();
        if (!db)
            return Failed;
        printMappings(context, *db);
        return Ok;
    }
    if (!words.isEmpty() && words.first() == "form1"_L1)
        return runForm1(context, words.mid(1), a.has(u"dry-run"_s));
    if (words.isEmpty() || words.first() != "appeals"_L1) {
        context.err() << tr("say what to import: qinqing-cli import appeals FILE.xlsx") << Qt::endl;
        return BadInput;
    }
    if (words.size() != 2) {
        context.err() << (words.size() < 2 ? tr("import appeals: the file is missing")
                                           : tr("%1: unexpected argument").arg(words.at(2)))
                      << Qt::endl;
        return BadInput;
    }
    Database *db = context.writableDatabase();
    if (!db)
        return Failed;

    AppealCsvImporter importer(*db);
    const bool dryRun = a.has(u"dry-run"_s);
    importer.setDryRun(dryRun);
    importer.setSheet(a.value(u"sheet"_s));
    if (const int code = applyMapping(context, a, *db, importer); code != Ok)
        return code;
    const AppealCsvImporter::Result r = importer.importFile(words.at(1));
    printMessages(context, r);
    if (!r.ok) {
        // No English plural forms are installed: spell both out.
        if (r.rowsWithErrors == 0)
            context.err() << tr("nothing imported") << Qt::endl;
        else if (r.rowsWithErrors == 1)
            context.err() << tr("nothing imported: 1 row has errors") << Qt::endl;
        else
            context.err() << tr("nothing imported: %1 rows have errors")
                                 .arg(NumberText::grouped(r.rowsWithErrors))
                          << Qt::endl;
        return r.writeFailed ? Failed : BadInput;
    }
    if (dryRun) {
        context.out()
            << (r.imported == 1
                    ? tr("1 appeal can be imported; nothing written (--dry-run)")
                    : tr("%1 appeals can be imported; nothing written (--dry-run)").arg(r.imported))
            << Qt::endl;
        printSkipped(context, r);
        return Ok;
    }
    context.out() << (r.imported == 1 ? tr("imported 1 appeal")
                                      : tr("imported %1 appeals").arg(r.imported))
                  << Qt::endl;
    if (!r.numbers.isEmpty())
        context.out() << tr("numbers: %1")
                             .arg(r.numbers.size() == 1
                                      ? r.numbers.first()
                                      : r.numbers.first() + u" … "_s + r.numbers.last())
                      << Qt::endl;
    if (!r.createdEnterprises.isEmpty())
        context.out() << tr("new enterprises: %1").arg(r.createdEnterprises.join(u"、"_s))
                      << Qt::endl;
    if (!r.createdDepartments.isEmpty())
        context.out() << tr("new departments: %1").arg(r.createdDepartments.join(u"、"_s))
                      << Qt::endl;
    if (!r.sheet.isEmpty())
        context.out() << tr("sheet: %1").arg(r.sheet) << Qt::endl;
    else
        context.out() << tr("file encoding: %1").arg(r.encoding) << Qt::endl;
    printSkipped(context, r);
    return Ok;
}
