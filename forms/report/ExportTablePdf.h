#pragma once

#include "core/export/ExportProgress.h"
#include "core/export/ExportSource.h"
#include "forms/PrintableDocument.h"

#include <QCoreApplication>

// Prints an exported list (问题建议清单, 交办事项, 评价) as a landscape A4 PDF with the forms
// library's renderer and fonts, so that the PDF export looks like the other printed documents
// and its Chinese text can be searched and copied. Registered with TableExporter so that the
// CLI's and the GUI's exports can write .pdf although core has no QtGui.
//
// write() streams: a first pass over the rows measures the columns, a second lays the list out
// a few pages at a time (rows never cut by a page break, header repeated, page numbers running
// on) and paints them, so a list of 50,000 rows takes the memory of a few pages and reports
// its progress page by page.
class ExportTablePdf {
    Q_DECLARE_TR_FUNCTIONS(ExportTablePdf)

public:
    static QString html(const ExportTable &table);
    // The table as a landscape A4 document with page numbers, for the print preview.
    static PrintableDocument document(const ExportTable &table);
    static bool write(ExportSource &source, const QString &path, const ExportProgress &progress,
                      QString *error);
    // Makes TableExporter write .pdf through write(). Idempotent.
    static void registerWithExporter();

    // A cell's text as printed: dates in Chinese, a text longer than `maxPrintedCharacters`
    // cut with a note (a printed list is no place for a 10,000-character text).
    static QString cellText(QByteArrayView cell, ExportColumn::Type type);
    static constexpr int maxPrintedCharacters = 2000;
};
