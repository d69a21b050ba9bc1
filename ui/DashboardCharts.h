#pragma once

#include "DashboardSnapshot.h"

#include <QCoreApplication>

class QChart;

// The dashboard's charts (Qt Charts), built from a snapshot. Each call returns a new chart the
// caller owns (a QChartView takes it).
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    // Stacked bars per month; keys beyond the `maxKeys` most frequent are summed as "Other".
    static QChart *monthly(const MonthlySeries &series, const QString &title, int maxKeys = 6);
    // On-time completion rate of the departments with the most completions.
    static QChart *onTimeRate(const QList<DepartmentScore> &scores, int maxDepartments = 10);
    // 满意 / 基本满意 / 不满意 over all departments.
    static QChart *satisfaction(const QList<DepartmentScore> &scores);
};
