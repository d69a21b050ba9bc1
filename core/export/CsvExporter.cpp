#include "core/export/CsvExporter.h"

#include <QDate>
#include <QIODevice>

using namespace Qt::StringLiterals;

QString CsvExporter::quote(const QString &field) {
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool CsvExporter::write(const ExportTable &table, QIODevice &device, const ExportProgress &progress,
                        QString *error) {
    auto line = [&](const QStringList &fields) {
        const QByteArray bytes = (fields.join(u',') + u"\r\n"_s).toUtf8();
        return device.write(bytes) == bytes.size();
    };
    QStringList headers;
    for (const ExportColumn &c : table.columns)
        headers << quote(c.header);
    bool ok = device.write("\xEF\xBB\xBF", 3) == 3 && line(headers);
    const int total = int(table.rows.size());
    for (int r = 0; ok && r < total; ++r) {
        const QVariantList &row = table.rows.at(r);
        QStringList fields;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = row.value(c);
            fields << quote(v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                                           : v.toString());
        }
        ok = line(fields);
        if (ok && progress && (r % 500 == 0 || r + 1 == total) && !progress(r + 1, total)) {
            if (error)
                *error = tr("The export was cancelled.");
            return false;
        }
    }
    if (!ok && error)
        *error = tr("Cannot write the CSV file: %1").arg(device.errorString());
    return ok;
}
