#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A bordered table of rows for the reports and lists (the report's figures, the 台账, the lists
// printed from the GUI): the header row repeated on every page, and each column as wide as its
// content needs. With widths fixed by hand a date in a narrow column broke as “2023年3月2 / 日”
// and a department's name mid-word; here the widths follow what a browser's automatic table
// layout does, from the values themselves (measured in the table's font): every column first
// gets what it cannot do with less (a whole date, number, code; the header's widest line), the
// rest of the line goes to the columns with more to say, in proportion to how much more.
// Values are escaped here; headers are constants.
class FormTable {
public:
    enum class Fit {
        Whole, // one line: dates, numbers, codes, names that must not break
        Words, // wraps between characters, but not inside a date, a number or a Latin word
    };
    enum class Align { Left, Center, Right };
    struct Column {
        QString header; // "\n" where it may break: "逾期\n工作日"
        Fit fit = Fit::Words;
        Align align = Align::Left;
        QString sample{}; // room kept even when no value is as wide (blank forms: a date)
    };

    // `lineMm`: the text block's width (156 mm portrait, 257 mm landscape).
    FormTable(const QList<Column> &columns, qreal pointSize, qreal lineMm, int cellPadding = 3);

    void addRow(const QStringList &cells);
    // Measures a row for the column widths without keeping it: a list too long to hold is
    // measured in one pass and printed in pieces (ExportTablePdf).
    void measureRow(const QStringList &cells);
    // A row measured already (measureRow(), or copyMeasuresFrom() a table that measured it).
    void addMeasuredRow(const QStringList &cells);
    // Takes the measured rows of `other` (same columns) as its own measures, in whatever size:
    // widths are measured in characters of the table's own size.
    void copyMeasuresFrom(const FormTable &other);
    // Forgets the rows kept, not their measures: the next piece of a long list, in the same
    // column widths.
    void clearRows();
    void setFit(int column, Fit fit);
    const Column &column(int c) const { return m_columns.at(c); }
    // Empty rows `lines` lines tall, to fill in by hand.
    void addBlankRows(int count, int lines);
    int rowCount() const { return int(m_rows.size()); }

    // Each column's share of the line, in per cent (they add up to 100).
    QList<qreal> widths() const;
    // Whether every column gets room enough to read well: whole columns on one line, headers
    // unbroken, wrapping ones four characters. A list of many columns may not; a smaller size
    // may help (ExportTablePdf tries 9, 8 and 7.5 pt).
    bool readsWell() const;
    // The table's start and its header row; with `pageBreakBefore` it starts a new page.
    QString startHtml(bool pageBreakBefore = false) const;
    QString rowHtml(int row) const;
    static QString endHtml() { return QStringLiteral("</table>"); }
    QString html() const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
    // Per column, in characters: the widest line of any value, and the widest piece of a
    // wrapping value that should not break (FormTable.cpp's widestPiece).
    QList<qreal> m_widest;
    QList<qreal> m_piece;
    QList<int> m_blankLines; // per row: 0, or the lines of a blank row
    qreal m_pointSize;
    qreal m_lineMm;
    int m_padding;
    mutable QList<qreal> m_widths; // computed once all rows are in
    mutable bool m_wholeFits = true;
    mutable bool m_readsWell = true;
};
