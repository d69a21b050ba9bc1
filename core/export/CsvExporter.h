#pragma once

#include "core/export/ExportProgress.h"
#include "core/export/ExportTable.h"

#include <QCoreApplication>

class QIODevice;

// Writes a table as CSV the way Excel and WPS open it without an import dialog: UTF-8 with a
// byte-order mark (without it both read Chinese as GBK mojibake), CRLF line ends, RFC 4180
// quoting, dates as YYYY-MM-DD.
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    // False when cancelled or the device failed; `error` says which.
    static bool write(const ExportTable &table, QIODevice &device, const ExportProgress &progress,
                      QString *error);
    static QString quote(const QString &field);
};
