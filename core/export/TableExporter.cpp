#include "core/export/TableExporter.h"

#include "core/export/CsvExporter.h"
#include "core/export/PartFile.h"
#include "core/export/TableSource.h"
#include "core/export/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
TableExporter::PdfWriter &pdfWriter() {
    static TableExporter::PdfWriter writer;
    return writer;
}
} // namespace

std::optional<TableExporter::Format> TableExporter::formatForPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "xlsx"_L1)
        return Format::Xlsx;
    if (suffix == "csv"_L1)
        return Format::Csv;
    if (suffix == "pdf"_L1)
        return Format::Pdf;
    return std::nullopt;
}

void TableExporter::setPdfWriter(PdfWriter writer) {
    pdfWriter() = std::move(writer);
}

bool TableExporter::hasPdfWriter() {
    return bool(pdfWriter());
}

bool TableExporter::write(const ExportTable &table, const QString &path, const Options &options,
                          const ExportProgress &progress, QString *error) {
    TableSource source(table);
    return write(source, path, options, progress, error);
}

bool TableExporter::write(ExportSource &source, const QString &path, const Options &options,
                          const ExportProgress &progress, QString *error) {
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("%1: the file name must end in .xlsx, .csv or .pdf").arg(path);
        return false;
    }
    if (*format == Format::Pdf && !hasPdfWriter()) {
        if (error)
            *error = tr("%1: PDF export is not available in this program").arg(path);
        return false;
    }
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        if (error)
            *error = tr("%1: the folder does not exist").arg(target.absolutePath());
        return false;
    }
    PartFile part(path);
    if (!part.open(error))
        return false;
    bool ok = false;
    switch (*format) {
    case Format::Csv: {
        QFile file(part.writePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
            return false;
        }
        ok = CsvExporter::write(source, file, progress, error) && file.flush();
        if (ok && file.error() != QFileDevice::NoError) {
            ok = false;
            if (error)
                *error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
        }
        break;
    }
    case Format::Xlsx:
        ok = XlsxWriter::write(source, part.writePath(), {options.sheetPerGroup}, progress, error);
        break;
    case Format::Pdf:
        ok = pdfWriter()(source, part.writePath(), progress, error);
        break;
    }
    return ok && part.commit(error); // PartFile removes what was written otherwise
}
