#include "forms/report/ExportTablePdf.h"

#include "core/export/TableExporter.h"
#include "core/export/TableSource.h"
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

// Rows laid out and painted at a time: a few pages, so that a long list never builds a long
// document (Qt's table layout slows down more than linearly with its rows).
constexpr int rowsPerPiece = 200;

// Latin letters, digits and their punctuation only, short: 编号, phone numbers, codes.
bool isCode(const QString &text) {
    return text.size() <= 20 &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

QList<FormTable::Column> formColumns(const ExportTable &layout) {
    QList<FormTable::Column> columns;
    for (const ExportColumn &column : layout.columns) {
        FormTable::Column f{column.header};
        if (column.type == ExportColumn::Type::Date) {
            f.fit = FormTable::Fit::Whole;
        } else if (column.type == ExportColumn::Type::Integer) {
            f.fit = FormTable::Fit::Whole;
            f.align = FormTable::Align::Right;
        }
        columns << f;
    }
    return columns;
}

QStringList rowCells(const ExportTable &layout, const ExportRows &row) {
    QStringList cells;
    for (int c = 0; c < layout.columns.size(); ++c)
        cells << ExportTablePdf::cellText(row.cell(c), layout.columns.at(c).type);
    return cells;
}

// The columns measured over every row: text columns holding codes only stay on one line.
struct Measured {
    FormTable table;
    int rows = 0;
};

// `keepGoing` is asked every few hundred rows, so that a long list can be cancelled while it is
// measured too.
std::optional<Measured> measure(ExportSource &source, QString *error,
                                const std::function<bool()> &keepGoing = {}) {
    const ExportTable &layout = source.layout();
    Measured m{FormTable(formColumns(layout), 9, 257)};
    QList<bool> codes(layout.columns.size(), true);
    std::unique_ptr<ExportRows> rows = source.rows(error);
    if (!rows)
        return std::nullopt;
    while (rows->next()) {
        const QStringList cells = rowCells(layout, *rows);
        for (int c = 0; c < cells.size(); ++c)
            codes[c] = codes.at(c) && isCode(cells.at(c));
        m.table.measureRow(cells);
        if (++m.rows % 500 == 0 && keepGoing && !keepGoing())
            return std::nullopt;
    }
    if (!rows->error().isEmpty()) {
        if (error)
            *error = rows->error();
        return std::nullopt;
    }
    for (int c = 0; c < layout.columns.size(); ++c) {
        if (layout.columns.at(c).type == ExportColumn::Type::Text && codes.at(c))
            m.table.setFit(c, FormTable::Fit::Whole);
    }
    return m;
}

// 小五号 (9 pt) where the columns fit; a list of many columns in 8 or 六号 (7.5 pt) rather than
// with its dates and codes broken over lines.
FormTable sized(const ExportTable &layout, const FormTable &measured) {
    for (const qreal size : {9.0, 8.0, 7.5}) {
        FormTable f(formColumns(layout), size, 257);
        for (int c = 0; c < layout.columns.size(); ++c)
            f.setFit(c, measured.column(c).fit);
        f.copyMeasuresFrom(measured);
        if (size == 7.5 || f.readsWell())
            return f;
    }
    Q_UNREACHABLE();
}

QString preamble(const ExportTable &table) {
    // Landscape: a line of 257 mm.
    QString h = FormHtml::title(ChineseFormat::titleWords(table.title), 18, 257);
    if (!table.description.isEmpty())
        h += u"<p align=\"center\" style=\"font-size: 10pt;\">%1</p>"_s.arg(
            table.description.toHtmlEscaped());
    return h;
}

QString footer(int rows) {
    return u"<p>共 %1 条</p>"_s.arg(rows);
}

PrintableDocument landscape(const QString &name, const QString &html) {
    PrintableDocument doc;
    doc.name = name;
    doc.html = html;
    doc.layout = PrintableDocument::Layout::Landscape;
    return doc;
}

// How many of the table's rows go on each page so that no row is cut in two (a list's row
// split over a page break, with the header repeated in between, reads as two rows and breaks
// copying): the rows are laid out once, unpaginated, on a 600 dpi PDF device as
// DocumentRenderer will print them, and packed greedily. `used` is the height the first page
// has used already (the title); a row taller than a page gets a page of its own and flows on
// as long texts do.
QList<int> rowsPerPage(const FormTable &f, const QString &before) {
    if (f.rowCount() == 0)
        return {0}; // the header alone (an empty list): no row to measure
    const PrintableDocument single = landscape({}, before + f.html());
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter device(&sink);
    device.setResolution(600);
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), single.orientation(), QMarginsF()));
    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF paper = a4.transposed();
    const QMarginsF m = single.marginsMm();
    const QSizeF body((paper.width() - m.left() - m.right()) * dotsPerMm,
                      (paper.height() - m.top() - m.bottom()) * dotsPerMm);
    const auto text = DocumentRenderer::layout(single, &device, QSizeF(body.width(), -1), false);
    QTextTable *grid = nullptr;
    for (QTextFrame *frame : text->rootFrame()->childFrames())
        if ((grid = qobject_cast<QTextTable *>(frame)))
            break;
    if (!grid || grid->rows() != f.rowCount() + 1)
        return {f.rowCount()};
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
    qreal used = frame.top() + border + header; // what comes before the table on page one
    for (int r = 1; r <= f.rowCount(); ++r) {
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

// A table per page, each with its header row: Qt's collapsed borders also cost time in
// proportion to the whole table on every page drawn, so small tables print much faster.
QString pagesHtml(const FormTable &f, const QList<int> &pages, int from, int count,
                  bool breakBeforeFirst) {
    QString h;
    int row = from;
    for (int p = 0; p < count; ++p) {
        if (p > 0 || breakBeforeFirst)
            h += u"<p style=\"margin: 0px; font-size: 1pt;\"></p>"_s; // Qt puts a block between
        h += f.startHtml(p > 0);                                      // the header on every page
        for (int i = 0; i < pages.at(p); ++i)
            h += f.rowHtml(row++);
        h += FormTable::endHtml();
    }
    return h;
}

} // namespace

