#pragma once

#include "core/queries/AppealListQuery.h"
#include "core/queries/PagedQuery.h"

// AppealListQuery (filters, search and its own sort plans) as a PagedQuery, for the appeals
// list of the GUI: one value per AppealListQuery::columns(), as AppealListQuery::value()
// gives it. The default order is the newest number first.
class AppealListPages : public PagedQuery {
public:
    explicit AppealListPages(Database &db);

    AppealListQuery &query() { return m_query; }
    AppealListQuery::Column columnAt(int column) const;

    QStringList columns() const override;
    bool isSortable(int column) const override;
    void setSort(int column, Qt::SortOrder order) override;
    bool fetch(int offset, int limit, QList<QVariantList> *rows) override;
    int count() override;
    QString errorString() const override { return m_query.errorString(); }

private:
    QList<AppealListQuery::Column> m_columns;
    AppealListQuery m_query;
};
