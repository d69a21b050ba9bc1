#pragma once

class QTextDocument;

// What a page break must not separate (QTextDocument has no page-break-inside or keep-with-next):
// a table row, and a heading from what it heads.
//
// QTextDocument breaks a table wherever the page is full,
// through the middle of a row: the row's top half ends the page without a bottom border and its
// other half, under the repeated header, reads as a row of its own. Here, after the document is
// laid out on its pages, a table whose row would run over a page break is cut in two before
// that row: the first part closes with its bottom border, the second starts the next page with
// the header rows repeated. When the first row after the header would run over, the table moves
// to the next page whole, with a one-line heading just above it. Rows taller than a page still
// flow over pages (nothing else can hold them), and no cut is made through cells spanning rows.
// A heading (one short line without closing punctuation: 三、部门办理情况, （一）按办理状态) left
// at the foot of a page, with what follows it on the next, moves to that page too.
class KeepTogether {
public:
    // `doc` must have its page size (the text block) set; a document without pages is left
    // alone. Returns the number of cuts and moves made.
    static int apply(QTextDocument *doc);
};
