#include "core/workflow/AssignmentService.h"

#include "core/CalendarRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/TransactionGuard.h"
#include "core/queries/AssignmentState.h"
#include "core/workflow/WorkflowSql.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using WorkflowSql::iso;
using Status = Assignment::Status;

AssignmentService::AssignmentService(Database &db)
    : m_db(db)
    , m_repository(db) {}

std::optional<Assignment> AssignmentService::find(qint64 id) const {
    return m_repository.find(id);
}

QString AssignmentService::label(qint64 id) const {
    return m_repository.label(id);
}

bool AssignmentService::fail(const QString &message) {
    m_error = message;
    return false;
}

bool AssignmentService::update(qint64 id, const AssignmentRepository::Sets &sets,
                               const QString &action, const QJsonObject &detail) {
    if (!m_repository.update(id, sets) || !m_repository.recordHistory(id, action, detail))
        return fail(m_repository.errorString());
    return true;
}

qint64 AssignmentService::create(const Assignment &draft) {
    m_error.clear();
    if (draft.leadDepartmentId <= 0) {
        m_error = tr("Lead department: choose the department that leads the handling.");
        return 0;
    }
    if (!draft.assignedOn.isValid()) {
        m_error = tr("Assigned on: the date of assignment is missing.");
        return 0;
    }
    for (const CooperatingDepartment &c : draft.cooperators) {
        if (c.departmentId == draft.leadDepartmentId) {
            m_error = tr("Cooperating departments: the lead department cannot also cooperate.");
            return 0;
        }
    }
    const RuleProfile profile = ProfileRepository(m_db).active();
    const WorkCalendar calendar = CalendarRepository(m_db).load();
    const bool multi = !draft.cooperators.isEmpty();

    Assignment a = draft;
    bool uncertain = false;
    // The periods the deadlines were counted with, kept so that a calendar change can count
    // them again (DeadlineSettlement); a date the clerk chose keeps no rule.
    QString dueRule, progressRule;
    const Deadline proposed = profile.resultDeadline(calendar, a.assignedOn, multi);
    if (!a.dueDate.isValid() || a.dueDate == proposed.date) {
        a.dueDate = proposed.date;
        uncertain = !proposed.certain;
        a.dueReason = a.dueReason.trimmed();
        dueRule = profile.resultLimit(multi).code();
    } else if (a.dueReason.trimmed().isEmpty()) {
        m_error = tr("Deadline: %1 differs from the profile's %2; give the reason.")
                      .arg(a.dueDate.toString(Qt::ISODate), proposed.date.toString(Qt::ISODate));
        return 0;
    }
    if (!a.progressDue.isValid()) {
        const Deadline progress = profile.progressDeadline(calendar, a.assignedOn);
        a.progressDue = progress.date;
        uncertain = uncertain || (progress.isValid() && !progress.certain);
        progressRule = profile.progressLimit.code();
    }

    TransactionGuard tx(m_db.sql());
    if ((a.leadContact.isEmpty() || a.leadPhone.isEmpty()) &&
        !m_repository.departmentContact(a.leadDepartmentId, &a.leadContact, &a.leadPhone)) {
        m_error = m_repository.errorString();
        return 0;
    }
    const qint64 id = m_repository.insert(a, uncertain, dueRule, progressRule);
    if (!id) {
        m_error = m_repository.errorString();
        return 0;
    }
    QJsonArray coop;
    for (const CooperatingDepartment &c : a.cooperators)
        coop.append(c.departmentId);
    if (!m_repository.recordHistory(id, u"created"_s,
                                    {{u"lead"_s, a.leadDepartmentId},
                                     {u"cooperators"_s, coop},
                                     {u"assigned_on"_s, iso(a.assignedOn)},
                                     {u"due"_s, iso(a.dueDate)},
                                     {u"progress_due"_s, iso(a.progressDue)}})) {
        m_error = m_repository.errorString();
        return 0;
    }
    if (!tx.commit()) {
        m_error = tr("Cannot save the assignment.");
        return 0;
    }
    return id;
}

