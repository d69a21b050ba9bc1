#pragma once

#include "core/Assignment.h"
#include "core/AuditLog.h"
#include "core/workflow/AssignmentRepository.h"
#include "core/workflow/Evaluation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class Database;
class RuleProfile;
class WorkCalendar;

// 交办 and 督办: an assignment's creation and its status transitions, with their rules. What
// follows it over time (progress reports, extensions, the evaluation) is FollowUpService's;
// rows are read and written by AssignmentRepository.
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
    // Why find(id) returned nothing: the read's failure, or "… does not exist".
    QString missing(qint64 id) const { return m_repository.missing(id); }
    bool readFailed() const { return m_repository.readFailed(); }

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

    // A first progress report starts an assigned item (assigned → in progress); otherwise
    // nothing changes.
    bool startByReport(qint64 id, qint64 reportId);
    // After the enterprise's evaluation of a done item: evaluated, or — 不满意 — reopened for
    // handling again (重办) with a new deadline from the profile, counted from `on`.
    bool recordEvaluation(qint64 id, qint64 evaluationId, Evaluation::Level level, const QDate &on);

    QList<AuditLog::Entry> history(qint64 id) const;

    // `approvedExtensions`: approved on or before `today` (FollowUpService::
    // extensionsApproved()); extended is AssignmentState::isExtended(), the dashboard's too.
    static DeadlineState deadlineState(const Assignment &a, int approvedExtensions,
                                       const QDate &today, const WorkCalendar &calendar,
                                       int warningWindowWorkingDays);

    // closed, on-time, due-soon, overdue, extended, extended-overdue (StatusLabels words them).
    static QString deadlineStateCode(DeadlineState state);

    QString errorString() const { return m_error; }

    // No lost update: the next change of assignment `id` is refused (conflict() set) unless
    // the assignment is still at `version`, the version the caller's screen showed. Without
    // it each change still checks the version it read itself, so that two desks changing the
    // same assignment at once never overwrite each other.
    void expectVersion(qint64 id, int version) { m_repository.expectVersion(id, version); }
    std::optional<EditConflict> conflict() const { return m_repository.conflict(); }

private:
    // Moves an assignment from one of `from` to `to`, setting `sets`, with an audit entry.
    // Going into or out of escalated / deferred also dates that on `on` (today if invalid).
    bool transition(qint64 id, const QList<Assignment::Status> &from, Assignment::Status to,
                    const AssignmentRepository::Sets &sets, const QString &action,
                    const QJsonObject &detail, const QDate &on = {});
    // "Escalated on"/"Deferred on": refuses a day before the assignment or after today.
    bool checkWaitingDay(qint64 id, const QDate &on, const QString &field);
    bool update(qint64 id, const AssignmentRepository::Sets &sets, const QString &action,
                const QJsonObject &detail);
    bool fail(const QString &message);
    QString label(qint64 id) const;

    Database &m_db;
    AssignmentRepository m_repository;
    QString m_error;
};
