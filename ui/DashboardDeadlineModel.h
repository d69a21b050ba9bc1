#pragma once

#include "DashboardSnapshot.h"

#include <QAbstractTableModel>

// What is owed soon or already missed besides handling deadlines: progress reports (the first
// one and 十日一报) and the meetings' lead-time deadlines. Missed first, then by date.
// Qt::UserRole gives the assignment id of a report row (0 for meeting rows).
class DashboardDeadlineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Subject, Department, Deadline, State, ColumnCount };

    explicit DashboardDeadlineModel(QObject *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString kind;
        QString subject;
        QString department;
        QDate deadline;
        bool missed = false;
        bool done = false;
        bool certain = true;
        qint64 assignmentId = 0;
    };
    QList<Row> m_rows;
};
