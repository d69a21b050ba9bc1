#include "forms/PageFill.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QHash>
#include <QPaintDevice>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString prefix = u"qqfill-"_s;

struct WritingCell {
    QTextTable *table = nullptr;
    int row = 0;
    int column = 0;
    int weight = 1;
    qreal basePadding = 0; // CSS pixels
    qreal slack = 0;       // dots the row is taller than the cell needs
};

int weightOf(const QTextTableCell &cell) {
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        for (auto f = block.begin(); !f.atEnd(); ++f) {
            for (const QString &name : f.fragment().charFormat().anchorNames()) {
                if (name.startsWith(prefix))
                    return std::max(1, name.mid(prefix.size()).toInt());
            }
        }
    }
    return 0;
}

QList<WritingCell> writingCells(QTextDocument *doc) {
    QList<WritingCell> cells;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                if (const int w = weightOf(cell))
                    cells << WritingCell{table, r, c, w};
            }
        }
    }
    return cells;
}

// A cell's padding in CSS pixels: its own, or else the table's (the HTML's cellpadding).
qreal paddingOf(const QTextTableCell &cell, const QTextTable *table, QTextFormat::Property side) {
    const QTextFormat format = cell.format();
    return format.hasProperty(side) ? format.doubleProperty(side) : table->format().cellPadding();
}

// How tall a cell is in dots with its padding, as laid out: its text (first block's top to
// last block's bottom) and its padding above and below.
qreal cellHeight(QTextDocument *doc, const QTextTableCell &cell, const QTextTable *table,
                 qreal scale) {
    const QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal text = layout->blockBoundingRect(doc->findBlock(cell.lastPosition())).bottom() -
                       layout->blockBoundingRect(doc->findBlock(cell.firstPosition())).top();
    return text + scale * (paddingOf(cell, table, QTextFormat::TableCellTopPadding) +
                           paddingOf(cell, table, QTextFormat::TableCellBottomPadding));
}

// Each writing cell's own padding, and how much taller than it its row is (a label of two
// lines beside one line of text), from the layout at hand. Rows another cell spans into
// count no slack: a fill that comes out short takes one more step, one that ran over would
// cost a search.
void measure(QTextDocument *doc, QList<WritingCell> &cells, qreal scale) {
    for (WritingCell &c : cells) {
        const QTextTableCell cell = c.table->cellAt(c.row, c.column);
        c.basePadding = paddingOf(cell, c.table, QTextFormat::TableCellBottomPadding);
        c.slack = 0;
        if (cell.rowSpan() != 1)
            continue;
        qreal row = 0;
        for (int column = 0; column < c.table->columns(); ++column) {
            const QTextTableCell other = c.table->cellAt(c.row, column);
            if (other.column() != column)
                continue;
            if (other.rowSpan() != 1) {
                row = 0;
                break;
            }
            row = std::max(row, cellHeight(doc, other, c.table, scale));
        }
        c.slack = std::max<qreal>(0, row - cellHeight(doc, cell, c.table, scale));
    }
}

// The padding (in CSS pixels, on top of the cells' own, shared by weight) that moves the
// content down by `wanted` dots, if each row grows by what its writing cell's share exceeds
// the cell's slack.
qreal paddingFor(const QList<WritingCell> &cells, qreal wanted, qreal scale) {
    int total = 0;
    for (const WritingCell &c : cells)
        total += c.weight;
    const auto growth = [&](qreal dots) {
        QHash<QPair<const QTextTable *, int>, qreal> rows;
        for (const WritingCell &c : cells) {
            qreal &row = rows[{c.table, c.row}];
            row = std::max(row, dots * c.weight / total - c.slack);
        }
        qreal sum = 0;
        for (qreal g : std::as_const(rows))
            sum += std::max<qreal>(0, g);
        return sum;
    };
    // Growth rises with the padding and never by more than it: between `wanted` and `wanted`
    // plus every slack.
    qreal low = wanted, high = wanted;
    for (const WritingCell &c : cells)
        high += c.slack * total / c.weight;
    for (int pass = 0; pass < 40 && high - low > 0.5; ++pass) {
        const qreal mid = (low + high) / 2;
        (growth(mid) < wanted ? low : high) = mid;
    }
    return low / scale;
}

// Where the content ends: the bottom of the last block (an empty one follows a closing table).
qreal contentBottom(QTextDocument *doc) {
    doc->documentLayout()->documentSize(); // finishes the layout, which Qt defers after edits
    return doc->documentLayout()->blockBoundingRect(doc->lastBlock()).bottom();
}

