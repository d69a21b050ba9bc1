#pragma once

#include "core/export/ExportProgress.h"
#include "core/export/ExportSource.h"

#include <QCoreApplication>

// Writes a list to an .xlsx workbook through libxlsxwriter in its constant-memory mode: each
// row goes to a temporary file as soon as it is written, so a million rows take no more memory
// than one. Bold Chinese header row frozen at the top with an autofilter, column widths from
// the list, wrapped long texts, real date cells (yyyy-mm-dd), text always as text cells (a
// cell starting with = is never a formula), and optionally one extra sheet per value of the
// list's group column (a sheet per department), filled in the same pass. Writes `path`
// directly; TableExporter gives it a temporary name and renames on success so that no partial
// file is ever left under the user's name.
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    struct Options {
        bool sheetPerGroup = false;
    };

    static bool write(ExportSource &source, const QString &path, const Options &options,
                      const ExportProgress &progress, QString *error);

    // Excel's rules: at most 31 characters, none of []:*?/\ and unique in the workbook.
    static QString sheetName(const QString &wanted, const QStringList &taken);
};