QString ExportTablePdf::cellText(QByteArrayView cell, ExportColumn::Type type) {
    if (type == ExportColumn::Type::Date) {
        const QDate d = ExportCell::date(cell);
        return d.isValid() ? d.toString(u"yyyy年M月d日"_s) : QString();
    }
    QString text = QString::fromUtf8(cell);
    if (text.size() > maxPrintedCharacters)
        text = text.left(maxPrintedCharacters) +
               u"……（以下从略，全文共 %1 字，见电子表格导出）"_s.arg(text.size());
    return text;
}

QString ExportTablePdf::html(const ExportTable &table) {
    return document(table).html;
}

PrintableDocument ExportTablePdf::document(const ExportTable &table) {
    TableSource source(table);
    const std::optional<Measured> m = measure(source, nullptr);
    FormTable f = sized(table, m->table);
    std::unique_ptr<ExportRows> rows = source.rows(nullptr);
    while (rows->next())
        f.addMeasuredRow(rowCells(table, *rows));
    const QList<int> pages = rowsPerPage(f, preamble(table));
    PrintableDocument doc = landscape(table.title, preamble(table) + f.html() + footer(m->rows));
    if (pages.size() >= 2)
        doc.html =
            preamble(table) + pagesHtml(f, pages, 0, int(pages.size()), false) + footer(m->rows);
    return doc;
}

bool ExportTablePdf::write(ExportSource &source, const QString &path,
                           const ExportProgress &progress, QString *error) {
    const ExportTable &layout = source.layout();
    auto cancelled = [&](int done, int total) {
        if (!progress || progress(done, total))
            return false;
        if (error)
            *error = tr("The export was cancelled.");
        return true;
    };
    if (cancelled(0, int(source.rowCount())))
        return false;
    const std::optional<Measured> measured =
        measure(source, error, [&] { return !cancelled(0, int(source.rowCount())); });
    if (!measured)
        return false;
    const int total = measured->rows;
    if (cancelled(0, total))
        return false;
    FormTable f = sized(layout, measured->table);
    std::unique_ptr<ExportRows> rows = source.rows(error);
    if (!rows)
        return false;

    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setCreator(u"Qinqing"_s);
    writer.setTitle(layout.title);
    DocumentRenderer renderer;
    const PrintableDocument first = landscape(layout.title, {});
    if (!renderer.begin(&writer, first)) {
        if (error)
            *error = renderer.errorString();
        return false;
    }
    // Rows are read a piece at a time; the rows of a piece's last page, which the next rows
    // may fill up, wait for the next piece.
    QList<QStringList> pending;
    int printed = 0;
    bool more = true;
    bool firstPiece = true;
    while (more || !pending.isEmpty()) {
        while (more && pending.size() < rowsPerPiece) {
            more = rows->next();
            if (more)
                pending << rowCells(layout, *rows);
        }
        if (!rows->error().isEmpty()) {
            renderer.end();
            if (error)
                *error = rows->error();
            return false;
        }
        f.clearRows();
        for (const QStringList &cells : std::as_const(pending))
            f.addMeasuredRow(cells);
        const QString before = firstPiece ? preamble(layout) : QString();
        const QList<int> pages = rowsPerPage(f, before);
        const int full = more ? int(pages.size()) - 1 : int(pages.size());
        if (full > 0 || !more) {
            int rowsOut = 0;
            for (int p = 0; p < full; ++p)
                rowsOut += pages.at(p);
            QString html = before + pagesHtml(f, pages, 0, full, false);
            if (!more)
                html += footer(total);
            renderer.add(landscape(layout.title, html), true);
            pending.remove(0, rowsOut);
            printed += rowsOut;
            firstPiece = false;
        } else if (pending.size() >= 4 * rowsPerPiece) {
            // Rows too few for a page yet this many: they are taller than a page each; print
            // them as they come rather than hold them.
            renderer.add(landscape(layout.title, before + pagesHtml(f, pages, 0, 1, false)), true);
            printed += int(pending.size());
            pending.clear();
            firstPiece = false;
        }
        if (cancelled(printed, total)) {
            renderer.end();
            return false;
        }
    }
    if (!renderer.end()) {
        if (error)
            *error = renderer.errorString().isEmpty()
                         ? tr("Cannot write the PDF file %1.").arg(path)
                         : renderer.errorString();
        return false;
    }
    return !cancelled(total, total);
}

void ExportTablePdf::registerWithExporter() {
    TableExporter::setPdfWriter(&ExportTablePdf::write);
}
