#pragma once

#include "core/export/ExportProgress.h"
#include "core/export/ExportTable.h"

#include <QCoreApplication>

// Writes a table to an .xlsx workbook through libxlsxwriter: bold Chinese header row frozen at
// the top with an autofilter, column widths from the table, wrapped long texts, real date cells
// (yyyy-mm-dd) and optionally one extra sheet per value of the table's group column (a sheet
// per department). Writes `path` directly; TableExporter gives it a temporary name and renames
// on success so that no partial file is ever left under the user's name.
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    struct Options {
        bool sheetPerGroup = false;
    };

    static bool write(const ExportTable &table, const QString &path, const Options &options,
                      const ExportProgress &progress, QString *error);

    // Excel's rules: at most 31 characters, none of []:*?/\ and unique in the workbook.
    static QString sheetName(const QString &wanted, const QStringList &taken);
};
