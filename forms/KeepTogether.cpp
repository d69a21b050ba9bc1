#include "forms/KeepTogether.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal infinity = std::numeric_limits<qreal>::infinity();

// Where the lines of a row's cells lie on the laid-out pages, and how tall the row is without
// the gap a page break opens in it.
struct RowExtent {
    qreal top = infinity;
    qreal bottom = -infinity;
    qreal height = 0;
    bool isEmpty() const { return top > bottom; }
};

RowExtent rowExtent(QTextDocument *doc, QTextTable *table, int row) {
    auto *layout = doc->documentLayout();
    RowExtent e;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue; // the cell spans from above or from the left
        qreal height = 0;
        for (QTextBlock b = doc->findBlock(cell.firstPosition());
             b.isValid() && b.position() <= cell.lastPosition(); b = b.next()) {
            const QTextLayout *lines = b.layout();
            if (!lines || lines->lineCount() == 0)
                continue;
            const qreal top = layout->blockBoundingRect(b).top();
            const QTextLine last = lines->lineAt(lines->lineCount() - 1);
            e.top = std::min(e.top, top + lines->lineAt(0).y());
            e.bottom = std::max(e.bottom, top + last.y() + last.height());
            for (int i = 0; i < lines->lineCount(); ++i)
                height += lines->lineAt(i).height();
        }
        e.height = std::max(e.height, height);
    }
    return e;
}

// A cut before `row` may not go through a cell that spans rows.
bool canCutBefore(QTextTable *table, int row) {
    for (int column = 0; column < table->columns(); ++column) {
        if (table->cellAt(row, column).row() != row)
            return false;
    }
    return true;
}

void copyCell(const QTextTableCell &from, QTextTableCell to) {
    QTextCharFormat format = from.format(); // padding, borders, vertical alignment
    format.clearProperty(QTextFormat::TableCellRowSpan);
    format.clearProperty(QTextFormat::TableCellColumnSpan);
    to.setFormat(format);
    // The first block takes the target cell's block, whose format (alignment) is set here;
    // the fragment carries the formats of any further blocks and of the text.
    const QTextBlock first = from.firstCursorPosition().block();
    QTextCursor target = to.firstCursorPosition();
    target.setBlockFormat(first.blockFormat());
    target.setBlockCharFormat(first.charFormat());
    QTextCursor source = from.firstCursorPosition();
    source.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    if (source.hasSelection())
        target.insertFragment(source.selection());
}

// Copies `rows` rows of `from` starting at `first` into `to` from row `at`, spans included.
void copyRows(QTextTable *from, int first, int rows, QTextTable *to, int at) {
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < from->columns(); ++c) {
            const QTextTableCell cell = from->cellAt(first + r, c);
            if (cell.row() != first + r || cell.column() != c)
                continue;
            const int rowSpan = std::min(cell.rowSpan(), rows - r);
            if (rowSpan > 1 || cell.columnSpan() > 1)
                to->mergeCells(at + r, c, rowSpan, cell.columnSpan());
        }
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < from->columns(); ++c) {
            const QTextTableCell cell = from->cellAt(first + r, c);
            if (cell.row() == first + r && cell.column() == c)
                copyCell(cell, to->cellAt(at + r, c));
        }
    }
}

// Cuts `table` before `row`: the rows from there on go into a new table right after it, which
// starts a page and repeats the header rows.
void cutBefore(QTextDocument *doc, QTextTable *table, int row) {
    const int header = table->format().headerRowCount();
    const int moved = table->rows() - row;
    const QTextBlock following = doc->findBlock(table->lastPosition() + 1);
    const QTextBlockFormat followingBlock = following.blockFormat();
    const QTextCharFormat followingChars = following.charFormat();

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.setPosition(following.position());
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable *rest = cursor.insertTable(header + moved, table->columns(), format);
    copyRows(table, 0, header, rest, 0);
    copyRows(table, row, moved, rest, header);
    // One row at a time from the end: removeRows() of several rows at once, some of them under
    // a cell spanning rows, left Qt 6.4 laying the rest of the table out with a colspan cell
    // one column wide.
    for (int r = table->rows() - 1; r >= row; --r)
        table->removeRows(r, 1);

    // The new table took the following paragraph's block: its text now follows the new table
    // in a block of default format, and the block left between the two tables is empty. That
    // one gets no height (the new table starts the next page anyway), the other its format back.
    QTextBlockFormat none;
    none.setLineHeight(0, QTextBlockFormat::FixedHeight);
    none.setTopMargin(0);
    none.setBottomMargin(0);
    QTextCharFormat tiny;
    tiny.setFontPointSize(1);
    cursor.setPosition(table->lastPosition() + 1);
    cursor.setBlockFormat(none);
    cursor.setBlockCharFormat(tiny);
    cursor.setPosition(rest->lastPosition() + 1);
    cursor.setBlockFormat(followingBlock);
    cursor.setBlockCharFormat(followingChars);
    cursor.endEditBlock();
}

// A change that keeps something together, and how far down the document it is.
struct Fix {
    qreal y = infinity;
    std::function<void()> apply;
};

// Whether `block` reads as a heading: one line of a few words, not a sentence.
bool isHeading(const QTextBlock &block) {
    const QString text = block.text().trimmed();
    return block.isValid() && block.layout() && block.layout()->lineCount() == 1 &&
           !text.isEmpty() && text.size() <= 30 && !u"。，；：、"_s.contains(text.back());
}

