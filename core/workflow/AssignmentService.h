#pragma once

#include "core/Assignment.h"
#include "core/AuditLog.h"
#include "core/workflow/Evaluation.h"
#include "core/workflow/Extension.h"
#include "core/workflow/ProgressReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QVariant>
#include <optional>

class Database;
class RuleProfile;
class WorkCalendar;

// 交办 and 督办: an assignment from creation to evaluation.
//
// Status flow: assigned 已交办 → in_progress 办理中 → done 已办结 → evaluated 已评价; returned
// 退回 (wrong department, reassigned to another lead), escalated 提交上级 (with a note),
// deferred 暂缓解决 (with a written explanation). An unsatisfied evaluation (不满意) reopens the
// assignment (重办) with a new deadline from the profile.
class AssignmentService {
    Q_DECLARE_TR_FUNCTIONS(AssignmentService)

public:
    enum class DeadlineState { Closed, OnTime, DueSoon, Overdue, Extended, ExtendedOverdue };

    explicit AssignmentService(Database &db);

    // Creates an assignment. Unset progressDue/dueDate are proposed from the active profile
    // (RuleProfile::resultDeadline, several departments when there are cooperators); a dueDate
    // given by the caller needs a dueReason. Lead contact and phone default to the
    // department's. Returns the id, 0 on failure.
    qint64 create(const Assignment &draft);
    std::optional<Assignment> find(qint64 id) const;

    bool start(qint64 id);
    bool returnToOffice(qint64 id, const QString &reason);
    // Hands a returned assignment to another lead department; an empty contact or phone is
    // the department's own.
    bool reassign(qint64 id, qint64 leadDepartmentId, const QString &contact, const QString &phone,
                  const QString &reason);
    // 提交上级 and 暂缓解决 on `on` (today when invalid; not before the assignment, not after
    // today). The day is kept (escalated_on / deferred_on) with the day the item comes back
    // from that state (escalated_until / deferred_until: started again, completed or deferred)
    // so that the dashboard and the leaders' report can look at a past date.
    bool escalate(qint64 id, const QString &note, const QDate &on = {});
    bool defer(qint64 id, const QString &explanation, const QDate &on = {});
    bool complete(qint64 id, const QString &result, const QDate &completedOn);
    bool setDueDate(qint64 id, const QDate &due, const QString &reason);
    bool setFeedback(qint64 id, const QString &feedback, const QDate &on, const QString &method);
    bool setSupervision(qint64 id, const QString &supervision);

    qint64 addProgressReport(qint64 id, const QDate &date, const QString &content,
                             const QString &reporter = {});
    QList<ProgressReport> progressReports(qint64 id) const;
    // 十日一报 (profiles with tenDayReports): the next report is due reportIntervalDays after
    // the last report, or after the assignment; invalid when the profile has no such rule or
    // the assignment is closed.
    QDate nextReportDate(qint64 id) const;
    // The report dates that passed without a report, up to `today`.
    QList<QDate> missedReports(qint64 id, const QDate &today) const;

    // Extensions: a request needs a reason and a date after the current deadline. When the
    // profile's cap is reached the request is recorded as refused, false is returned and
    // errorString() names the cap and the regulation.
    qint64 requestExtension(qint64 id, const QString &reason, const QDate &requestedDue,
                            const QDate &requestedOn);
    bool approveExtension(qint64 extensionId, const QDate &on);
    bool refuseExtension(qint64 extensionId, const QDate &on, const QString &note);
    QList<Extension> extensions(qint64 id) const;
    int extensionsCounted(qint64 id) const; // approved and pending requests
    // Approved on or before `asOf`: what AssignmentState::isExtended() counts.
    int extensionsApproved(qint64 id, const QDate &asOf) const;
    QString extensionCapText() const; // "at most 2 ..." of the active profile, or empty

    // 附件3: the enterprise's evaluation of a done assignment. Without an evaluating unit the
    // evaluator is the appeal's submitting unit with its responsible person and phone (the
    // enterprise evaluates the handling of its own appeal).
    qint64 evaluate(qint64 id, const Evaluation &evaluation);
    QList<Evaluation> evaluations(qint64 id) const;

    QList<AuditLog::Entry> history(qint64 id) const;

    // `approvedExtensions`: approved on or before `today` (extensionsApproved()); extended is
    // AssignmentState::isExtended(), the dashboard's definition too.
    static DeadlineState deadlineState(const Assignment &a, int approvedExtensions,
                                       const QDate &today, const WorkCalendar &calendar,
                                       int warningWindowWorkingDays);

    // closed, on-time, due-soon, overdue, extended, extended-overdue (StatusLabels words them).
    static QString deadlineStateCode(DeadlineState state);

    QString errorString() const { return m_error; }

private:
    using Sets = QList<QPair<QString, QVariant>>;
    // Moves an assignment from one of `from` to `to`, setting `sets`, with an audit entry.
    // Going into or out of escalated / deferred also dates that on `on` (today if invalid).
    bool transition(qint64 id, const QList<Assignment::Status> &from, Assignment::Status to,
                    const Sets &sets, const QString &action, const QJsonObject &detail,
                    const QDate &on = {});
    // "Escalated on"/"Deferred on": refuses a day before the assignment or after today.
    bool checkWaitingDay(qint64 id, const QDate &on, const QString &field);
    bool update(qint64 id, const Sets &sets, const QString &action, const QJsonObject &detail);
    bool audit(qint64 id, const QString &action, const QJsonObject &detail);
    // Fills an empty contact or phone with the department's; false when it does not exist.
    bool departmentContact(qint64 departmentId, QString *contact, QString *phone);
    bool evaluatorFromAppeal(const Assignment &a, Evaluation *e);
    QString label(qint64 id) const;

    Database &m_db;
    QString m_error;
};
