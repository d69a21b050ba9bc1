#pragma once

#include <QString>

// One row of the per-department table (部门办理情况): what a lead department has open and how
// it did with what it finished in the period.
struct DepartmentScore {
    qint64 departmentId = 0;
    QString department;
    QString shortName; // 简称, empty when none is recorded
    int open = 0;
    int overdue = 0;
    int completed = 0;                // completed in the period
    int completedOnTime = 0;          // completed on or before the deadline in force
    int extensions = 0;               // approved in the period
    qint64 workingDaysToComplete = 0; // sum over completed items
    int evaluations = 0;
    int satisfied = 0;   // 满意
    int basic = 0;       // 基本满意
    int unsatisfied = 0; // 不满意
    int rehandled = 0;   // 重办: items handled again after an unsatisfied evaluation

    // -1 when nothing was completed / evaluated, so that "no data" is not shown as 0 %.
    double onTimeRate() const { return completed ? double(completedOnTime) / completed : -1.0; }
    double averageWorkingDays() const {
        return completed ? double(workingDaysToComplete) / completed : -1.0;
    }
    double satisfactionRate() const {
        return evaluations ? double(satisfied + basic) / evaluations : -1.0;
    }
};
