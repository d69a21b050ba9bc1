#pragma once

#include "core/queries/PagedQuery.h"

#include <QCoreApplication>

class Database;

// A PagedQuery over one SELECT: a subclass gives the statement (the id first, then one result
// column per Column, without ORDER BY or LIMIT) with its bound values, and the expression each
// sortable column orders by; this base pages it with LIMIT/OFFSET and counts it. Statements
// are portable SQL (SQLite and PostgreSQL); what differs goes through SqlDialect.
class SqlListQuery : public PagedQuery {
    Q_DECLARE_TR_FUNCTIONS(SqlListQuery)

public:
    struct Column {
        QString key;
        QString sortExpr; // SQL expression to ORDER BY; empty: not sortable
    };

    QStringList columns() const override;
    bool isSortable(int column) const override;
    void setSort(int column, Qt::SortOrder order) override;
    bool fetch(int offset, int limit, QList<QVariantList> *rows) override;
    int count() override;
    QString errorString() const override { return m_error; }

protected:
    SqlListQuery(Database &db, QList<Column> columns);

    virtual QString selectSql() const = 0;
    virtual QVariantList bindValues() const { return {}; }
    Database &database() const { return m_db; }

private:
    // ORDER BY for the current sort; without one, newest (highest id) first.
    QString orderBy() const;

    Database &m_db;
    QList<Column> m_columns;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
};
