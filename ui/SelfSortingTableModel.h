#pragma once

#include <QAbstractTableModel>

// A table model that sorts its own rows (a view with sorting enabled calls sort() on a header
// click). With thousands of rows whose texts are read lazily, a QSortFilterProxyModel would
// ask every row for its data after each reset; here only a header click on a text column
// does. Persistent indexes (the current row, the selection) follow their rows.
class SelfSortingTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit SelfSortingTableModel(int sortColumn, QObject *parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

protected:
    // Puts the rows in the order of sortColumn() and sortOrder(). Called by sort() inside a
    // layout change; a subclass calls it itself when it sets new rows inside a reset.
    virtual void sortRows() = 0;
    // What identifies row `row` whatever its position.
    virtual qint64 rowKey(int row) const = 0;

    // less(a, b) for the ascending order, turned around for the descending one.
    template <typename T, typename Less> static auto ordered(Qt::SortOrder order, Less less) {
        return [order, less](const T &a, const T &b) {
            return order == Qt::AscendingOrder ? less(a, b) : less(b, a);
        };
    }

private:
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
