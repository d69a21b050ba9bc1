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
// Escalated or deferred on a date (提交上级 / 暂缓解决, schema step 13): the item went into that
// state on or before the date and had not come back by then (waiting from `since` up to the
// day before `until`). Without a date (items written before the dates were kept) it is taken
// as it is today; a period with a start but no end holds only while the status is still that
// state. Deferred on a date means closed on it; escalated means open but waiting.
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
    // SQL condition "chased on the date" (超期催办): overdue and not escalated on that date. An
    // item escalated (提交上级) waits for the higher level's answer, which the lead department
    // cannot hurry: the dashboard counts it apart, `overdue` does not list it and no 催办通知 is
    // printed for it. Binds three parameters, each the as-of date.
    static QString chasedSql(const QString &alias);
    // SQL expression: the extensions of the assignment aliased `alias` approved on or before
    // the as-of date, which it binds as one parameter (YYYY-MM-DD). Extended: greater than 0.
    static QString approvedExtensionsSql(const QString &alias);

    // When an item waited in a state: from `since` (invalid when not recorded) to `until`
    // (invalid while it still waits).
    struct Waiting {
        QDate since;
        QDate until;
    };
    // `waitingCode` is escalated or deferred; `statusCode` the status today.
    static bool isWaitingOn(const QString &statusCode, const QString &waitingCode,
                            const Waiting &waiting, const QDate &asOf);
    // The status on `asOf` as far as the records date it: deferred or escalated on that day
    // (isWaitingOn), in progress when completed later or escalated/deferred only later, else
    // the status today. `completedOn` is the completion day (invalid when not completed).
    static QString statusOn(const QString &statusCode, const QDate &completedOn,
                            const Waiting &escalation, const Waiting &deferral, const QDate &asOf);
    // SQL expression: 1 when the assignment aliased `alias` was escalated (or deferred) on the
    // date `param` (a placeholder such as :asof), else 0; isWaitingOn's definition.
    static QString escalatedOnSql(const QString &alias, const QString &param);
    static QString deferredOnSql(const QString &alias, const QString &param);

    static QString stateCode(DeadlineState s); // none, on-track, due-soon, overdue
    static DeadlineState stateFromCode(const QString &code, bool *ok = nullptr);
};