// Every writing cell gets `extra` in proportion to its weight on top of its own padding.
void setPadding(QList<WritingCell> &cells, qreal extra) {
    int total = 0;
    for (const WritingCell &c : cells)
        total += c.weight;
    if (total == 0)
        return;
    QTextCursor batch(cells.first().table->document());
    batch.beginEditBlock();
    for (const WritingCell &c : cells) {
        QTextTableCell cell = c.table->cellAt(c.row, c.column);
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBottomPadding(c.basePadding + std::max<qreal>(0, extra * c.weight / total));
        format.setVerticalAlignment(QTextCharFormat::AlignTop); // written from the top down
        cell.setFormat(format);
    }
    batch.endEditBlock();
}

// Sets the text of `cells` (or of every cell of the document's tables) in `points`.
void shrinkText(QTextDocument *doc, const QList<WritingCell> &cells, qreal points, bool all) {
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    const auto shrink = [&](const QTextTableCell &cell) {
        cursor.setPosition(cell.firstPosition());
        cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
        QTextCharFormat size;
        size.setFontPointSize(points);
        cursor.mergeCharFormat(size);
    };
    if (all) {
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                for (int r = 0; r < table->rows(); ++r)
                    for (int c = 0; c < table->columns(); ++c)
                        shrink(table->cellAt(r, c));
            }
        }
    } else {
        for (const WritingCell &c : cells)
            shrink(c.table->cellAt(c.row, c.column));
    }
    cursor.endEditBlock();
}

void setCellPadding(QTextDocument *doc, qreal padding) {
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setCellPadding(padding);
            table->setFormat(format);
        }
    }
}

// What Qt multiplies a length in CSS pixels by on the document's paint device: the device's
// resolution over the screen's (Qt's qt_defaultDpiY: 96 with AA_Use96Dpi, 100 without a
// screen).
qreal pixelScale(QTextDocument *doc) {
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    if (!device)
        return 1;
    qreal screenDpi = 100;
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        screenDpi = 96;
    else if (const QScreen *screen = QGuiApplication::primaryScreen())
        screenDpi = qRound(screen->logicalDotsPerInchY());
    return screenDpi > 0 ? device->logicalDpiY() / screenDpi : 1;
}

} // namespace

QString PageFill::mark(const QString &cellHtml, int weight) {
    return u"<a name=\"%1%2\">%3</a>"_s.arg(prefix).arg(weight).arg(cellHtml);
}

qreal PageFill::apply(QTextDocument *doc, bool onePage) {
    const qreal page = doc->pageSize().height();
    if (page <= 0)
        return 0;
    QList<WritingCell> cells = writingCells(doc);
    if (cells.isEmpty())
        return 0;
    qreal shrunk = 0;
    if (doc->pageCount() > 1) {
        if (!onePage)
            return 0; // long texts flow on to further pages
        // Smaller text in the writing cells first (小四, 五号, 小五), then in every cell as
        // well, then closer cell padding; until the sheet holds it.
        const qreal before = contentBottom(doc);
        struct Step {
            qreal all; // 0: the labels and short values keep their size
            qreal writing;
            qreal padding; // < 0: the table's own
        };
        for (const Step &step :
             {Step{0, 12, -1}, Step{0, 10.5, -1}, Step{0, 9, -1}, Step{10.5, 9, -1},
              Step{9, 7.5, -1}, Step{9, 7.5, 2}, Step{7.5, 7.5, 1}}) {
            if (step.all > 0)
                shrinkText(doc, cells, step.all, true);
            shrinkText(doc, cells, step.writing, false);
            if (step.padding >= 0)
                setCellPadding(doc, step.padding);
            if (doc->pageCount() == 1)
                break;
        }
        shrunk = contentBottom(doc) - before;
        if (doc->pageCount() > 1)
            return shrunk;
    }
    // A little under the page, so that rounding in the painter's scale never opens a page
    // holding only the empty paragraph after the table.
    const qreal target = page - page * 0.005;
    const qreal close = page * 0.002; // 0.45 mm: near enough to the foot
    qreal reached = contentBottom(doc);
    const qreal start = reached;
    if (target - reached <= 0)
        return shrunk;
    // The padding is in CSS pixels, which Qt scales to the device (6.25 dots a pixel at the
    // PDF's 600 dpi). A writing cell whose row is taller than its text (a label of two lines)
    // takes in the first part of its share without growing: measured on the layout at hand,
    // the padding that fills the page comes from one layout. Should the sheet still end
    // short, each further step adds what is missing. (Trying paddings in dots and searching
    // back from the overshoot cost ten layouts a sheet.)
    const qreal scale = pixelScale(doc);
    measure(doc, cells, scale);
    const auto fits = [&](qreal padding) {
        setPadding(cells, padding);
        reached = contentBottom(doc);
        return doc->pageCount() == 1 && reached <= target;
    };
    // Qt rounds each row's height to whole dots: aimed a dot a writing cell short of the
    // target, a step that would have just reached it does not overshoot by a rounding.
    const qreal aim = target - cells.size();
    qreal added = 0, over = -1;
    for (int step = 0; step < 4 && target - reached >= close && aim > reached; ++step) {
        const qreal next =
            step == 0 ? paddingFor(cells, aim - reached, scale) : added + (aim - reached) / scale;
        if (!fits(next)) {
            over = next;
            break;
        }
        added = next;
    }
    // Past the foot after all (a row moved on to the next page whole): search between the
    // last padding that fitted and the first that did not.
    if (over > added) {
        for (int pass = 0; pass < 8 && (over - added) * scale > close; ++pass) {
            const qreal mid = (added + over) / 2;
            (fits(mid) ? added : over) = mid;
        }
        fits(added);
    }
    return reached - start + shrunk;
}

