#pragma once

#include "core/export/ExportProgress.h"
#include "core/export/ExportSource.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

// Writes a list to .xlsx, .csv or .pdf chosen by the file's suffix, streaming its rows from the
// source. The file is written out of sight in the destination folder (PartFile) and takes the
// destination's name only when it is complete, so a cancelled, failed or killed export never
// leaves a partial file behind and never damages an older file of the same name.
//
// PDF needs QtGui, which core must not link: the forms library's ExportTablePdf registers its
// renderer with setPdfWriter(). The CLI does so when it loads its printing library
// (PrintingLibrary); in the GUI the export dialog and the list printing do so before their
// first export, so that they work wherever they are built (tests build them without the
// application). Without a writer a .pdf is refused with a message, never written wrong.
class TableExporter {
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    enum class Format { Xlsx, Csv, Pdf };
    struct Options {
        bool sheetPerGroup = false; // xlsx: a sheet per department besides the full list
    };
    using PdfWriter = std::function<bool(ExportSource &, const QString &path,
                                         const ExportProgress &, QString *error)>;

    static std::optional<Format> formatForPath(const QString &path);
    static void setPdfWriter(PdfWriter writer);
    static bool hasPdfWriter();

    static bool write(ExportSource &source, const QString &path, const Options &options,
                      const ExportProgress &progress, QString *error);
    // A table already in memory.
    static bool write(const ExportTable &table, const QString &path, const Options &options,
                      const ExportProgress &progress, QString *error);
};
