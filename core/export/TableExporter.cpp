#include "core/export/TableExporter.h"

#include "core/export/CsvExporter.h"
#include "core/export/XlsxWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>

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
    // Same folder, so that the final rename is atomic and never crosses file systems.
    QTemporaryFile temp(target.absoluteDir().filePath(u".%1.XXXXXX.part"_s.arg(target.fileName())));
    if (!temp.open()) {
        if (error)
            *error = tr("%1: cannot create a file in this folder: %2")
                         .arg(target.absolutePath(), temp.errorString());
        return false;
    }
    const QString tempPath = temp.fileName();
    bool ok = false;
    switch (*format) {
    case Format::Csv:
        ok = CsvExporter::write(table, temp, progress, error) && temp.flush();
        break;
    case Format::Xlsx:
        temp.close();
        ok = XlsxWriter::write(table, tempPath, {options.sheetPerGroup}, progress, error);
        break;
    case Format::Pdf:
        temp.close();
        ok = pdfWriter()(table, tempPath, progress, error);
        break;
    }
    temp.close();
    if (!ok)
        return false; // QTemporaryFile removes what was written
    QFile::setPermissions(tempPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (std::rename(QFile::encodeName(tempPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        if (error)
            *error = tr("%1: cannot replace the file").arg(path);
        return false;
    }
    temp.setAutoRemove(false);
    return true;
}
