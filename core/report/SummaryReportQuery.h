#pragma once

#include "core/report/SummaryReport.h"

#include <QCoreApplication>
#include <optional>

class Database;

// Gathers the leaders' summary report for a period from the database: the period's appeals by
// status (as they stood at the period's end), domain and channel; the overdue items and the
// department table as the deadline dashboard computes them on that day (DashboardQuery, so both
// always agree); satisfaction; the items waiting for a leader's decision; and the common
// problems raised by several enterprises (CommonProblemFinder).
//
// "As of" is the period's last day, or today while the period runs. Appeal and assignment
// statuses are taken back to that day where the records date them (screened_at, assigned_on,
// completed_on, the first evaluation's date); escalation and deferral are not dated and are
// taken as they are now, as on the dashboard.
class SummaryReportQuery {
    Q_DECLARE_TR_FUNCTIONS(SummaryReportQuery)

public:
    struct Options {
        int maxListed = 50;     // overdue, escalated and deferred items listed by name
        int minEnterprises = 3; // different enterprises that make a problem common
        int maxWordingGroups = 10;
        QDate today; // default: the current date
    };

    explicit SummaryReportQuery(Database &db);

    // nullopt with errorString() for an invalid or future period or a database error.
    std::optional<SummaryReport> build(const ReportPeriod &period, const Options &options);
    std::optional<SummaryReport> build(const ReportPeriod &period) { return build(period, {}); }
    QString errorString() const { return m_error; }

    // The order statuses are listed in: the workflow's, from 待研判 to 已评价.
    static QStringList statusOrder();

private:
    bool loadAppeals(SummaryReport &report, QList<CommonProblemFinder::Text> &texts);
    bool loadDashboardFigures(SummaryReport &report, int maxListed);
    bool loadDecisions(SummaryReport &report, int maxListed);

    Database &m_db;
    QString m_error;
};
