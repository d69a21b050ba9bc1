#pragma once

#include <QByteArray>
#include <QList>

class QTextDocument;

// What Qt 6.4's ODF writer gets wrong in the tables of an .odt, put right in its content.xml
// so that WPS, Word and Writer show them as the PDF does:
// - a table 100 % wide is written 100 pt wide ("100pt"), and its columns in per cent, which
//   ODF does not know: Writer squeezed the minutes' issuer/date line to a third of the line.
//   Tables now span the text block (table:align="margins") with relative column widths;
// - a cell's own borders are left out, so the rule under the issuer and date (and the 版记's
//   rules) vanished: they are written from the document's cells;
// - a top-aligned cell writes its text as raised 100 % (style:text-position), which Writer
//   shows as small superscript: dropped;
// - header rows are not marked, so Writer did not repeat them on each page, and rows could
//   break across pages: the header rows go into <table:table-header-rows>, rows keep together;
// - on an official document's 22-line grid every table line took a full grid line (10.2 mm):
//   the paragraphs in cells are taken off the grid.
class OdtTables {
public:
    // What the writer does not say about one table, in document order.
    struct Table {
        int headerRows = 0;
        qreal ruleTopPt = 0; // a rule above or below every cell of a table without a border
        qreal ruleBottomPt = 0;
    };
    // The top-level tables of `doc` as Qt's writer writes them, in order.
    static QList<Table> describe(const QTextDocument &doc);
    // content.xml with its tables put right; `blockMm` is the text block's width.
    static QByteArray rewrite(const QByteArray &contentXml, const QList<Table> &tables,
                              qreal blockMm, bool offGrid);
};
