#pragma once

#include <QString>

// The text of a number cell of an .xlsx sheet as a clerk sees it in Excel: numbers without an
// exponent and without a trailing ".0" (a phone 13947712345 or an all-digit code stays all
// digits, not 1.39477E+10), and numbers under a date or time format as the date (2024-07-05),
// date and time (2024-07-05 09:30) or time (09:30:00) of their serial.
class ExcelCellValue {
public:
    enum class Kind { Number, Date, DateTime, Time };

    // What a cell style's number format shows: built-in formats by id (14-22, 27-36, 45-47 and
    // 50-58 are the dates and times of the Chinese Excel), custom ones by their code.
    static Kind kindOf(int numFmtId, const QString &formatCode);
    // `raw` is the cell's <v>; `date1904` the workbook's base (Excel for Mac before 2011).
    static QString text(const QString &raw, Kind kind, bool date1904);
    // "13947712345" for 1.3947712345E10, "0.25" for 0.25, `raw` unchanged when not a number.
    static QString numberText(const QString &raw);
    // ECMA-376's ST_Xstring escapes: "_x000D_" is a carriage return, "_x005F_" an underscore.
    static QString unescape(const QString &text);
};