bool AssignmentService::transition(qint64 id, const QList<Status> &from, Status to,
                                   const AssignmentRepository::Sets &sets, const QString &action,
                                   const QJsonObject &detail, const QDate &on) {
    m_error.clear();
    const auto a = find(id);
    if (!a) {
        m_error = m_repository.missing(id);
        return false;
    }
    if (m_repository.movedOn(*a))
        return fail(m_repository.errorString());
    if (!from.contains(a->status)) {
        m_error = tr("%1 is %2; this step is not possible from there.")
                      .arg(label(id), StatusLabels::assignment(Assignment::statusCode(a->status)));
        return false;
    }
    TransactionGuard tx(m_db.sql());
    AssignmentRepository::Sets all = sets;
    all.prepend({u"status"_s, Assignment::statusCode(to)});
    // The waiting states are dated: when the item went in, and when it came back.
    const QString day = iso(on.isValid() ? on : Clock::today());
    for (const Status waiting : {Status::Escalated, Status::Deferred}) {
        const QString code = Assignment::statusCode(waiting);
        if (to == waiting && a->status != waiting) {
            all << qMakePair(code + u"_on"_s, QVariant(day))
                << qMakePair(code + u"_until"_s, QVariant(QString()));
        } else if (a->status == waiting && to != waiting) {
            all << qMakePair(code + u"_until"_s, QVariant(day));
        }
    }
    QJsonObject d = detail;
    d.insert(u"from"_s, Assignment::statusCode(a->status));
    d.insert(u"to"_s, Assignment::statusCode(to));
    if (!update(id, all, action, d))
        return false;
    return tx.commit();
}

bool AssignmentService::start(qint64 id) {
    return transition(id, {Status::Assigned, Status::Escalated, Status::Deferred},
                      Status::InProgress, {}, u"started"_s, {});
}

bool AssignmentService::returnToOffice(qint64 id, const QString &reason) {
    if (reason.trimmed().isEmpty()) {
        m_error = tr("Reason: say why the assignment is returned (e.g. not this department's "
                     "responsibility).");
        return false;
    }
    return transition(id, {Status::Assigned, Status::InProgress}, Status::Returned, {},
                      u"returned"_s, {{u"reason"_s, reason.trimmed()}});
}

bool AssignmentService::reassign(qint64 id, qint64 leadDepartmentId, const QString &contact,
                                 const QString &phone, const QString &reason) {
    m_error.clear();
    const auto a = find(id);
    if (!a) {
        m_error = m_repository.missing(id);
        return false;
    }
    if (a->status != Status::Returned) {
        m_error = tr("%1: only a returned assignment is handed to another lead department.")
                      .arg(label(id));
        return false;
    }
    if (leadDepartmentId <= 0 || leadDepartmentId == a->leadDepartmentId) {
        m_error = tr("Lead department: choose a department other than the one that returned it.");
        return false;
    }
    QString leadContact = contact.trimmed();
    QString leadPhone = phone.trimmed();
    if ((leadContact.isEmpty() || leadPhone.isEmpty()) &&
        !m_repository.departmentContact(leadDepartmentId, &leadContact, &leadPhone))
        return fail(m_repository.errorString());
    TransactionGuard tx(m_db.sql());
    // The new lead must not stay listed as cooperator.
    if (!m_repository.removeCooperator(id, leadDepartmentId))
        return fail(m_repository.errorString());
    if (!transition(id, {Status::Returned}, Status::Assigned,
                    {{u"lead_department_id"_s, leadDepartmentId},
                     {u"lead_contact"_s, leadContact},
                     {u"lead_phone"_s, leadPhone}},
                    u"reassigned"_s,
                    {{u"from_lead"_s, a->leadDepartmentId},
                     {u"to_lead"_s, leadDepartmentId},
                     {u"reason"_s, reason.trimmed()}}))
        return false;
    return tx.commit();
}

bool AssignmentService::checkWaitingDay(qint64 id, const QDate &on, const QString &field) {
    m_error.clear();
    if (!on.isValid())
        return true;
    const auto a = find(id);
    if (!a) {
        m_error = m_repository.missing(id);
        return false;
    }
    if (on > Clock::today()) {
        m_error = tr("%1: %2 is after today.").arg(field, iso(on));
        return false;
    }
    if (a->assignedOn.isValid() && on < a->assignedOn) {
        m_error = tr("%1: %2 is before the assignment was made (%3).")
                      .arg(field, iso(on), iso(a->assignedOn));
        return false;
    }
    return true;
}

