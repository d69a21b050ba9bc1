#include "app/qinqing-cli/ImportCommand.h"

#include "core/NumberText.h"

#include "app/qinqing-cli/CliArguments.h"
#include "app/qinqing-cli/CliContext.h"
#include "core/Database.h"
#include "core/import/AppealCsvImporter.h"

using namespace Qt::StringLiterals;

QString ImportCommand::summary() const {
    return tr("import appeals from an Excel workbook (.xlsx) or a CSV file, all rows or none");
}

QString ImportCommand::usage() const {
    return u"appeals FILE.xlsx|FILE.csv [--sheet NAME] [--dry-run]"_s;
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
           "97-2003 .xls (save it as .xlsx) or inflates past 256 MB (a zip bomb); a cell with "
           "control characters "
           "(terminal escape codes); a cell longer than its column holds (困难问题, 意见建议 "
           "and 备注 10,000 characters, 提交单位 200). Files over 100 MB are refused unread. "
           "The first 20 errors are printed, the rest counted by column."),
        tr("  --sheet NAME  the workbook's sheet to read (ignoring case); the first by default"),
        tr("  --dry-run     check the file and report, without saving anything"),
        tr("Examples:"),
        tr("  qinqing-cli import appeals 报名表.csv --dry-run"),
        tr("  qinqing-cli import appeals 诉求汇总.xlsx --sheet 第二批"),
    });
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
    CliArguments a(args, {u"sheet"_s}, {u"dry-run"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QStringList words = a.positional();
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
    return Ok;
}
