#include "forms/report/ExportTablePdf.h"

#include "core/export/TableExporter.h"
#include "forms/ChineseFormat.h"
#include "forms/DocumentRenderer.h"
#include "forms/FormHtml.h"
#include "forms/FormTable.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace {

QString cellText(const QVariant &v) {
    return v.typeId() == QMetaType::QDate ? v.toDate().toString(u"yyyy年M月d日"_s) : v.toString();
}

// Latin letters, digits and their punctuation only, short: 编号, phone numbers, codes.
bool isCode(const QString &text) {
    return text.size() <= 20 &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// The list as a FormTable on landscape A4 (257 mm lines) in `pointSize`: dates, counts and
// codes on one line, the other columns as wide as their texts ask.
FormTable formTable(const ExportTable &table, qreal pointSize) {
    QList<FormTable::Column> columns;
    for (int c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &column = table.columns.at(c);
        FormTable::Column f{column.header};
        if (column.type == ExportColumn::Type::Date) {
            f.fit = FormTable::Fit::Whole;
        } else if (column.type == ExportColumn::Type::Integer) {
            f.fit = FormTable::Fit::Whole;
            f.align = FormTable::Align::Right;
        } else if (column.type == ExportColumn::Type::Text) {
            const bool codes =
                std::all_of(table.rows.begin(), table.rows.end(), [c](const QVariantList &row) {
                    return isCode(cellText(row.value(c)));
                });
            if (codes)
                f.fit = FormTable::Fit::Whole;
        }
        columns << f;
    }
    FormTable f(columns, pointSize, 257);
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (int c = 0; c < table.columns.size(); ++c)
            cells << cellText(row.value(c));
        f.addRow(cells);
    }
    return f;
}

// 小五号 (9 pt) where the columns fit; a list of many columns in 8 or 六号 (7.5 pt) rather than
// with its dates and codes broken over lines.
FormTable formTable(const ExportTable &table) {
    for (const qreal size : {9.0, 8.0}) {
        FormTable f = formTable(table, size);
        if (f.readsWell())
            return f;
    }
    return formTable(table, 7.5);
}

QString preamble(const ExportTable &table) {
    // Landscape: a line of 257 mm.
    QString h = FormHtml::title(ChineseFormat::titleWords(table.title), 18, 257);
    if (!table.description.isEmpty())
        h += u"<p align=\"center\" style=\"font-size: 10pt;\">%1</p>"_s.arg(
            table.description.toHtmlEscaped());
    return h;
}

QString footer(const ExportTable &table) {
    return u"<p>共 %1 条</p>"_s.arg(table.rows.size());
}

// How many rows go on each page so that no row is cut in two (a list's row split over a page
// break, with the header repeated in between, reads as two rows and breaks copying): the list
// is laid out once, unpaginated, on a 600 dpi PDF device as DocumentRenderer will print it,
// and the rows are packed greedily. A row taller than a page gets a page of its own and flows
// on as long texts do.
QList<int> rowsPerPage(const ExportTable &table, const PrintableDocument &single) {
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter device(&sink);
    device.setResolution(600);
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), single.orientation(), QMarginsF()));
    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF paper = single.orientation() == QPageLayout::Landscape ? a4.transposed() : a4;
    const QMarginsF m = single.marginsMm();
    const QSizeF body((paper.width() - m.left() - m.right()) * dotsPerMm,
                      (paper.height() - m.top() - m.bottom()) * dotsPerMm);
    const auto text = DocumentRenderer::layout(single, &device, QSizeF(body.width(), -1), false);
    QTextTable *grid = nullptr;
    for (QTextFrame *frame : text->rootFrame()->childFrames())
        if ((grid = qobject_cast<QTextTable *>(frame)))
            break;
    if (!grid || grid->rows() != table.rows.size() + 1)
        return {int(table.rows.size())};
    auto *layout = text->documentLayout();
    const auto rowTop = [&](int r) {
        return layout->blockBoundingRect(grid->cellAt(r, 0).firstCursorPosition().block()).top();
    };
    const QRectF frame = layout->frameBoundingRect(grid);
    const qreal border = rowTop(0) - frame.top(); // above the header's text
    const qreal header = rowTop(1) - rowTop(0);
    // A little room for rounding between this device and a printer's.
    const qreal spare = 3 * dotsPerMm;
    QList<int> pages;
    int onPage = 0;
    qreal used = frame.top() + border + header; // the title and description on page one
    for (int r = 1; r <= table.rows.size(); ++r) {
        const qreal height = (r < grid->rows() - 1 ? rowTop(r + 1) : frame.bottom()) - rowTop(r);
        if (onPage > 0 && used + height > body.height() - spare) {
            pages << onPage;
            onPage = 0;
            used = border + header;
        }
        ++onPage;
        used += height;
    }
    pages << onPage;
    return pages;
}

} // namespace

QString ExportTablePdf::html(const ExportTable &table) {
    return preamble(table) + formTable(table).html() + footer(table);
}

PrintableDocument ExportTablePdf::document(const ExportTable &table) {
    const FormTable f = formTable(table);
    PrintableDocument doc;
    doc.name = table.title;
    doc.html = preamble(table) + f.html() + footer(table);
    doc.layout = PrintableDocument::Layout::Landscape;
    const QList<int> pages = rowsPerPage(table, doc);
    if (pages.size() < 2)
        return doc;
    // A table per page, each with its header row: Qt's collapsed borders also cost time in
    // proportion to the whole table on every page drawn, so small tables print much faster.
    QString h = preamble(table);
    int row = 0;
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            h += u"<p style=\"margin: 0px; font-size: 1pt;\"></p>"_s; // Qt puts a block between
        h += f.startHtml(p > 0);                                      // the header on every page
        for (int i = 0; i < pages.at(p); ++i)
            h += f.rowHtml(row++);
        h += FormTable::endHtml();
    }
    doc.html = h + footer(table);
    return doc;
}

bool ExportTablePdf::write(const ExportTable &table, const QString &path,
                           const ExportProgress &progress, QString *error) {
    const int total = int(table.rows.size());
    if (progress && !progress(0, total)) {
        if (error)
            *error = tr("The export was cancelled.");
        return false;
    }
    DocumentRenderer renderer;
    if (!renderer.writePdf({document(table)}, path)) {
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
