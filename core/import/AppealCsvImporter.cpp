#include "core/import/AppealCsvImporter.h"

#include "core/NumberText.h"

#include "core/Database.h"
#include "core/import/AppealCsvColumns.h"
#include "core/import/CellTextCheck.h"
#include "core/import/CsvReader.h"
#include "core/import/ImportedAppealWriter.h"
#include "core/import/LooseValueParser.h"
#include "core/import/OfficeConverter.h"
#include "core/import/SpreadsheetFile.h"
#include "core/import/WorkOrderLedger.h"
#include "core/records/EnterpriseRepository.h"
#include "core/validation/AppealValidator.h"
#include "core/validation/UsccValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

QString AppealCsvImporter::Message::toString() const {
    if (row > 0 && !field.isEmpty())
        return tr("row %1: %2: %3").arg(row).arg(field, text);
    if (row > 0)
        return tr("row %1: %2").arg(row).arg(text);
    if (!field.isEmpty())
        return field + u": "_s + text;
    return text;
}

AppealCsvImporter::AppealCsvImporter(Database &db)
    : m_db(db) {}

void AppealCsvImporter::addError(Result &result, const Message &message) {
    if (result.errors.size() < maxMessages) {
        result.errors << message;
        return;
    }
    ++result.omittedErrors;
    ++result.omittedByColumn[message.field];
}

void AppealCsvImporter::addWarning(Result &result, const Message &message) {
    if (result.warnings.size() < maxMessages)
        result.warnings << message;
    else
        ++result.omittedWarnings;
}

AppealCsvImporter::Result AppealCsvImporter::importFile(const QString &path) {
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        Result r;
        r.errors << Message{
            0, path, QFileInfo(path).isFile() ? file.errorString() : tr("there is no such file")};
        return r;
    }
    if (file.size() > maxFileBytes) {
        Result r;
        r.errors << Message{0, path,
                            tr("the file is %1 MB; at most %2 MB are imported at once (about "
                               "300,000 appeals): split it into several files")
                                .arg(file.size() / (1024 * 1024))
                                .arg(maxFileBytes / (1024 * 1024))};
        return r;
    }
    QByteArray bytes = file.readAll();
    if (OfficeConverter::needsConversion(bytes, OfficeConverter::Target::Workbook)) {
        const OfficeConverter::Output converted =
            OfficeConverter(OfficeConverter::Target::Workbook).convert(bytes);
        if (!converted.error.isEmpty()) {
            Result r;
            r.errors << Message{0, path, converted.error};
            return r;
        }
        bytes = converted.bytes;
    }
    return importData(bytes);
}

QString AppealCsvImporter::header(const QString &field) const {
    const int column = m_columnOf.value(field, -1);
    return column >= 0 ? m_headers.at(column).trimmed() : AppealCsvColumns::chineseHeader(field);
}

QString AppealCsvImporter::cell(const QStringList &cells, const QString &field) const {
    const int column = m_columnOf.value(field, -1);
    return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
}

// A column's field: by the mapping when there is one, else by Qinqing's own column names.
QString AppealCsvImporter::fieldOf(const QString &header) const {
    if (m_mapping) {
        const QString field = m_mapping->fieldFor(header);
        if (!field.isEmpty())
            return field;
    }
    return AppealCsvColumns::fieldFor(header);
}