bool AssignmentService::escalate(qint64 id, const QString &note, const QDate &on) {
    if (note.trimmed().isEmpty()) {
        m_error = tr("Escalation note: say what the higher level is asked to decide.");
        return false;
    }
    if (!checkWaitingDay(id, on, tr("Escalated on")))
        return false;
    const QDate day = on.isValid() ? on : Clock::today();
    return transition(id, {Status::Assigned, Status::InProgress}, Status::Escalated,
                      {{u"escalation_note"_s, note.trimmed()}}, u"escalated"_s,
                      {{u"note"_s, note.trimmed()}, {u"on"_s, iso(day)}}, day);
}

bool AssignmentService::defer(qint64 id, const QString &explanation, const QDate &on) {
    if (explanation.trimmed().isEmpty()) {
        m_error = tr("Explanation: an item that cannot be solved yet (暂缓解决) needs the "
                     "explanation given to the enterprise.");
        return false;
    }
    if (!checkWaitingDay(id, on, tr("Deferred on")))
        return false;
    const QDate day = on.isValid() ? on : Clock::today();
    return transition(id, {Status::Assigned, Status::InProgress, Status::Escalated},
                      Status::Deferred, {{u"explanation"_s, explanation.trimmed()}}, u"deferred"_s,
                      {{u"explanation"_s, explanation.trimmed()}, {u"on"_s, iso(day)}}, day);
}

bool AssignmentService::complete(qint64 id, const QString &result, const QDate &completedOn) {
    if (result.trimmed().isEmpty()) {
        m_error = tr("Result: describe the result of the handling (办理结果).");
        return false;
    }
    if (!completedOn.isValid()) {
        m_error = tr("Completed on: the completion date is missing.");
        return false;
    }
    // Completed while escalated: the escalation ends on the completion day.
    return transition(id, {Status::Assigned, Status::InProgress, Status::Escalated}, Status::Done,
                      {{u"result"_s, result.trimmed()}, {u"completed_on"_s, iso(completedOn)}},
                      u"completed"_s, {{u"completed_on"_s, iso(completedOn)}}, completedOn);
}

bool AssignmentService::setDueDate(qint64 id, const QDate &due, const QString &reason) {
    m_error.clear();
    if (!due.isValid()) {
        m_error = tr("Deadline: the new deadline is not a valid date.");
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        m_error = tr("Reason: say why the deadline changes.");
        return false;
    }
    const auto a = find(id);
    if (!a) {
        m_error = m_repository.missing(id);
        return false;
    }
    TransactionGuard tx(m_db.sql());
    if (!update(
            id, {{u"due_date"_s, iso(due)}, {u"due_reason"_s, reason.trimmed()}},
            u"deadline_changed"_s,
            {{u"from"_s, iso(a->dueDate)}, {u"to"_s, iso(due)}, {u"reason"_s, reason.trimmed()}}))
        return false;
    return tx.commit();
}

bool AssignmentService::setFeedback(qint64 id, const QString &feedback, const QDate &on,
                                    const QString &method) {
    m_error.clear();
    if (feedback.trimmed().isEmpty() || !on.isValid()) {
        m_error = tr("Feedback: say what the enterprise was told and on which date.");
        return false;
    }
    if (!find(id)) {
        m_error = m_repository.missing(id);
        return false;
    }
    TransactionGuard tx(m_db.sql());
    if (!update(id,
                {{u"feedback"_s, feedback.trimmed()},
                 {u"feedback_on"_s, iso(on)},
                 {u"feedback_method"_s, method.trimmed()}},
                u"feedback"_s, {{u"on"_s, iso(on)}, {u"method"_s, method.trimmed()}}))
        return false;
    return tx.commit();
}

