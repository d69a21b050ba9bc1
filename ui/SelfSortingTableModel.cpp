#include "ui/SelfSortingTableModel.h"

#include <QHash>

SelfSortingTableModel::SelfSortingTableModel(int sortColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sortColumn(sortColumn) {}

void SelfSortingTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> keys;
    keys.reserve(before.size());
    for (const QModelIndex &i : before)
        keys << rowKey(i.row());
    sortRows();
    if (!before.isEmpty()) {
        QHash<qint64, int> rowOf;
        for (int r = 0; r < rowCount(); ++r)
            rowOf.insert(rowKey(r), r);
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            after << index(rowOf.value(keys.at(i)), before.at(i).column());
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
