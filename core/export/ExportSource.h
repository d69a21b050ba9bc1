#pragma once

#include "core/export/ExportTable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

// One pass over the rows of a list to export. Cells are UTF-8 bytes, as the database holds
// them, so that a million rows go from the query to the file without a QString or a QVariant
// each: a date as YYYY-MM-DD, a number in digits, a missing value empty.
class ExportRows {
public:
    virtual ~ExportRows() = default;
    // Moves to the next row; false at the end, or on an error (error() then says which).
    virtual bool next() = 0;
    // The cell of column `c` of the current row: the layout's columns first, then its private
    // columns. NUL-terminated unless empty; valid until the next call of next().
    virtual QByteArrayView cell(int c) const = 0;
    virtual QString error() const { return {}; }
};

// A list to export, read as often as a writer needs (the PDF measures its columns in a first
// pass) and never held in memory as a whole: a query (ExportQuery), a table already in memory
// (TableSource) or another source masked for publication (MaskedSource).
class ExportSource {
    Q_DECLARE_TR_FUNCTIONS(ExportSource)

public:
    virtual ~ExportSource() = default;

    // Title, description, columns and group column; no rows.
    virtual const ExportTable &layout() const = 0;
    // A pass from the first row; nullptr when it cannot start (`error` says why).
    virtual std::unique_ptr<ExportRows> rows(QString *error) = 0;
    // The number of rows when it is known without a query (a table in memory, a count made
    // before); -1 otherwise. Writers report progress against it.
    virtual qint64 rowCount() { return -1; }
    // Counts the rows, with a query if need be (for a progress bar); -1 when it cannot.
    virtual qint64 countRows() { return rowCount(); }
    // The values of the layout's group column (a sheet each), sorted; by default one pass.
    virtual std::optional<QStringList> groups(QString *error);

    // The whole list in memory, typed as ExportTable holds it (QDate, qint64, QString).
    std::optional<ExportTable> readAll(QString *error);
};

// Reading cells.
namespace ExportCell {
// A YYYY-MM-DD cell as a date; invalid for anything else.
QDate date(QByteArrayView cell);
// The cell as ExportTable holds a value of a column of `type`.
QVariant value(QByteArrayView cell, ExportColumn::Type type);
// The value as a cell: a date as YYYY-MM-DD, anything else as its text.
QByteArray bytes(const QVariant &value);
} // namespace ExportCell
