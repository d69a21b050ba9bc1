#pragma once

#include "core/export/ExportSource.h"

#include <QVariantMap>

class Database;

// A list read from the database by one SELECT, streamed row by row (ExportQuery makes them).
// The SQL is given in parts so that counting and listing the groups can reuse its FROM and
// WHERE without its sort.
class QuerySource : public ExportSource {
    Q_DECLARE_TR_FUNCTIONS(QuerySource)

public:
    struct Sql {
        QStringList select; // one expression per column, then one per private column
        QString from;       // FROM and JOINs
        QString where;      // empty, or the condition (without WHERE)
        QString orderBy;    // without ORDER BY
        QString countFrom;  // FROM for counting: the driving table and what `where` needs
        QVariantMap binds;  // :name -> value
    };

    QuerySource(Database &db, ExportTable layout, Sql sql);

    const ExportTable &layout() const override { return m_layout; }
    std::unique_ptr<ExportRows> rows(QString *error) override;
    qint64 rowCount() override { return m_count; }
    qint64 countRows() override;
    std::optional<QStringList> groups(QString *error) override;

    // The whole SELECT, as rows() runs it.
    QString selectSql() const;

private:
    Database &m_db;
    ExportTable m_layout;
    Sql m_sql;
    qint64 m_count = -1;
};
