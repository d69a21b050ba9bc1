#include "core/workflow/AssignmentService.h"

#include "core/Clock.h"
#include "core/queries/AssignmentState.h"

#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/TransactionGuard.h"
#include "core/workflow/WorkflowSql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using WorkflowSql::iso;
using Status = Assignment::Status;

AssignmentService::AssignmentService(Database &db)
    : m_db(db) {}

QString AssignmentService::label(qint64 id) const {
    // Clerks know an assignment by its appeal's number (编号), not by the record id.
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT a.number FROM assignments s JOIN appeals a ON a.id = s.appeal_id "
              "WHERE s.id = ?"_s);
    WorkflowSql::bind(q, id);
    if (q.exec() && q.next())
        return tr("The assignment of appeal %1").arg(q.value(0).toString());
    return tr("Assignment %1").arg(id);
}

bool AssignmentService::departmentContact(qint64 departmentId, QString *contact, QString *phone) {
    QSqlQuery d(m_db.sql());
    d.prepare(u"SELECT contact, phone FROM departments WHERE id = ?"_s);
    WorkflowSql::bind(d, departmentId);
    if (!WorkflowSql::exec(d, &m_error))
        return false;
    if (!d.next()) {
        m_error = tr("Lead department: department %1 does not exist.").arg(departmentId);
        return false;
    }
    if (contact->isEmpty())
        *contact = d.value(0).toString();
    if (phone->isEmpty())
        *phone = d.value(1).toString();
    return true;
}

bool AssignmentService::audit(qint64 id, const QString &action, const QJsonObject &detail) {
    if (AuditLog(m_db).record(u"assignment"_s, id, action, detail))
        return true;
    m_error = tr("%1: cannot write its history.").arg(label(id));
    return false;
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
        !departmentContact(a.leadDepartmentId, &a.leadContact, &a.leadPhone))
        return 0;
    const QString stamp = WorkflowSql::now();
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO assignments (appeal_id, topic_id, meeting_id, lead_department_id, "
              "lead_contact, lead_phone, multi_department, assigned_on, progress_due, due_date, "
              "original_due_date, due_uncertain, due_reason, deadline_start, due_rule, "
              "progress_rule, status, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'assigned', ?, ?)"_s);
    const QVariant nullId(QMetaType(QMetaType::LongLong));
    WorkflowSql::bind(q, a.appealId > 0 ? QVariant(a.appealId) : nullId);
    WorkflowSql::bind(q, a.topicId > 0 ? QVariant(a.topicId) : nullId);
    WorkflowSql::bind(q, a.meetingId > 0 ? QVariant(a.meetingId) : nullId);
    WorkflowSql::bind(q, a.leadDepartmentId);
    WorkflowSql::bind(q, a.leadContact);
    WorkflowSql::bind(q, a.leadPhone);
    WorkflowSql::bind(q, multi ? 1 : 0);
    WorkflowSql::bind(q, iso(a.assignedOn));
    WorkflowSql::bind(q, iso(a.progressDue));
    WorkflowSql::bind(q, iso(a.dueDate));
    WorkflowSql::bind(q, iso(a.dueDate));
    WorkflowSql::bind(q, uncertain ? 1 : 0);
    WorkflowSql::bind(q, a.dueReason.trimmed());
    WorkflowSql::bind(q, iso(a.assignedOn));
    WorkflowSql::bind(q, dueRule);
    WorkflowSql::bind(q, progressRule);
    WorkflowSql::bind(q, stamp);
    WorkflowSql::bind(q, stamp);
    if (!WorkflowSql::exec(q, &m_error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonArray coop;
    for (const CooperatingDepartment &c : a.cooperators) {
        QSqlQuery c2(m_db.sql());
        c2.prepare(u"INSERT INTO assignment_cooperators (assignment_id, department_id, contact, "
                   "phone) VALUES (?, ?, ?, ?)"_s);
        WorkflowSql::bind(c2, id);
        WorkflowSql::bind(c2, c.departmentId);
        WorkflowSql::bind(c2, c.contact);
        WorkflowSql::bind(c2, c.phone);
        if (!c2.exec()) {
            m_error = tr("Cooperating departments: department %1 does not exist or is listed "
                         "twice.")
                          .arg(c.departmentId);
            return 0;
        }
        coop.append(c.departmentId);
    }
    if (!audit(id, u"created"_s,
               {{u"lead"_s, a.leadDepartmentId},
                {u"cooperators"_s, coop},
                {u"assigned_on"_s, iso(a.assignedOn)},
                {u"due"_s, iso(a.dueDate)},
                {u"progress_due"_s, iso(a.progressDue)}}))
        return 0;
    if (!tx.commit()) {
        m_error = tr("Cannot save the assignment.");
        return 0;
    }
    return id;
}

std::optional<Assignment> AssignmentService::find(qint64 id) const {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, appeal_id, topic_id, meeting_id, lead_department_id, lead_contact, "
              "lead_phone, assigned_on, progress_due, due_date, original_due_date, due_uncertain, "
              "due_reason, status, result, completed_on, feedback, feedback_on, feedback_method, "
              "supervision, escalation_note, explanation, rehandle_count, escalated_on, "
              "escalated_until, deferred_on, deferred_until FROM assignments WHERE id = ?"_s);
    WorkflowSql::bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.appealId = q.value(1).toLongLong();
    a.topicId = q.value(2).toLongLong();
    a.meetingId = q.value(3).toLongLong();
    a.leadDepartmentId = q.value(4).toLongLong();
    a.leadContact = q.value(5).toString();
    a.leadPhone = q.value(6).toString();
    a.assignedOn = WorkflowSql::date(q.value(7));
    a.progressDue = WorkflowSql::date(q.value(8));
    a.dueDate = WorkflowSql::date(q.value(9));
    a.originalDueDate = WorkflowSql::date(q.value(10));
    a.dueUncertain = q.value(11).toInt() != 0;
    a.dueReason = q.value(12).toString();
    a.status = Assignment::statusFromCode(q.value(13).toString());
    a.result = q.value(14).toString();
    a.completedOn = WorkflowSql::date(q.value(15));
    a.feedback = q.value(16).toString();
    a.feedbackOn = WorkflowSql::date(q.value(17));
    a.feedbackMethod = q.value(18).toString();
    a.supervision = q.value(19).toString();
    a.escalationNote = q.value(20).toString();
    a.explanation = q.value(21).toString();
    a.rehandleCount = q.value(22).toInt();
    a.escalatedOn = WorkflowSql::date(q.value(23));
    a.escalatedUntil = WorkflowSql::date(q.value(24));
    a.deferredOn = WorkflowSql::date(q.value(25));
    a.deferredUntil = WorkflowSql::date(q.value(26));
    QSqlQuery c(m_db.sql());
    c.prepare(u"SELECT department_id, contact, phone FROM assignment_cooperators "
              "WHERE assignment_id = ? ORDER BY department_id"_s);
    WorkflowSql::bind(c, id);
    c.exec();
    while (c.next())
        a.cooperators << CooperatingDepartment{c.value(0).toLongLong(), c.value(1).toString(),
                                               c.value(2).toString()};
    return a;
}