bool AssignmentService::setSupervision(qint64 id, const QString &supervision) {
    m_error.clear();
    if (!find(id)) {
        m_error = m_repository.missing(id);
        return false;
    }
    TransactionGuard tx(m_db.sql());
    if (!update(id, {{u"supervision"_s, supervision.trimmed()}}, u"supervision"_s,
                {{u"text"_s, supervision.trimmed()}}))
        return false;
    return tx.commit();
}

AssignmentService::DeadlineState
AssignmentService::deadlineState(const Assignment &a, int approvedExtensions, const QDate &today,
                                 const WorkCalendar &calendar, int warningWindowWorkingDays) {
    // Open, overdue, due soon and extended are AssignmentState's, so that this page, the
    // lists, the overdue report and the dashboard agree.
    const QString code = Assignment::statusCode(a.status);
    const auto base = AssignmentState::state(
        code, a.dueDate, today,
        AssignmentState::dueSoonLimit(calendar, today, warningWindowWorkingDays));
    if (!AssignmentState::isOpen(code))
        return DeadlineState::Closed;
    const bool extended = AssignmentState::isExtended(approvedExtensions);
    if (base == AssignmentState::DeadlineState::Overdue)
        return extended ? DeadlineState::ExtendedOverdue : DeadlineState::Overdue;
    if (extended)
        return DeadlineState::Extended;
    if (base == AssignmentState::DeadlineState::DueSoon)
        return DeadlineState::DueSoon;
    return DeadlineState::OnTime;
}

QString AssignmentService::deadlineStateCode(DeadlineState state) {
    switch (state) {
    case DeadlineState::OnTime:
        return u"on-time"_s;
    case DeadlineState::DueSoon:
        return u"due-soon"_s;
    case DeadlineState::Overdue:
        return u"overdue"_s;
    case DeadlineState::Extended:
        return u"extended"_s;
    case DeadlineState::ExtendedOverdue:
        return u"extended-overdue"_s;
    case DeadlineState::Closed:
        break;
    }
    return u"closed"_s;
}

bool AssignmentService::startByReport(qint64 id, qint64 reportId) {
    const auto a = find(id);
    if (!a || a->status != Status::Assigned)
        return true; // only the first report of an assigned item starts it
    return transition(id, {Status::Assigned}, Status::InProgress, {}, u"started"_s,
                      {{u"by_report"_s, reportId}});
}

bool AssignmentService::recordEvaluation(qint64 id, qint64 evaluationId, Evaluation::Level level,
                                         const QDate &on) {
    const auto a = find(id);
    if (!a)
        return fail(m_repository.missing(id));
    const QJsonObject detail{{u"evaluation"_s, evaluationId},
                             {u"level"_s, Evaluation::levelCode(level)}};
    if (level != Evaluation::Level::Unsatisfied)
        return transition(id, {Status::Done}, Status::Evaluated, {}, u"evaluated"_s, detail);
    // 重办: the department handles it again within a fresh period of the profile.
    const RuleProfile profile = ProfileRepository(m_db).active();
    const WorkCalendar calendar = CalendarRepository(m_db).load();
    const Deadline due = profile.resultDeadline(calendar, on, !a->cooperators.isEmpty());
    const Deadline progress = profile.progressDeadline(calendar, on);
    QJsonObject d = detail;
    d.insert(u"due"_s, iso(due.date));
    return transition(id, {Status::Done}, Status::InProgress,
                      {{u"rehandle_count"_s, a->rehandleCount + 1},
                       {u"due_date"_s, iso(due.date)},
                       {u"original_due_date"_s, iso(due.date)},
                       {u"progress_due"_s, iso(progress.date)},
                       {u"due_uncertain"_s, due.certain ? 0 : 1},
                       {u"deadline_start"_s, iso(on)},
                       {u"due_rule"_s, profile.resultLimit(!a->cooperators.isEmpty()).code()},
                       {u"progress_rule"_s, profile.progressLimit.code()},
                       {u"due_reason"_s, tr("Handled again after an unsatisfied evaluation")},
                       {u"completed_on"_s, QString()}},
                      u"reopened"_s, d);
}

QList<AuditLog::Entry> AssignmentService::history(qint64 id) const {
    return AuditLog(m_db).history(u"assignment"_s, id);
}
