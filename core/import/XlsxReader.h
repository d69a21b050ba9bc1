#pragma once

#include "core/import/CsvReader.h"
#include "core/import/ExcelCellValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

class ZipArchive;
class QXmlStreamReader;

// Reads one sheet of an .xlsx workbook (as Excel, WPS, LibreOffice or openpyxl write it) into
// rows of cell texts, the same records CsvReader gives for a CSV file, so that the import
// checks a workbook exactly as it checks a CSV file. A record's row is the row number Excel
// shows; rows without a value are left out (the empty rows a sheet ends with, too).
//
// Cells read as Excel shows them: shared and inline strings, numbers without exponent or
// ".0" (ExcelCellValue), dates as yyyy-MM-dd from the serial and the cell's date format on
// the workbook's 1900 or 1904 base. A value merged down over several rows is repeated in each
// (a header cell over two header rows, a department beside several appeals); a value merged
// across columns stays in the first, as Excel keeps it.
//
// A damaged or hostile file (not a zip, parts missing, a zip bomb, a million shared strings,
// malformed XML) is refused with error(), within bounded time and memory.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static constexpr int maxSharedStrings = 2'000'000;
    static constexpr int maxRow = 1'048'576; // Excel's last row

    // Reads the sheet named `sheet` (compared ignoring case and outer spaces), or the first.
    bool read(const QByteArray &bytes, const QString &sheet = {});
    QList<CsvReader::Record> records() const;
    QString sheetName() const { return m_sheetName; }
    QStringList sheetNames() const { return m_sheetNames; }
    QString error() const { return m_error; }

private:
    struct Relationship {
        QString type; // the last segment: officeDocument, worksheet, sharedStrings, styles
        QString target;
    };
    struct Merge {
        int top = 0, left = 0, bottom = 0, right = 0;
    };

    QHash<QString, Relationship> relationships(ZipArchive &zip, const QString &part);
    bool readWorkbook(ZipArchive &zip, const QString &part, const QString &wanted,
                      QString *sheetPart);
    bool readSharedStrings(ZipArchive &zip, const QString &part);
    bool readStyles(ZipArchive &zip, const QString &part);
    bool readSheet(ZipArchive &zip, const QString &part);
    bool readCell(QXmlStreamReader &xml, int row, int *column, QString *text);
    void fillMerges(const QList<Merge> &merges);
    bool damaged(const QString &part, const QXmlStreamReader &xml);
    static QString richText(QXmlStreamReader &xml);
    static bool parseReference(QStringView ref, int *row, int *column);

    QString m_error;
    QString m_sheetName;
    QStringList m_sheetNames;
    QStringList m_sharedStrings;
    QList<ExcelCellValue::Kind> m_styleKinds; // per cell style (cellXfs index)
    bool m_date1904 = false;
    QMap<int, QStringList> m_rows; // Excel row -> cells from column A
};