bool AppealCsvImporter::mapHeader(const QStringList &headerCells, int headerRow, Result &result) {
    m_headers = headerCells;
    m_columnOf.clear();
    m_workOrderColumn = -1;
    bool ok = true;
    bool hinted = false;
    for (int c = 0; c < headerCells.size(); ++c) {
        const QString text = headerCells.at(c).trimmed();
        if (text.isEmpty())
            continue; // checked per row: a value under no header is an error there
        if (AppealCsvColumns::isIgnored(text))
            continue;
        if (m_mapping && m_mapping->isKeyColumn(text) && m_workOrderColumn < 0) {
            m_workOrderColumn = c;
            continue;
        }
        const QString field = fieldOf(text);
        if (field.isEmpty() && m_mapping) {
            // An export has many columns of its own (工单状态, 回访结果): not an error.
            result.ignoredColumns << text;
        } else if (field.isEmpty()) {
            // The list of known columns once, not under every unknown one.
            addError(result, Message{headerRow, text,
                                     hinted ? tr("unknown column")
                                            : tr("unknown column; the known columns are %1")
                                                  .arg(AppealCsvColumns::knownHeadersHint())});
            hinted = true;
            ok = false;
        } else if (m_columnOf.contains(field)) {
            addError(result, Message{headerRow, text,
                                     tr("names the same field as the column %1")
                                         .arg(headerCells.at(m_columnOf.value(field)).trimmed())});
            ok = false;
        } else {
            m_columnOf.insert(field, c);
        }
    }
    if (m_mapping && !m_mapping->keyColumn.isEmpty() && m_workOrderColumn < 0) {
        addError(result, Message{headerRow, m_mapping->keyColumn,
                                 tr("the column is missing (the mapping %1 tells work orders "
                                    "imported before by it)")
                                     .arg(m_mapping->name)});
        ok = false;
    }
    for (const QString &field : AppealCsvColumns::requiredFields()) {
        if (!m_columnOf.contains(field)) {
            addError(result, Message{headerRow, AppealCsvColumns::chineseHeader(field),
                                     tr("the column is missing (every appeal needs it; the "
                                        "English header %1 works too)")
                                         .arg(field)});
            ok = false;
        }
    }
    return ok;
}

// Every cell under a known column: no control characters, not longer than the column holds.
// Fields that fail are added to `failed` so that no later check repeats the complaint.
bool AppealCsvImporter::checkCells(const QStringList &cells, int row, QSet<QString> &failed,
                                   Result &result) const {
    for (const QString &field : AppealCsvColumns::fields()) {
        const int column = m_columnOf.value(field, -1);
        if (column < 0 || column >= cells.size())
            continue;
        const QString &text = cells.at(column);
        QString problem;
        if (const auto control = CellTextCheck::firstControl(text))
            problem = CellTextCheck::message(*control);
        else if (text.size() > AppealCsvColumns::maxLength(field))
            problem = tr("is %1 characters long; at most %2 fit: shorten it (a long report can "
                         "be attached to the appeal as a file)")
                          .arg(NumberText::grouped(text.size()),
                               NumberText::grouped(AppealCsvColumns::maxLength(field)));
        if (problem.isEmpty())
            continue;
        addError(result, Message{row, header(field), problem});
        failed.insert(field);
    }
    return failed.isEmpty();
}

