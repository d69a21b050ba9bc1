#include "core/queries/AppealListPages.h"

AppealListPages::AppealListPages(Database &db)
    : m_columns(AppealListQuery::columns())
    , m_query(db) {
    m_query.setSort(AppealListQuery::Column::Number, Qt::DescendingOrder);
}

AppealListQuery::Column AppealListPages::columnAt(int column) const {
    return m_columns.value(column, AppealListQuery::Column::Number);
}

QStringList AppealListPages::columns() const {
    QStringList keys;
    for (AppealListQuery::Column c : m_columns)
        keys << AppealListQuery::columnCode(c);
    return keys;
}

bool AppealListPages::isSortable(int column) const {
    return column >= 0 && column < m_columns.size(); // the query sorts by any of its columns
}

void AppealListPages::setSort(int column, Qt::SortOrder order) {
    if (column < 0)
        m_query.setSort(AppealListQuery::Column::Number, Qt::DescendingOrder);
    else
        m_query.setSort(columnAt(column), order);
}

bool AppealListPages::fetch(int offset, int limit, QList<QVariantList> *rows) {
    const QList<AppealListQuery::Row> fetched = m_query.fetch(offset, limit);
    if (!m_query.errorString().isEmpty())
        return false;
    for (const AppealListQuery::Row &r : fetched) {
        QVariantList row{r.id};
        for (AppealListQuery::Column c : std::as_const(m_columns))
            row << AppealListQuery::value(r, c);
        rows->append(row);
    }
    return true;
}

int AppealListPages::count() {
    return m_query.count();
}
