#pragma once

#include "core/dashboard/DepartmentScore.h"

#include <QAbstractTableModel>

// The per-department table of the dashboard. Rates are shown as percentages; "no data" (nothing
// completed or evaluated) is an empty cell, never 0 %. Qt::UserRole gives the raw number for
// sorting.
class DepartmentScoreModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Department,
        Open,
        Overdue,
        OnTimeRate,
        Extensions,
        AverageDays,
        SatisfactionRate,
        Rehandled,
        ColumnCount
    };

    explicit DepartmentScoreModel(QObject *parent = nullptr);

    void setScores(const QList<DepartmentScore> &scores);
    const QList<DepartmentScore> &scores() const { return m_scores; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DepartmentScore> m_scores;
};
