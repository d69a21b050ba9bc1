#pragma once

#include "core/Appeal.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

#include "core/import/CsvReader.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportedAppealRow.h"

class Database;

// Imports appeals from a spreadsheet saved as CSV or an .xlsx workbook (XlsxReader turns a sheet
// into the same rows; the offices' existing ledgers, or the sign-up forms keyed in by a
// department). All or nothing per file: every row is checked first and
// every problem reported as "row N: column: reason", N being the row number the clerk sees in
// Excel or WPS (the header is row 1); when any row has an error nothing is written. Warnings
// (an unusual phone number, a credit code that fails its check) are reported and do not block.
//
// Appeals without a number get the next one from the active profile's pattern. The enterprise
// is found by its credit code, else by its name, else created; a missing collecting department
// is created too. The whole import is one transaction.
class AppealCsvImporter {
    Q_DECLARE_TR_FUNCTIONS(AppealCsvImporter)

public:
    struct Message {
        int row = 0;   // spreadsheet row; 0 for the file as a whole
        QString field; // the column as headed in the file
        QString text;

        QString toString() const; // "row 3: 提交日期: reason"
    };

    // At most this many errors and warnings are kept (each); the rest are counted per column,
    // so that a damaged file of a million rows gives a readable summary, not a million lines.
    static constexpr int maxMessages = 200;
    // Files larger than this are refused unread: about 300,000 appeals.
    static constexpr qint64 maxFileBytes = 100 * 1024 * 1024;

    struct Result {
        bool ok = false; // true when the file was (or, dry run, would be) imported
        bool writeFailed =
            false; // the file was fine but the database refused (not the user's fault)
        int imported = 0;
        QList<Message> errors; // the first maxMessages, in row order
        QList<Message> warnings;
        int rowsWithErrors = 0;
        int omittedErrors = 0; // errors beyond maxMessages
        int omittedWarnings = 0;
        QMap<QString, int> omittedByColumn; // column -> errors omitted in it

        QString encoding;    // of a CSV file
        QString sheet;       // of a workbook: the sheet read
        QStringList numbers; // of the imported appeals, in file order
        QStringList createdEnterprises;
        QStringList createdDepartments;
        QList<Message> skipped;              // work orders imported before, or twice in the file
        QStringList workOrdersImportedAgain; // imported before, their appeals deleted since
        QStringList ignoredColumns;          // of a mapped file: the columns the mapping leaves out
    };

    // What the import dialog shows before importing: a workbook's sheets and the header row.
    struct Preview {
        QStringList sheets;
        QString sheet;
        QStringList header; // the cells of the header row (as setMapping and setSheet find it)
        QString error;      // why the file cannot be read
    };

    explicit AppealCsvImporter(Database &db);

    // Checks everything and reports, but writes nothing.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // The sheet of a workbook to read (ignoring case); the first when empty.
    void setSheet(const QString &sheet) { m_sheet = sheet; }
    // Reads the columns as `mapping` names them (a 12345 export's): the columns it leaves out
    // are listed, not refused; empty 渠道 cells get its channel; rows whose work order was
    // imported before are skipped and listed. With `remember`, a successful import stores the
    // mapping under its name in the same transaction.
    void setMapping(const ImportMapping &mapping, bool remember = false) {
        m_mapping = mapping;
        m_rememberMapping = remember;
    }

    // An .xls, .et or .ods workbook (or a web page saved as .xls) is converted by LibreOffice
    // first (OfficeConverter); without LibreOffice the message names the package.
    Result importFile(const QString &path);
    // CSV text, or an .xlsx workbook (told by its content, whatever the file's name).
    Result importData(const QByteArray &bytes);
    Preview preview(const QByteArray &bytes);
    // Rows read elsewhere (a Word form's fields as a header and one row of values).
    Result importRows(const QList<CsvReader::Record> &records) {
        Result result;
        return importRecords(records, result);
    }

private:
    using Row = ImportedAppealRow;

    qsizetype headerIndex(const QList<CsvReader::Record> &records) const;
    QString fieldOf(const QString &header) const;
    bool isWorkOrderRepeat(const CsvReader::Record &record, Result &result);
    Result importRecords(const QList<CsvReader::Record> &records, Result &result);
    static void addError(Result &result, const Message &message);
    static void addWarning(Result &result, const Message &message);
    bool checkCells(const QStringList &cells, int row, QSet<QString> &failed, Result &result) const;
    bool mapHeader(const QStringList &header, int headerRow, Result &result);
    bool readRow(const QStringList &cells, int row, Row &out, Result &result);
    void checkEnterprise(const Row &row, Result &result) const;
    QString cell(const QStringList &cells, const QString &field) const;
    QString header(const QString &field) const;

    Database &m_db;
    bool m_dryRun = false;
    QString m_sheet;
    std::optional<ImportMapping> m_mapping;
    bool m_rememberMapping = false;
    int m_workOrderColumn = -1;
    QHash<QString, int> m_workOrderRows; // work order -> first row that has it
    QHash<QString, int> m_columnOf;      // field -> column index
    QStringList m_headers;
    QHash<QString, int> m_numberRows; // number -> first row that uses it
};
