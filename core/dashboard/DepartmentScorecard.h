#pragma once

#include "core/dashboard/DashboardSnapshot.h"
#include "core/dashboard/DepartmentScore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;
class WorkCalendar;

// The per-department table (部门办理情况) for a period: completions, on-time rate, working days
// to complete, extensions, satisfaction and 重办, plus what is open and overdue on the last day
// of the period. Shared by the dashboard and the leaders' summary report so both show the same
// figures. Aggregation happens in SQL over covering indexes of the period's range so that it
// stays fast at 100,000 appeals.
class DepartmentScorecard {
    Q_DECLARE_TR_FUNCTIONS(DepartmentScorecard)

public:
    DepartmentScorecard(Database &db, const WorkCalendar &calendar);

    // `openItems` are the open assignments on `to` (DashboardQuery's items): they give the
    // open, overdue and open 重办 figures. `names` names the departments. Departments without
    // any figure are left out. Sorted by overdue, then open, descending: the departments to
    // chase first.
    QList<DepartmentScore> compute(const QDate &from, const QDate &to,
                                   const QList<DashboardItem> &openItems,
                                   const QHash<qint64, QString> &names);

    QString errorString() const { return m_error; }

private:
    bool addCompletions(QHash<qint64, DepartmentScore> &scores, const QDate &from, const QDate &to);
    bool addExtensions(QHash<qint64, DepartmentScore> &scores, const QDate &from, const QDate &to);
    bool addEvaluations(QHash<qint64, DepartmentScore> &scores, const QDate &from, const QDate &to);

    Database &m_db;
    const WorkCalendar &m_calendar;
    QString m_error;
};
