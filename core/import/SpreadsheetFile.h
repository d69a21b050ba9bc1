#pragma once

#include "core/import/CsvReader.h"

#include <QByteArray>
#include <QStringList>

// The rows of a spreadsheet file as the import reads them: a CSV text (TextFileDecoder,
// CsvReader) or one sheet of an .xlsx workbook (XlsxReader), told by the content and not by the
// name (an .xlsx renamed .csv is still a workbook).
class SpreadsheetFile {
public:
    // False and error() when the bytes cannot be read; `sheet` picks a workbook's sheet.
    bool read(const QByteArray &bytes, const QString &sheet = {});
    QList<CsvReader::Record> records() const { return m_records; }
    QString encoding() const { return m_encoding; } // of a CSV text
    QString sheet() const { return m_sheet; }       // of a workbook: the sheet read
    QStringList sheets() const { return m_sheets; } // of a workbook: all its sheets
    QString error() const { return m_error; }

private:
    QList<CsvReader::Record> m_records;
    QString m_encoding;
    QString m_sheet;
    QStringList m_sheets;
    QString m_error;
};
