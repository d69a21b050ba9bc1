#pragma once

#include "core/dashboard/DashboardSnapshot.h"
#include "core/dashboard/WorkdayOrdinals.h"
#include "ui/SelfSortingTableModel.h"

class DashboardTexts;
class WorkCalendar;

// The open assignments of the dashboard's chosen buckets, straight from the snapshot (soonest
// deadline first until a header is clicked). The appeal number, enterprise and problem are read
// through DashboardTexts for the rows a view shows, and working days late are counted when
// asked for, so that setting thousands of rows costs next to nothing. The bucket colour is the
// decoration of the first column; Qt::UserRole gives the assignment id.
class DashboardItemModel : public SelfSortingTableModel {
    Q_OBJECT

public:
    enum Column { Number, Enterprise, Problem, Department, Due, Late, State, ColumnCount };

    DashboardItemModel(DashboardTexts &texts, QObject *parent = nullptr);

    // The items of `buckets` (every open item when empty), in the current sort order.
    void setSnapshot(const DashboardSnapshot &snapshot, const QList<DashboardBucket> &buckets,
                     const WorkCalendar &calendar);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void sortRows() override;
    qint64 rowKey(int row) const override { return idAt(row); }

private:
    int lateDays(const DashboardItem &item) const;
    QString textOf(int row, int column) const;

    DashboardTexts &m_texts;
    QList<DashboardItem> m_rows;
    QList<qint64> m_ids; // m_rows' ids in the same order, for DashboardTexts' chunks
    QHash<qint64, QString> m_departments;
    QDate m_asOf;
    WorkdayOrdinals m_ordinals; // from the earliest deadline shown to the as-of date
};
