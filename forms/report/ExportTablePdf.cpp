#include "ExportTablePdf.h"

#include "DocumentRenderer.h"
#include "TableExporter.h"

#include <QDate>

using namespace Qt::StringLiterals;

QString ExportTablePdf::html(const ExportTable &table) {
    int totalWidth = 0;
    for (const ExportColumn &c : table.columns)
        totalWidth += std::max(1, c.width);
    QString h = u"<h2 align=\"center\">%1</h2>"
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                "style=\"border-collapse: collapse; font-size: 9pt;\"><thead><tr>"_s.arg(
                    table.title.toHtmlEscaped());
    for (const ExportColumn &c : table.columns)
        h +=
            u"<th width=\"%1%\">%2</th>"_s.arg(100 * std::max(1, c.width) / std::max(1, totalWidth))
                .arg(c.header.toHtmlEscaped());
    h += u"</tr></thead>"_s;
    for (const QVariantList &row : table.rows) {
        h += u"<tr>"_s;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = row.value(c);
            const QString text = v.typeId() == QMetaType::QDate
                                     ? v.toDate().toString(u"yyyy年M月d日"_s)
                                     : v.toString();
            h += u"<td>%1</td>"_s.arg(text.toHtmlEscaped().replace(u"\n"_s, u"<br/>"_s));
        }
        h += u"</tr>"_s;
    }
    h += u"</table><p>共 %1 条</p>"_s.arg(table.rows.size());
    return h;
}

bool ExportTablePdf::write(const ExportTable &table, const QString &path,
                           const ExportProgress &progress, QString *error) {
    const int total = int(table.rows.size());
    if (progress && !progress(0, total)) {
        if (error)
            *error = tr("The export was cancelled.");
        return false;
    }
    PrintableDocument doc;
    doc.name = table.title;
    doc.html = html(table);
    doc.layout = PrintableDocument::Layout::Landscape;
    DocumentRenderer renderer;
    if (!renderer.writePdf({doc}, path)) {
        if (error)
            *error = renderer.errorString();
        return false;
    }
    if (progress && !progress(total, total)) {
        if (error)
            *error = tr("The export was cancelled.");
        return false;
    }
    return true;
}

void ExportTablePdf::registerWithExporter() {
    TableExporter::setPdfWriter(&ExportTablePdf::write);
}
