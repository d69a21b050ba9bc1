#pragma once

#include "core/RuleProfile.h"
#include "core/WorkCalendar.h"
#include "core/dashboard/DashboardSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

class BulkRows;
class Database;

// Computes the deadline dashboard (督查看板) as of a date: every open assignment in its bucket,
// the progress reports owed, the meetings' lead-time deadlines, the department table and the
// chart series.
//
// "As of" looks at the past with what the records keep: an assignment counts as open on a
// date when it had been assigned by then and was not yet completed (completed_on after the
// date), and its deadline is the one in force then (an extension approved later is undone
// using the extension's previous_due), and escalated (提交上级) or deferred (暂缓解决, closed)
// as the dates of schema step 13 say (AssignmentState::isWaitingOn; items without those dates
// are taken as they are today). The state itself (open / overdue / due soon) is
// AssignmentState's single definition.
//
// A refresh reads each table once, in bulk and through covering indexes (schema step 011):
// the open assignments with their last report, the approved extensions of those, and grouped
// figures for the department table and the charts. The texts a list shows (number,
// enterprise, problem) are read separately for the rows on screen (texts()). The README has
// the figures of qinqing-dashboard-benchmark at 100,000 appeals.
class DashboardQuery {
    Q_DECLARE_TR_FUNCTIONS(DashboardQuery)

public:
    struct Options {
        QDate asOf;       // default: today
        QDate periodFrom; // department table and charts; default: 1 January of asOf's year
        int chartMonths = 12;
        int meetingHorizonDays = 45; // meeting deadlines shown up to this many days ahead
        // The department table and the chart series; a caller that does not show them (or
        // shows them only on request, see addDepartments/addSeries) saves their cost.
        bool departments = true;
        bool series = true;
    };

    // Loads the calendar and the active profile of `db`.
    explicit DashboardQuery(Database &db);
    DashboardQuery(Database &db, const WorkCalendar &calendar, const RuleProfile &profile);

    // Re-reads the calendar and the profile (after a user changed them).
    void reload();

    // On failure returns a snapshot without items and sets errorString().
    DashboardSnapshot compute(const Options &options);
    // The parts of a snapshot computed without them (Options::departments / series), for the
    // same period; they do nothing when the part is already there. False on failure.
    bool addDepartments(DashboardSnapshot &snapshot);
    bool addSeries(DashboardSnapshot &snapshot, int chartMonths = 12);

    // What a list shows of an open assignment besides the snapshot's figures.
    struct Texts {
        QString appealNumber;
        QString enterprise;
        QString problem;
    };
    // The texts of the given assignments (ids that do not exist are left out).
    QHash<qint64, Texts> texts(const QList<qint64> &assignmentIds);
    // One of those texts for every assignment open on `asOf` (the snapshot's items), for
    // sorting a list by it: only that column is read (66,000 open items at a million appeals).
    enum class TextField { AppealNumber, Enterprise, Problem };
    QHash<qint64, QString> sortTexts(const QDate &asOf, TextField field);

    // The open assignments of `buckets` in the snapshot with everything a list or an export
    // shows, soonest due first. An empty list means every bucket.
    struct Detail {
        qint64 id = 0;
        QString appealNumber;
        QString enterprise;
        QString problem;
        QString department;
        QString status;
        QDate assignedOn;
        QDate dueDate;
        QDate originalDueDate;
        int overdueWorkingDays = 0; // working days past the deadline (0 when not overdue)
        DashboardBucket bucket = DashboardBucket::OnTrack;
    };
    QList<Detail> details(const DashboardSnapshot &snapshot, const QList<DashboardBucket> &buckets);

    const WorkCalendar &calendar() const { return m_calendar; }
    const RuleProfile &profile() const { return m_profile; }
    QString errorString() const { return m_error; }

private:
    // The approved extensions of one open assignment as they stood on the as-of date.
    struct ExtensionsThen {
        int total = 0;          // approved at any time
        int approvedByThen = 0; // decided on or before the as-of date
        QDate dueThen;          // previous_due of the earliest one decided after the date
    };
    // "SELECT columns FROM assignments a …" of the assignments open on :asof (a UNION ALL).
    static QString openOnSql(const QString &columns, const QString &joins = {});
    bool loadExtensions(const QDate &asOf, QHash<qint64, ExtensionsThen> &result);
    // Runs `sql` (with %1 for a list of ids) over `ids` in chunks; `row` gets each record.
    bool forIds(const QList<qint64> &ids, const QString &sql,
                const std::function<void(const BulkRows &)> &row);
    bool loadItems(DashboardSnapshot &snap);
    bool loadDepartmentNames(DashboardSnapshot &snap);
    bool loadMeetingDeadlines(DashboardSnapshot &snap, int horizonDays);
    bool loadSeries(MonthlySeries &series, const QString &column, const QDate &from,
                    const QDate &to, int months);

    Database &m_db;
    WorkCalendar m_calendar;
    RuleProfile m_profile;
    QString m_error;
};
