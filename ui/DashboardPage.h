#pragma once

#include "core/dashboard/DashboardQuery.h"
#include "ui/DashboardTexts.h"
#include "ui/Page.h"

#include <memory>

class Database;
class NextStepBanner;
class DashboardDeadlineModel;
class DashboardItemModel;
class DepartmentScoreModel;
class QAbstractButton;
class QBoxLayout;
class QButtonGroup;
class QChartView;
class QDateEdit;
class QFrame;
class QLabel;
class QTabWidget;
class QTableView;

// The first screen (督查看板): counts of open assignments per bucket (overdue red, due soon
// amber, on track green, extended, escalated), the list behind a count, owed progress reports
// and meeting deadlines, the department table and charts, all as of a chosen date.
//
// A refresh computes what the counts and the two lists need; the lists' models take the
// snapshot as it is and read the texts of the rows on screen only. The department table and
// the charts are computed when their tab is shown (once per refresh), so that a refresh stays
// under 50 ms at 100,000 appeals (qinqing-dashboard-benchmark, README).
class DashboardPage : public Page {
    Q_OBJECT

public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The department table and the chart series are in it once their tab was shown.
    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    // The buckets the list shows; empty = every open assignment.
    QList<DashboardBucket> shownBuckets() const { return m_shown; }
    void showBuckets(const QList<DashboardBucket> &buckets);
    void setAsOf(const QDate &date);
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

public slots:
    void refresh() override;
    // Asks for the period and opens the leaders' summary report in the print preview, from
    // where it is printed or saved as PDF or ODT.
    void summaryReport();
    // The 催办通知 of those of the items that are overdue on the dashboard's date, in the print
    // preview (one notice per page).
    void printReminders(const QList<qint64> &assignmentIds);

signals:
    void openAssignment(qint64 id);

private:
    void buildCounts(QWidget *host);
    // From November on, or when this year is missing: a note with a button to the import of
    // the State Council's notice (NoticeImportDialog).
    void buildCalendarNote(QBoxLayout *layout);
    void updateCalendarNote();
    void buildAsOfNote(QBoxLayout *layout);
    void updateAsOfNote();
    void importNotice();
    void updateCounts();
    void updateCharts();
    void updateShownTab();
    void loadList();
    void followAsOf();
    void exportList();

    Database &m_db;
    NextStepBanner *m_nextStep = nullptr; // the first day's next step while the page is empty
    DashboardQuery m_query;
    DashboardTexts m_texts;
    DashboardSnapshot m_snapshot;
    QFrame *m_asOfNote = nullptr; // the as-of date is not today
    QLabel *m_asOfNoteText = nullptr;
    bool m_chartsCurrent = false; // the charts show m_snapshot
    bool m_itemsSized = false;    // column widths are measured once, from the first rows
    bool m_deadlinesSized = false;
    QList<DashboardBucket> m_shown;
    qint64 m_lastRefreshMs = 0;

    QDateEdit *m_asOf = nullptr;
    QDateEdit *m_periodFrom = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_calendarNote = nullptr;
    QLabel *m_calendarNoteText = nullptr;
    int m_missingYear = 0;
    QButtonGroup *m_bucketButtons = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_itemsView = nullptr;
    QTableView *m_deadlinesView = nullptr;
    QTableView *m_departmentsView = nullptr;
    DashboardItemModel *m_items = nullptr;
    DashboardDeadlineModel *m_deadlines = nullptr;
    DepartmentScoreModel *m_departments = nullptr;
    QList<QChartView *> m_charts;
    QWidget *m_chartsTab = nullptr;
};
