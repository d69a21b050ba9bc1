#pragma once

#include "core/queries/AppealListPages.h"
#include "ui/SqlTableModel.h"

// The appeals list: AppealListQuery (filters, search and sort in SQL, see AppealListPages)
// paged into the lazy SqlTableModel. Overdue deadlines are shown in red.
class AppealListModel : public SqlTableModel {
    Q_OBJECT

public:
    explicit AppealListModel(Database &db, QObject *parent = nullptr);

    void setFilter(const AppealListQuery::Filter &filter);
    const AppealListQuery::Filter &filter() const { return m_pages->query().filter(); }
    AppealListQuery::Column columnAt(int section) const;
    // The count to show while the clerk types: exact where that is cheap (no search, a rare
    // term, a small table), otherwise about right from a sample (AppealListQuery::
    // estimatedCount); totalCount() is the exact figure on demand. -1 on a database error
    // (lastError()).
    AppealListQuery::Count estimatedCount();

protected:
    QVariant displayValue(int column, const QVariant &raw) const override;
    QVariant extraData(int row, int column, int role) const override;
    QVariant printValue(int column, const QVariant &raw) const override;

private:
    AppealListPages *m_pages; // owned by the base
};