bool PageFill::toFoot(QTextDocument *doc) {
    const qreal page = doc->pageSize().height();
    if (page <= 0)
        return false;
    QTextTable *record = nullptr;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() == 0)
            continue;
        const QTextBlock first = doc->findBlock(table->cellAt(0, 0).firstPosition());
        for (auto f = first.begin(); !f.atEnd() && !record; ++f) {
            if (f.fragment().charFormat().anchorNames().contains(u"qqfoot"_s))
                record = table;
        }
    }
    if (!record)
        return false;
    // A 版记 broken over two pages (Qt moves a row that does not fit on to the next) goes to
    // the next page whole, to its foot; the signature and date stay with the text above.
    const QRectF box = doc->documentLayout()->frameBoundingRect(record);
    if (int(box.top() / page) != int((box.bottom() - 1) / page)) {
        QTextTableFormat breaking = record->format();
        breaking.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        record->setFormat(breaking);
    }
    // No margin under the table: Qt counts it when it decides whether the table fits a page.
    QTextTableFormat flush = record->format();
    flush.setBottomMargin(0);
    record->setFormat(flush);
    // The empty paragraph Qt keeps after a closing table takes no room, as KeepTogether does.
    if (doc->lastBlock().position() == record->lastPosition() + 1) {
        QTextCursor last(doc->lastBlock());
        QTextBlockFormat none;
        none.setLineHeight(0, QTextBlockFormat::FixedHeight);
        last.setBlockFormat(none);
        QTextCharFormat tinyText;
        tinyText.setFontPointSize(1);
        last.setBlockCharFormat(tinyText);
    }
    // The page the table ends on, and its foot; the trailing paragraph must still fit on it.
    const qreal start = contentBottom(doc);
    // The empty paragraph after the table, which must stay on the page too.
    const qreal trailing =
        std::max<qreal>(0, start - doc->documentLayout()->frameBoundingRect(record).bottom());
    const int pageOfEnd = int(start / page);
    const qreal foot = (pageOfEnd + 1) * page - page * 0.003;
    // The space is the top margin of an empty paragraph put before the table (the table's own
    // top margin made Qt move it on to the next page long before it reached the foot, and the
    // bottom margin of the paragraph above it was not applied before a table).
    const QTextBlock above = doc->findBlock(record->firstPosition() - 1);
    if (!above.isValid())
        return false;
    QTextCursor cursor(above);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertBlock();
    QTextBlockFormat format;
    format.setTopMargin(0);
    format.setBottomMargin(0);
    QTextCharFormat tiny;
    tiny.setFontPointSize(1);
    cursor.setBlockCharFormat(tiny);
    const qreal base = 0;
    // A block's margin is in the document's own units (Qt does not scale it to the device).
    const qreal wanted = foot - start;
    if (wanted <= 0)
        return true;
    qreal reached = start;
    const auto fits = [&](qreal margin) {
        format.setTopMargin(base + margin);
        cursor.setBlockFormat(format);
        doc->documentLayout()->documentSize();
        const qreal now = doc->documentLayout()->frameBoundingRect(record).bottom() + trailing;
        reached = now;
        return int(now / page) == pageOfEnd && now <= foot;
    };
    // Margins do not add up exactly (Qt collapses some of them): step towards the foot, and
    // search between the last step that fitted and the first that did not.
    qreal good = 0, bad = -1;
    for (int step = 0; step < 4; ++step) {
        const qreal next = good + (step == 0 ? wanted : foot - reached);
        if (next - good < 1)
            break;
        if (!fits(next)) {
            bad = next;
            break;
        }
        good = next;
    }
    if (bad > good) {
        for (int pass = 0; pass < 8 && bad - good > 0.5; ++pass) {
            const qreal mid = (good + bad) / 2;
            (fits(mid) ? good : bad) = mid;
        }
        fits(good);
    }
    return true;
}