bool AppealCsvImporter::readRow(const QStringList &cells, int row, Row &out, Result &result) {
    QSet<QString> failed; // fields with an error already, so the validator does not repeat it
    auto error = [&](const QString &field, const QString &text) {
        addError(result, Message{row, header(field), text});
        failed.insert(field);
    };
    for (int c = 0; c < cells.size(); ++c) {
        const bool headed = c < m_headers.size() && !m_headers.at(c).trimmed().isEmpty();
        if (!headed && !cells.at(c).trimmed().isEmpty())
            addError(result, Message{row, tr("column %1").arg(c + 1),
                                     tr("has the value \"%1\" but the column has no header")
                                         .arg(cells.at(c).trimmed().left(30))});
    }
    checkCells(cells, row, failed, result);

    Appeal &a = out.appeal;
    out.row = row;
    a.number = cell(cells, u"number"_s);
    a.submittingUnit = cell(cells, u"submitting_unit"_s);
    out.uscc = cell(cells, u"uscc"_s);
    a.responsiblePerson = cell(cells, u"responsible_person"_s);
    a.phone = cell(cells, u"phone"_s);
    a.channel = cell(cells, u"channel"_s);
    a.problem = cell(cells, u"problem"_s);
    a.suggestions = cell(cells, u"suggestions"_s);
    a.priorHandling = cell(cells, u"prior_handling"_s);
    a.domain = cell(cells, u"domain"_s);
    if (a.channel.isEmpty() && m_mapping)
        a.channel = m_mapping->channel;
    out.department = cell(cells, u"collecting_department"_s);

    const QString dateText = cell(cells, u"submit_date"_s);
    if (!dateText.isEmpty() && !failed.contains(u"submit_date"_s)) {
        if (const auto d = LooseValueParser::parseDate(dateText))
            a.submitDate = *d;
        else
            error(u"submit_date"_s, tr("\"%1\" is not a date; write it like %2")
                                        .arg(dateText, LooseValueParser::acceptedDateForms()));
    }
    // A yes/no cell: `field`'s value, or an error when it is neither.
    auto yesNo = [&](const QString &field, const QStringList &yes, const QStringList &no) {
        const QString text = cell(cells, field);
        if (failed.contains(field))
            return false;
        if (const auto v = LooseValueParser::parseYesNo(text, yes, no))
            return *v;
        error(field, tr("\"%1\" is not 是 or 否 (yes or no)").arg(text));
        return false;
    };
    a.industryWide =
        yesNo(u"industry_wide"_s, {u"行业性"_s, u"行业"_s}, {u"个体"_s, u"企业"_s, u"个别"_s});
    a.urgent =
        yesNo(u"urgent"_s, {u"紧急"_s, u"急"_s, u"加急"_s}, {u"一般"_s, u"普通"_s, u"不紧急"_s});

    if (!a.number.isEmpty()) {
        if (const int first = m_numberRows.value(a.number); first > 0)
            error(u"number"_s, tr("%1 is also the number in row %2").arg(a.number).arg(first));
        else
            m_numberRows.insert(a.number, row);
    }

    AppealValidator validator(&m_db);
    for (const ValidationIssue &issue : validator.validate(a, out.uscc)) {
        if (failed.contains(issue.field))
            continue;
        if (issue.isError()) {
            error(issue.field, issue.reason);
            continue;
        }
        QString text = issue.reason;
        // Excel shows long numbers as 1.38475E+10 and saves them so: the digits are lost.
        static const QRegularExpression scientific(u"^\\d(\\.\\d+)?E\\+\\d+$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        if (issue.field == "phone"_L1 && scientific.match(a.phone).hasMatch())
            text = tr("%1 is Excel's scientific notation and the digits are lost; format the "
                      "column as text in Excel, retype the numbers and save again")
                       .arg(a.phone);
        addWarning(result, Message{row, header(issue.field), text});
    }
    checkEnterprise(out, result);
    return failed.isEmpty();
}

void AppealCsvImporter::checkEnterprise(const Row &row, Result &result) const {
    if (row.appeal.submittingUnit.isEmpty())
        return;
    EnterpriseRepository enterprises(m_db);
    const QString code = UsccValidator::normalize(row.uscc);
    if (const auto byCode = enterprises.findByUscc(code);
        byCode && byCode->name != row.appeal.submittingUnit) {
        addWarning(result, Message{row.row, header(u"uscc"_s),
                                   tr("%1 is the code of %2, already stored; the appeal is "
                                      "linked to that enterprise")
                                       .arg(code, byCode->name)});
        return;
    }
    if (const auto byName = enterprises.findByName(row.appeal.submittingUnit);
        byName && !code.isEmpty() && !byName->uscc.isEmpty() && byName->uscc != code)
        addWarning(result, Message{row.row, header(u"uscc"_s),
                                   tr("%1 differs from the stored code %2 of %3; the stored "
                                      "code is kept")
                                       .arg(code, byName->uscc, byName->name)});
}

AppealCsvImporter::Result AppealCsvImporter::importData(const QByteArray &bytes) {
    Result result;
    SpreadsheetFile file;
    const bool ok = file.read(bytes, m_sheet);
    result.encoding = file.encoding();
    result.sheet = file.sheet();
    if (!ok) {
        result.errors << Message{0, {}, file.error()};
        return result;
    }
    return importRecords(file.records(), result);
}

AppealCsvImporter::Preview AppealCsvImporter::preview(const QByteArray &bytes) {
    Preview p;
    SpreadsheetFile file;
    const bool ok = file.read(bytes, m_sheet);
    p.sheets = file.sheets();
    p.sheet = file.sheet();
    p.error = file.error();
    const QList<CsvReader::Record> records = file.records();
    if (const qsizetype at = ok ? headerIndex(records) : -1; at >= 0)
        p.header = records.at(at).fields;
    return p;
}

// The header row: among the first rows, the one naming the most known columns (a title row
// above it, the form's name merged across the columns, names none; of a header over two rows
// the lower row names the most); when no row names any, the first row of two or more cells, so
// that its unknown columns are reported.
qsizetype AppealCsvImporter::headerIndex(const QList<CsvReader::Record> &records) const {
    constexpr qsizetype scanned = 20;
    qsizetype best = -1;
    qsizetype bestKnown = 0;
    qsizetype firstFilled = -1;
    for (qsizetype i = 0; i < records.size() && i < scanned; ++i) {
        const QStringList &cells = records.at(i).fields;
        const auto known = std::count_if(cells.cbegin(), cells.cend(), [this](const QString &c) {
            return !fieldOf(c.trimmed()).isEmpty() || (m_mapping && m_mapping->isKeyColumn(c));
        });
        const auto filled = std::count_if(cells.cbegin(), cells.cend(),
                                          [](const QString &c) { return !c.trimmed().isEmpty(); });
        if (known > bestKnown) {
            best = i;
            bestKnown = known;
        }
        if (firstFilled < 0 && filled >= 2)
            firstFilled = i;
    }
    if (best >= 0)
        return best;
    if (firstFilled >= 0)
        return firstFilled;
    for (qsizetype i = scanned; i < records.size(); ++i)
        if (!records.at(i).isBlank())
            return i;
    return -1;
}

AppealCsvImporter::Result AppealCsvImporter::importRecords(const QList<CsvReader::Record> &records,
                                                           Result &result) {
    m_numberRows.clear();
    m_workOrderRows.clear();
    const qsizetype headerAt = headerIndex(records);
    if (headerAt < 0) {
        result.errors << Message{0, {}, tr("the file has no header row and no appeals")};
        return result;
    }
    const CsvReader::Record &headerRecord = records.at(headerAt);
    if (!mapHeader(headerRecord.fields, headerRecord.row, result))
        return result;

    QList<Row> rows;
    for (qsizetype i = headerAt + 1; i < records.size(); ++i) {
        const CsvReader::Record &record = records.at(i);
        if (record.isBlank() || isWorkOrderRepeat(record, result))
            continue;
        Row row;
        if (!readRow(record.fields, record.row, row, result))
            ++result.rowsWithErrors;
        if (m_workOrderColumn >= 0)
            row.workOrder = record.fields.value(m_workOrderColumn).trimmed();
        rows << row;
    }
    if (rows.isEmpty() && result.errors.isEmpty() && result.skipped.isEmpty())
        result.errors << Message{0, {}, tr("the file has a header but no appeals")};
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const Message &x, const Message &y) { return x.row < y.row; });
    if (!result.errors.isEmpty())
        return result;
    if (m_dryRun || rows.isEmpty()) {
        result.ok = true;
        result.imported = m_dryRun ? int(rows.size()) : 0;
        return result;
    }
    result.ok = ImportedAppealWriter(m_db, m_mapping, m_rememberMapping).write(rows, result);
    return result;
}