bool startsPage(const QTextFormat &format) { // a block's or a table's
    return format.intProperty(QTextFormat::PageBreakPolicy) & QTextFormat::PageBreak_AlwaysBefore;
}

qreal lineTop(QTextDocument *doc, const QTextBlock &block) {
    return doc->documentLayout()->blockBoundingRect(block).top() + block.layout()->lineAt(0).y();
}

// Starts a page with `block`, a heading that takes along what follows it: the headings right
// under it and the first paragraph or table after them lose a page break of their own, which
// an earlier move may have given them (it would now leave the heading alone on its page).
void startPage(QTextDocument *doc, const QTextBlock &block) {
    QTextCursor cursor(block);
    cursor.beginEditBlock();
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    QTextFrame::iterator it = doc->rootFrame()->begin();
    while (!it.atEnd() && it.currentBlock() != block)
        ++it;
    for (++it; !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            QTextTableFormat f = table->format();
            f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            table->setFormat(f);
            break;
        }
        const QTextBlock next = it.currentBlock();
        QTextBlockFormat f = next.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.setPosition(next.position());
        cursor.setBlockFormat(f);
        if (!isHeading(next))
            break;
    }
    cursor.endEditBlock();
}

// The first row of the document that runs over a page break but would fit on a page: its table
// is cut before it, or, for the first row under the header, moved to the next page with the
// heading right above it.
Fix firstBrokenRow(QTextDocument *doc) {
    const qreal pageHeight = doc->pageSize().height();
    const auto page = [pageHeight](qreal y) {
        return int(y / pageHeight);
    };
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() < 2)
            continue;
        const int header = std::min(table->format().headerRowCount(), table->rows() - 1);
        qreal headerHeight = 0;
        for (int r = 0; r < header; ++r)
            headerHeight += rowExtent(doc, table, r).height;
        for (int r = 0; r < table->rows(); ++r) {
            const RowExtent e = rowExtent(doc, table, r);
            if (e.isEmpty() || page(e.top) == page(e.bottom - 1))
                continue;
            // Cell padding and borders are not in the height: a row needing more than 90 % of
            // a page beside the header flows over pages as a long text does.
            if (e.height + headerHeight > 0.9 * pageHeight)
                continue;
            int cut = r;
            while (cut > header && !canCutBefore(table, cut))
                --cut;
            if (cut > header)
                return {e.top, [doc, table, cut] {
                            cutBefore(doc, table, cut);
                        }};
            if (startsPage(table->format()))
                continue; // it starts a page already: the row is too tall for any
            const QTextBlock above = doc->findBlock(table->firstPosition() - 1);
            if (isHeading(above)) {
                if (!startsPage(above.blockFormat()))
                    return {e.top, [doc, above] {
                                startPage(doc, above);
                            }};
                continue;
            }
            return {e.top, [table] {
                        QTextTableFormat format = table->format();
                        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                        table->setFormat(format);
                    }};
        }
    }
    return {};
}

// The first heading that ends a page, with what it heads on the next: it goes to that page,
// with the headings right above it on the same page (五、 over （一）).
Fix firstLoneHeading(QTextDocument *doc) {
    const qreal pageHeight = doc->pageSize().height();
    QTextBlock run; // the first of the headings in a row
    // The paragraphs and tables of the body, in order (not the paragraphs inside the tables).
    QTextFrame::iterator it = doc->rootFrame()->begin();
    while (!it.atEnd()) {
        const QTextBlock block = it.currentBlock();
        ++it;
        if (!isHeading(block)) {
            run = QTextBlock();
            continue;
        }
        if (!run.isValid())
            run = block;
        if (it.atEnd())
            break;
        qreal next = infinity;
        if (QTextFrame *frame = it.currentFrame()) {
            next = doc->documentLayout()->frameBoundingRect(frame).top();
        } else {
            const QTextBlock b = it.currentBlock();
            if (b.layout() && b.layout()->lineCount() > 0)
                next = lineTop(doc, b);
        }
        const qreal top = lineTop(doc, block);
        const int page = int(top / pageHeight);
        if (next == infinity || int(next / pageHeight) == page)
            continue; // together
        const QTextBlock first = int(lineTop(doc, run) / pageHeight) == page ? run : block;
        if (lineTop(doc, first) - page * pageHeight < 1 || startsPage(first.blockFormat()))
            continue; // it starts its page already
        return {lineTop(doc, first), [doc, first] {
                    startPage(doc, first);
                }};
    }
    return {};
}

} // namespace

int KeepTogether::apply(QTextDocument *doc) {
    if (doc->pageSize().height() <= 0)
        return 0;
    // One change a pass, the first in the document: each moves everything after it, so what
    // comes next is only known from the new layout (Qt lays out again from the edit on). Then
    // once more on a full layout, as printing will see it, in case that places a line otherwise.
    int made = 0;
    for (int round = 0; round < 2; ++round) {
        const int before = made;
        while (made < 1000) {
            doc->pageCount(); // lays the whole document out (Qt lays large ones out lazily)
            const Fix row = firstBrokenRow(doc);
            const Fix heading = firstLoneHeading(doc);
            const Fix &first = row.y <= heading.y ? row : heading;
            if (!first.apply)
                break;
            first.apply();
            ++made;
        }
        if (made == before)
            break;
        const QSizeF size = doc->pageSize();
        doc->setPageSize(QSizeF(size.width(), size.height() + 1));
        doc->setPageSize(size);
    }
    return made;
}