bool AssignmentService::update(qint64 id, const Sets &sets, const QString &action,
                               const QJsonObject &detail) {
    QStringList assigns;
    for (const auto &s : sets)
        assigns << s.first + u" = ?"_s;
    assigns << u"updated_at = ?"_s;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE assignments SET %1 WHERE id = ?"_s.arg(assigns.join(u", "_s)));
    for (const auto &s : sets)
        WorkflowSql::bind(q, s.second);
    WorkflowSql::bind(q, WorkflowSql::now());
    WorkflowSql::bind(q, id);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    return audit(id, action, detail);
}

bool AssignmentService::transition(qint64 id, const QList<Status> &from, Status to,
                                   const Sets &sets, const QString &action,
                                   const QJsonObject &detail, const QDate &on) {
    m_error.clear();
    const auto a = find(id);
    if (!a) {
        m_error = tr("%1 does not exist.").arg(label(id));
        return false;
    }
    if (!from.contains(a->status)) {
        m_error = tr("%1 is %2; this step is not possible from there.")
                      .arg(label(id), Assignment::statusCode(a->status));
        return false;
    }
    TransactionGuard tx(m_db.sql());
    Sets all = sets;
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
        m_error = tr("%1 does not exist.").arg(label(id));
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
        !departmentContact(leadDepartmentId, &leadContact, &leadPhone))
        return false;
    TransactionGuard tx(m_db.sql());
    // The new lead must not stay listed as cooperator.
    QSqlQuery del(m_db.sql());
    del.prepare(
        u"DELETE FROM assignment_cooperators WHERE assignment_id = ? AND department_id = ?"_s);
    WorkflowSql::bind(del, id);
    WorkflowSql::bind(del, leadDepartmentId);
    if (!WorkflowSql::exec(del, &m_error))
        return false;
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
        m_error = tr("%1 does not exist.").arg(label(id));
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
        m_error = tr("%1 does not exist.").arg(label(id));
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
        m_error = tr("%1 does not exist.").arg(label(id));
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
        m_error = tr("%1 does not exist.").arg(label(id));
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

QList<AuditLog::Entry> AssignmentService::history(qint64 id) const {
    return AuditLog(m_db).history(u"assignment"_s, id);
}