// A row of a work order imported before, or earlier in the same file: listed and skipped, so
// that next month's export, which repeats the orders still open, adds each order once.
bool AppealCsvImporter::isWorkOrderRepeat(const CsvReader::Record &record, Result &result) {
    if (m_workOrderColumn < 0)
        return false;
    const QString order = record.fields.value(m_workOrderColumn).trimmed();
    const QString column = m_headers.value(m_workOrderColumn).trimmed();
    if (order.isEmpty()) {
        addError(result,
                 Message{record.row, column, tr("is empty; every work order has a number")});
        ++result.rowsWithErrors;
        return true;
    }
    if (const int first = m_workOrderRows.value(order); first > 0) {
        result.skipped << Message{record.row, column,
                                  tr("%1 is also in row %2: skipped").arg(order).arg(first)};
        return true;
    }
    m_workOrderRows.insert(order, record.row);
    const WorkOrderLedger ledger(m_db);
    const auto before = ledger.importedAs(m_mapping->name, order);
    if (!before && !ledger.readError().isEmpty()) { // not "never imported": it may be again
        addError(result, Message{record.row, column, ledger.readError()});
        ++result.rowsWithErrors;
        return true;
    }
    if (!before)
        return false;
    if (before->isEmpty()) {
        // Its appeal was deleted (by an administrator: Qinqing deletes none): the order guards
        // nothing any more, and a corrected file must be able to bring it back.
        addWarning(result, Message{record.row, column,
                                   tr("%1 was imported before as an appeal that has since been "
                                      "deleted: imported again")
                                       .arg(order)});
        result.workOrdersImportedAgain << order;
        return false;
    }
    result.skipped << Message{record.row, column,
                              tr("%1 was imported before as %2: skipped").arg(order, *before)};
    return true;
}
