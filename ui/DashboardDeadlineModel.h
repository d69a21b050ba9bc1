#pragma once

#include "core/dashboard/DashboardSnapshot.h"
#include "ui/SelfSortingTableModel.h"

class DashboardTexts;

// What is owed soon or already missed besides handling deadlines: progress reports (the first
// one and 十日一报) and the meetings' lead-time deadlines. Missed first, then by date, until a
// header is clicked. Rows point into the snapshot's lists; their texts are made when a view
// asks (a 十日一报 profile can owe thousands of reports), the appeal numbers read through
// DashboardTexts. Qt::UserRole gives the assignment id of a report row (0 for meeting rows).
class DashboardDeadlineModel : public SelfSortingTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Subject, Department, Deadline, State, ColumnCount };

    explicit DashboardDeadlineModel(DashboardTexts &texts, QObject *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void sortRows() override;
    qint64 rowKey(int row) const override { return m_rows.at(row); }

private:
    // An entry of m_rows is an index into m_reports (>= 0) or, as -1 - i, into m_meetings.
    const ReportDue *report(int entry) const;
    const MeetingDeadline *meeting(int entry) const;
    QDate deadline(int entry) const;
    bool missed(int entry) const;
    QString text(int row, int column) const; // of the row at position `row`
    void updateIds();

    DashboardTexts &m_texts;
    QList<ReportDue> m_reports;
    QList<MeetingDeadline> m_meetings;
    QHash<qint64, QString> m_departments;
    QList<int> m_rows;
    QList<qint64> m_ids; // assignment id of each row (0 for meetings), for DashboardTexts
};
