#pragma once

#include "DashboardQuery.h"

#include <QAbstractTableModel>

// The open assignments of the dashboard's chosen buckets, soonest deadline first. The bucket
// colour is shown as the decoration of the first column; Qt::UserRole gives the assignment id.
class DashboardItemModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Enterprise, Problem, Department, Due, Late, State, ColumnCount };

    explicit DashboardItemModel(QObject *parent = nullptr);

    void setRows(const QList<DashboardQuery::Detail> &rows);
    const QList<DashboardQuery::Detail> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DashboardQuery::Detail> m_rows;
};
