#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class WorkCalendar;

// The one definition of "open", "overdue" and "due soon" for an assignment (交办), used by the
// list filters, the overdue report and the dashboard so that they can never disagree.
//
// Open: still the lead department's to handle — assigned, in_progress, returned (退回, must be
// handled again) and escalated (提交上级, still waiting for an answer). done, evaluated and
// deferred (暂缓解决 with a written explanation) are closed: no deadline runs for them.
// Overdue as of a date: open and due_date is before that date (the due day itself is still
// in time).
// Extended as of a date (延期, issue 5): an extension of the assignment was approved on or
// before that date. A deadline changed with a reason (AssignmentService::setDueDate) corrects
// the profile's proposal and is not an extension, and a reopened (重办) assignment starts
// again from a new deadline; neither is shown or counted as extended.
class AssignmentState {
    Q_DECLARE_TR_FUNCTIONS(AssignmentState)

public:
    enum class DeadlineState { None, OnTrack, DueSoon, Overdue };

    static QStringList openStatusCodes();
    static QStringList allStatusCodes();
    static bool isOpen(const QString &statusCode);
    static bool isOverdue(const QString &statusCode, const QDate &dueDate, const QDate &asOf);
    // `approvedByThen`: extensions approved on or before the as-of date.
    static bool isExtended(int approvedByThen);

    // Due soon: open, not overdue, and at most `window` working days left, i.e. due on or
    // before dueSoonLimit(asOf, window).
    static QDate dueSoonLimit(const WorkCalendar &calendar, const QDate &asOf,
                              int windowWorkingDays);
    static DeadlineState state(const QString &statusCode, const QDate &dueDate, const QDate &asOf,
                               const QDate &dueSoonLimit);

    // SQL condition "the assignment aliased `alias` is open", with the status codes inlined as
    // constants (they are ours, never user text), so the planner can use the status index.
    static QString openSql(const QString &alias);
    // SQL condition "open and overdue": binds one parameter, the as-of date (YYYY-MM-DD).
    static QString overdueSql(const QString &alias);
    // SQL expression: the extensions of the assignment aliased `alias` approved on or before
    // the as-of date, which it binds as one parameter (YYYY-MM-DD). Extended: greater than 0.
    static QString approvedExtensionsSql(const QString &alias);

    static QString stateCode(DeadlineState s); // none, on-track, due-soon, overdue
    static DeadlineState stateFromCode(const QString &code, bool *ok = nullptr);
};
