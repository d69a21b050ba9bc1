#include "core/workflow/AssignmentRepository.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/workflow/WorkflowSql.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using WorkflowSql::iso;

namespace {
// The columns find() reads; each is taken by its name, never by its position.
const QString assignmentColumns =
    u"id, appeal_id, topic_id, meeting_id, lead_department_id, lead_contact, lead_phone, "
    "assigned_on, progress_due, due_date, original_due_date, due_uncertain, due_reason, status, "
    "result, completed_on, feedback, feedback_on, feedback_method, supervision, "
    "escalation_note, explanation, rehandle_count, escalated_on, escalated_until, deferred_on, "
    "deferred_until, version"_s;
} // namespace

AssignmentRepository::AssignmentRepository(Database &db)
    : m_db(db) {}

std::optional<Assignment> AssignmentRepository::find(qint64 id) const {
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT %1 FROM assignments WHERE id = ?"_s.arg(assignmentColumns));
    WorkflowSql::bind(q, id);
    if (!q.exec()) {
        SqlRead::fail(q, m_readError, tr("the assignment"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const QSqlRecord r = q.record();
    const auto text = [&r](const char *name) {
        return r.value(QLatin1StringView(name)).toString();
    };
    const auto number = [&r](const char *name) {
        return r.value(QLatin1StringView(name)).toLongLong();
    };
    const auto date = [&r](const char *name) {
        return WorkflowSql::date(r.value(QLatin1StringView(name)));
    };
    Assignment a;
    a.id = number("id");
    a.appealId = number("appeal_id");
    a.topicId = number("topic_id");
    a.meetingId = number("meeting_id");
    a.leadDepartmentId = number("lead_department_id");
    a.leadContact = text("lead_contact");
    a.leadPhone = text("lead_phone");
    a.assignedOn = date("assigned_on");
    a.progressDue = date("progress_due");
    a.dueDate = date("due_date");
    a.originalDueDate = date("original_due_date");
    a.dueUncertain = number("due_uncertain") != 0;
    a.dueReason = text("due_reason");
    a.status = Assignment::statusFromCode(text("status"));
    a.result = text("result");
    a.completedOn = date("completed_on");
    a.feedback = text("feedback");
    a.feedbackOn = date("feedback_on");
    a.feedbackMethod = text("feedback_method");
    a.supervision = text("supervision");
    a.escalationNote = text("escalation_note");
    a.explanation = text("explanation");
    a.rehandleCount = int(number("rehandle_count"));
    a.escalatedOn = date("escalated_on");
    a.escalatedUntil = date("escalated_until");
    a.deferredOn = date("deferred_on");
    a.deferredUntil = date("deferred_until");
    a.version = int(number("version"));
    m_seen.insert(id, a.version);
    QSqlQuery c(m_db.sql());
    c.prepare(u"SELECT department_id, contact, phone FROM assignment_cooperators "
              "WHERE assignment_id = ? ORDER BY department_id"_s);
    WorkflowSql::bind(c, id);
    // Without its cooperators the assignment is not what is stored: a step would judge it as
    // led by one department alone.
    if (!c.exec()) {
        SqlRead::fail(c, m_readError, tr("the assignment"));
        return std::nullopt;
    }
    while (c.next())
        a.cooperators << CooperatingDepartment{c.value(0).toLongLong(), c.value(1).toString(),
                                               c.value(2).toString()};
    if (SqlRead::failedMidway(c, m_readError, tr("the assignment")))
        return std::nullopt;
    return a;
}

QString AssignmentRepository::missing(qint64 id) const {
    return SqlRead::missing(m_readError, tr("%1 does not exist.").arg(label(id)));
}

qint64 AssignmentRepository::insert(const Assignment &a, bool dueUncertain, const QString &dueRule,
                                    const QString &progressRule) {
    m_error.clear();
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
    WorkflowSql::bind(q, a.cooperators.isEmpty() ? 0 : 1);
    WorkflowSql::bind(q, iso(a.assignedOn));
    WorkflowSql::bind(q, iso(a.progressDue));
    WorkflowSql::bind(q, iso(a.dueDate));
    WorkflowSql::bind(q, iso(a.dueDate));
    WorkflowSql::bind(q, dueUncertain ? 1 : 0);
    WorkflowSql::bind(q, a.dueReason.trimmed());
    // The deadlines are counted from the assignment day; the rules are kept so that a
    // calendar change can count them again (DeadlineSettlement).
    WorkflowSql::bind(q, iso(a.assignedOn));
    WorkflowSql::bind(q, dueRule);
    WorkflowSql::bind(q, progressRule);
    WorkflowSql::bind(q, stamp);
    WorkflowSql::bind(q, stamp);
    if (!WorkflowSql::exec(q, &m_error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
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
    }
    return id;
}

bool AssignmentRepository::update(qint64 id, const Sets &sets) {
    m_error.clear();
    m_conflict.reset();
    // The version the clerk's screen showed, else the one this change read (find()).
    const int expected = m_expected.contains(id) ? m_expected.take(id) : m_seen.value(id, 0);
    QStringList assigns;
    for (const auto &s : sets)
        assigns << s.first + u" = ?"_s;
    assigns << u"updated_at = ?"_s << u"version = version + 1"_s;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE assignments SET %1 WHERE id = ?%2"_s.arg(
        assigns.join(u", "_s), expected > 0 ? u" AND version = ?"_s : QString()));
    for (const auto &s : sets)
        WorkflowSql::bind(q, s.second);
    WorkflowSql::bind(q, WorkflowSql::now());
    WorkflowSql::bind(q, id);
    if (expected > 0)
        WorkflowSql::bind(q, expected);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (q.numRowsAffected() == 0) {
        // Another desk changed it after it was read: refuse rather than overwrite.
        refuse(id);
        return false;
    }
    if (expected > 0)
        m_seen.insert(id, expected + 1);
    return true;
}

bool AssignmentRepository::movedOn(const Assignment &a) {
    if (!m_expected.contains(a.id) || m_expected.value(a.id) == a.version)
        return false;
    m_expected.remove(a.id);
    refuse(a.id);
    return true;
}

void AssignmentRepository::refuse(qint64 id) {
    m_conflict = EditConflict::find(m_db, u"assignment"_s, id, label(id));
    m_error = m_conflict->message();
}

bool AssignmentRepository::removeCooperator(qint64 id, qint64 departmentId) {
    m_error.clear();
    QSqlQuery del(m_db.sql());
    del.prepare(
        u"DELETE FROM assignment_cooperators WHERE assignment_id = ? AND department_id = ?"_s);
    WorkflowSql::bind(del, id);
    WorkflowSql::bind(del, departmentId);
    return WorkflowSql::exec(del, &m_error);
}

bool AssignmentRepository::recordHistory(qint64 id, const QString &action,
                                         const QJsonObject &detail) {
    if (AuditLog(m_db).record(u"assignment"_s, id, action, detail))
        return true;
    m_error = tr("%1: cannot write its history.").arg(label(id));
    return false;
}

bool AssignmentRepository::departmentContact(qint64 departmentId, QString *contact,
                                             QString *phone) {
    m_error.clear();
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

QString AssignmentRepository::label(qint64 id) const {
    // Clerks know an assignment by its appeal's number (编号), not by the record id.
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT a.number FROM assignments s JOIN appeals a ON a.id = s.appeal_id "
              "WHERE s.id = ?"_s);
    WorkflowSql::bind(q, id);
    QString readError;
    if (!SqlRead::exec(q, readError, tr("the appeal's number")))
        // Not the bare id as if it had no appeal (a topic's assignment): why it has no number.
        return tr("Assignment %1 (%2)").arg(QString::number(id), readError);
    if (q.next())
        return tr("The assignment of appeal %1").arg(q.value(0).toString());
    return tr("Assignment %1").arg(id);
}
