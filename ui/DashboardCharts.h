#pragma once

#include "core/dashboard/DashboardSnapshot.h"

#include <QCoreApplication>

class QChart;

// The dashboard's charts (Qt Charts), built from a snapshot. The make functions return a new
// chart the caller owns (a QChartView takes it). The update functions put new figures into a
// chart the same function made when it has the same bars (months, keys, number of
// departments): only bar heights, labels and axis ranges change, which costs a fraction of
// laying out a new chart; they return false otherwise, and the caller makes a new one.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    // Stacked bars per month; keys beyond the `maxKeys` most frequent are summed as "Other".
    static QChart *monthly(const MonthlySeries &series, const QString &title, int maxKeys = 6);
    static bool updateMonthly(QChart *chart, const MonthlySeries &series, int maxKeys = 6);
    // On-time completion rate of the departments with the most completions.
    // Eight bars, each with its name, fit the chart on a 768-pixel-high screen.
    static QChart *onTimeRate(const QList<DepartmentScore> &scores, int maxDepartments = 8);
    static bool updateOnTimeRate(QChart *chart, const QList<DepartmentScore> &scores,
                                 int maxDepartments = 8);
    // The departments' labels beside their bars: short enough to be read, one per department.
    static QStringList departmentLabels(const QList<DepartmentScore> &scores);
    // 满意 / 基本满意 / 不满意 over all departments.
    static QChart *satisfaction(const QList<DepartmentScore> &scores);
    static bool updateSatisfaction(QChart *chart, const QList<DepartmentScore> &scores);
};
