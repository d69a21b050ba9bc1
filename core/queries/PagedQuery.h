#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// A list read a page at a time in the order of one of its columns: what the GUI's lazy table
// model (ui/SqlTableModel) pages through and a printed list reads whole. Each row is the
// record's id followed by one value per column, in the order of columns(). Filters are the
// concrete query's own setters; the model reloads after changing them.
class PagedQuery {
public:
    virtual ~PagedQuery() = default;

    // Stable keys of the values that follow the id in every row.
    virtual QStringList columns() const = 0;
    virtual bool isSortable(int column) const = 0;
    // `column` -1: the list's own default order. Ties are broken by the id, so that pages
    // never repeat or skip a row.
    virtual void setSort(int column, Qt::SortOrder order) = 0;
    // Rows [offset, offset + limit) in the current order; false on a database error.
    virtual bool fetch(int offset, int limit, QList<QVariantList> *rows) = 0;
    // The rows the current filter gives in all; -1 on a database error.
    virtual int count() = 0;
    virtual QString errorString() const = 0;
};
