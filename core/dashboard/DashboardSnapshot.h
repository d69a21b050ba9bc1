#pragma once

#include "core/dashboard/DashboardBucket.h"
#include "core/dashboard/DepartmentScore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One open assignment as the dashboard sees it on the as-of date. Kept small: the snapshot
// holds every open assignment, and the details of a bucket are read only when a user opens it.
struct DashboardItem {
    qint64 id = 0;
    qint64 departmentId = 0;
    QDate dueDate; // the deadline in force on the as-of date (before later extensions)
    DashboardBucket bucket = DashboardBucket::OnTrack;
    bool rehandled = false; // 重办: reopened after an unsatisfied evaluation
};

// A progress report (进展) the lead department owes: the first one (profile's progress limit)
// or the next of the 十日一报 series (seed 002) for long-running items.
struct ReportDue {
    qint64 assignmentId = 0;
    qint64 departmentId = 0;
    QDate lastReport; // invalid when none was filed yet
    QDate due;
    bool missed = false; // due before the as-of date and not filed
    bool tenDay = false; // part of the 十日一报 series (not the first report)
};

// A lead-time deadline of a meeting from the profile: notice (通告), problem catalogue
// (企业问题目录) or assignment after the meeting (会后交办).
struct MeetingDeadline {
    enum class Kind { Notice, Catalogue, Assignment };
    qint64 meetingId = 0;
    QString meetingTitle;
    QDate meetingDate;
    Kind kind = Kind::Notice;
    QDate deadline;
    bool done = false;   // what is due has been recorded (notice date, assignments)
    bool missed = false; // not done and the deadline has passed
    bool certain = true; // false when the calendar lacks a year the count passes through
};

// Counts of appeals per month (yyyy-MM) and key (a channel or a domain).
struct MonthlySeries {
    QStringList months;                         // the months shown, oldest first
    QStringList keys;                           // channels or domains, most frequent first
    QHash<QString, QHash<QString, int>> counts; // key -> month -> count
};

// Everything the dashboard shows, computed as of one date. The department table and the chart
// series can be left out of DashboardQuery::compute and added later (DashboardQuery::
// addDepartments / addSeries) by a screen that shows them only on request.
struct DashboardSnapshot {
    QDate asOf;
    QDate dueSoonLimit; // due on or before this date (and not overdue) is amber
    QDate periodFrom;   // the department table and the charts cover periodFrom..asOf
    int warningWindowWorkingDays = 0;
    QMap<DashboardBucket, int> counts;
    QList<DashboardItem> items;
    QList<ReportDue> reports; // owed reports: missed ones and those due within the window
    QList<MeetingDeadline> meetingDeadlines;
    QHash<qint64, QString> departmentNames;      // every department, for the lists
    QHash<qint64, QString> departmentShortNames; // 简称 where one is recorded, for the charts
    QList<DepartmentScore> departments;
    MonthlySeries byChannel;
    MonthlySeries byDomain;
    bool hasDepartments = false; // `departments` computed (it may still be empty)
    bool hasSeries = false;      // `byChannel` and `byDomain` computed
    QStringList warnings;        // e.g. the calendar lacks a year the warning window passes through

    int count(DashboardBucket b) const { return counts.value(b); }
    int openTotal() const { return int(items.size()); }
    int missedReports() const {
        int n = 0;
        for (const ReportDue &r : reports)
            n += r.missed ? 1 : 0;
        return n;
    }
};
