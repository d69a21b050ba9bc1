#pragma once

#include "core/export/ExportProgress.h"
#include "core/export/ExportTable.h"
#include "forms/PrintableDocument.h"

#include <QCoreApplication>

// Prints an exported list (问题建议清单, 交办事项, 评价) as a landscape A4 PDF with the forms
// library's renderer and fonts, so that the PDF export looks like the other printed documents
// and its Chinese text can be searched and copied. Registered with TableExporter so that the
// CLI's and the GUI's exports can write .pdf although core has no QtGui.
class ExportTablePdf {
    Q_DECLARE_TR_FUNCTIONS(ExportTablePdf)

public:
    static QString html(const ExportTable &table);
    // The table as a landscape A4 document with page numbers, for the print preview.
    static PrintableDocument document(const ExportTable &table);
    static bool write(const ExportTable &table, const QString &path, const ExportProgress &progress,
                      QString *error);
    // Makes TableExporter write .pdf through write(). Idempotent.
    static void registerWithExporter();
};
