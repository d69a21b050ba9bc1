#pragma once

#include "core/dashboard/DepartmentScore.h"
#include "core/report/CommonProblemFinder.h"
#include "core/report/ReportPeriod.h"

#include <QDate>
#include <QList>
#include <QString>

// What the leaders' summary report (诉求办理情况月报/季报) says about a period, ready to print:
// plain data with the Chinese labels of the printed document (SummaryReportQuery fills it,
// forms/report/SummaryReportDocument lays it out).
struct SummaryReport {
    struct Count {
        QString label; // 已办结, 用地, 12345 …
        int count = 0;
    };
    // An assignment the report lists: overdue, escalated or deferred.
    struct Item {
        qint64 assignmentId = 0;
        QString appealNumber;
        QString enterprise;
        QString problem;
        QString leadDepartment;
        QDate assignedOn;
        QDate dueDate;
        int overdueWorkingDays = 0;
        QString note; // 提交上级 note or 暂缓解决 explanation
    };

    ReportPeriod period;
    // The figures stand as of this day: the period's last day, or today while it runs.
    QDate asOf;

    int appeals = 0;       // submitted in the period
    int enterprises = 0;   // different enterprises among them
    int assigned = 0;      // assignments made in the period
    QList<Count> byStatus; // of the period's appeals, as of asOf; in the order of the workflow
    QList<Count> byDomain; // most frequent first
    QList<Count> byChannel;

    int overdueTotal = 0;
    QList<Item> overdue; // most working days overdue first, at most the options' maxListed

    QList<DepartmentScore> departments; // the dashboard's table for the period
    int completed = 0;
    int completedOnTime = 0;
    int satisfied = 0;   // 满意
    int basic = 0;       // 基本满意
    int unsatisfied = 0; // 不满意

    int escalatedTotal = 0; // 提交上级, waiting for a higher level's decision
    QList<Item> escalated;
    int deferredTotal = 0; // 暂缓解决 with an explanation to the enterprise
    QList<Item> deferred;

    int minEnterprises = 3; // how many different enterprises make a problem common
    QList<CommonProblemFinder::Group> commonByDomain;
    QList<CommonProblemFinder::Group> commonByWording;

    int evaluations() const { return satisfied + basic + unsatisfied; }
    // -1 when nothing was evaluated (printed as "—", not 0 %).
    double satisfactionRate() const {
        return evaluations() ? double(satisfied + basic) / evaluations() : -1.0;
    }
    double onTimeRate() const { return completed ? double(completedOnTime) / completed : -1.0; }
};
