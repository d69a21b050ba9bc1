#pragma once

#include "core/queries/AssignmentState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <optional>

class Database;

// The appeal list behind `qinqing-cli list appeals` and the GUI's lazily fetched table model:
// filters that combine (AND), a search, a sort on any column and paging. Everything runs in
// SQL with bound parameters so that 100,000 appeals page as fast as 100; user text never
// becomes part of a statement.
//
// The "current assignment" of an appeal is its most recent one (highest id): a returned or
// re-handled appeal gets a new assignment and the old one is history. Lead department,
// assignment status and deadline columns and filters refer to it.
class AppealListQuery {
    Q_DECLARE_TR_FUNCTIONS(AppealListQuery)

public:
    enum class Column {
        Number,
        SubmitDate,
        SubmittingUnit,
        Enterprise,
        Domain,
        Channel,
        Status,
        CollectingDepartment,
        LeadDepartment,
        AssignmentStatus,
        DueDate,
    };

    struct Filter {
        QStringList statuses; // appeal status codes; empty: any
        QString domain;
        QString channel;
        qint64 enterpriseId = 0; // 0: any
        qint64 collectingDepartmentId = 0;
        qint64 leadDepartmentId = 0; // of the current assignment
        qint64 meetingId = 0;        // assigned at that meeting or on its agenda via the topic
        qint64 topicId = 0;
        QDate submittedFrom; // inclusive; invalid: open-ended
        QDate submittedTo;   // inclusive
        std::optional<AssignmentState::DeadlineState> deadlineState;
        QDate asOf;     // for deadlineState; invalid: today
        QString search; // a substring of number, unit, problem, suggestions, prior handling
    };

    struct Row {
        qint64 id = 0;
        QString number;
        QDate submitDate;
        QString submittingUnit;
        QString enterprise;
        QString domain;
        QString channel;
        QString status;
        QString collectingDepartment;
        QString leadDepartment;
        QString assignmentStatus; // empty: never assigned
        QDate dueDate;            // invalid: never assigned
    };

    explicit AppealListQuery(Database &db);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // NULLs (no enterprise, never assigned) sort last in both directions.
    void setSort(Column column, Qt::SortOrder order = Qt::AscendingOrder);
    // Working days before a deadline counted as "due soon"; default from the active profile.
    void setDueSoonWindow(int workingDays) { m_dueSoonWindow = workingDays; }

    // How a search finds its rows (see AppealSearch). Auto picks by the term's frequency in a
    // sample of the filtered rows: a common term is tested row by row while the sort index is
    // walked, which stops after one page; a rare one is looked up in the trigram index. Tests
    // and the benchmark force either; both give the same rows.
    enum class SearchPlan { Auto, Scan, Index };
    void setSearchPlan(SearchPlan plan) { m_forcedPlan = plan; }
    // The plan the last fetch() used (Auto: no search).
    SearchPlan lastPlan() const { return m_lastPlan; }

    QList<Row> fetch(int offset, int limit);
    // The exact number of rows; -1 on a database error (see errorString()). With a common
    // search term this reads every row: ask for it on demand, show estimatedCount() first.
    int count();

    struct Count {
        qint64 value = -1; // -1: a database error
        bool exact = true; // false: estimated from a sample, shown as "about"
    };
    // Exact where that is cheap (no search, a rare term, a small database), otherwise
    // estimated from the rows matching in a sample of 2,000 spread over the table.
    Count estimatedCount();
    // "1234" when exact; "about 61,000" (约 61,000) otherwise: two significant digits.
    static QString countText(const Count &count);
    QString errorString() const { return m_error; }

    static QList<Column> columns();
    static QString columnCode(Column column); // number, submit_date, ... due_date
    static std::optional<Column> columnFromCode(const QString &code);
    static QString columnTitle(Column column);
    static QVariant value(const Row &row, Column column);

private:
    struct Where {
        QStringList conditions;
        QVariantList binds;
        bool needsCurrentAssignment = false;
    };
    // A sample of the table for the search plan and the estimate: `rows` read in spread
    // blocks of ids, `matches` of them pass the filter; `covered` when the blocks are the table.
    struct Sample {
        int rows = 0;
        int matches = 0;
        qint64 span = 0; // ids from the lowest to the highest
        bool covered = false;
    };
    Where buildWhere(SearchPlan plan);
    bool takeSample(Sample *sample);
    SearchPlan choosePlan(int pageEnd);
    QString orderBy(const QString &nullsKey) const;
    bool runRows(const QString &sql, const QVariantList &binds, QList<Row> *rows);
    int runCount(const QString &sql, const QVariantList &binds);
    QList<Row> fetchByDeadline(const Where &where, int offset, int limit);
    QList<Row> fetchByEnterprise(const Where &where, int offset, int limit);
    QList<Row> fetchByAssignmentStatus(const Where &where, int offset, int limit);
    QList<Row> fetchByDepartment(const Where &where, int offset, int limit);
    QList<Row> fetchKeyedThenRest(const Where &where, const QString &keyed, const QString &keyOrder,
                                  const QString &rest, int offset, int limit);

    Database &m_db;
    Filter m_filter;
    Column m_sort = Column::Number;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_dueSoonWindow = -1;
    SearchPlan m_forcedPlan = SearchPlan::Auto;
    SearchPlan m_lastPlan = SearchPlan::Auto;
    std::optional<Sample> m_sample; // of the current filter; taken again on a first page
    QString m_error;
};
