#pragma once

#include "core/export/ExportProgress.h"
#include "core/export/ExportSource.h"

#include <QCoreApplication>

class QIODevice;

// Writes a list as CSV the way Excel and WPS open it without an import dialog: UTF-8 with a
// byte-order mark (without it both read Chinese as GBK mojibake), CRLF line ends, RFC 4180
// quoting, dates as YYYY-MM-DD. Cells that a spreadsheet would run as a formula are made text.
// Streams: the cells go from the source to the device as bytes, 64 KB at a time.
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    // False when cancelled or the device failed; `error` says which.
    static bool write(ExportSource &source, QIODevice &device, const ExportProgress &progress,
                      QString *error);

    // Appends `cell` to `line` as a CSV field: neutralised, quoted when it must be, without
    // NUL bytes (which no spreadsheet reads).
    static void appendField(QByteArray &line, QByteArrayView cell);
    // The field as a CSV cell.
    static QString quote(const QString &field);
    // A leading ' before a field that starts with = + - @, a tab or a carriage return.
    static QString neutralise(const QString &field);
};
