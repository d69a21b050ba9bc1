#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// RFC 4180 CSV: fields separated by commas (or another delimiter), quoted fields may hold the
// delimiter, doubled quotes and line breaks; records end with CRLF, LF or CR. Lenient where
// spreadsheets are: a stray quote inside an unquoted field is kept as text, the last record
// may lack its line break.
//
// Every record keeps two numbers: `row`, the spreadsheet row a clerk sees in Excel or WPS (a
// line break inside a quoted cell does not start a new row), and `line`, the physical line in
// the file where the record starts (for a text editor). Empty lines are records too, so that
// row numbers match the spreadsheet.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record {
        int row = 0;  // 1-based: the header of a typical file is row 1
        int line = 0; // 1-based physical line where the record starts
        QStringList fields;

        // True for an empty line or a row of empty cells (",,,," as spreadsheets write).
        bool isBlank() const;
    };

    // More columns than any appeal list has: a damaged or hostile file (a million commas).
    static constexpr int maxFields = 1000;

    explicit CsvReader(QChar delimiter = u',');

    // Parses `text`; false and error() when a quoted field is not closed.
    bool parse(const QString &text);
    QList<Record> records() const { return m_records; }
    QString error() const { return m_error; }

    // The delimiter a spreadsheet most likely used: the most frequent of , ; and TAB outside
    // quotes on the first line; a comma when in doubt.
    static QChar guessDelimiter(const QString &text);

private:
    QChar m_delimiter;
    QList<Record> m_records;
    QString m_error;
};
