#include "core/workflow/MeetingAssignmentService.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/MeetingService.h"
#include "core/workflow/WorkflowSql.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using WorkflowSql::iso;

MeetingAssignmentService::MeetingAssignmentService(Database &db)
    : m_db(db) {}

QList<MeetingAssignmentService::AssignmentPlan>
MeetingAssignmentService::proposeAssignments(qint64 meetingId) const {
    m_readError.clear();
    QList<AssignmentPlan> plans;
    const MeetingService meetings(m_db);
    const auto m = meetings.find(meetingId);
    if (!m) {
        m_readError = meetings.readError();
        return plans;
    }
    // A read that fails proposes nothing: without the departments the lead would be missing,
    // and without the appeals the topic would be proposed as a whole (assigned a second time).
    const QString what = tr("the meeting's topics");
    for (const auto &item : m->agenda) {
        if (item.decision.trimmed().isEmpty())
            continue;
        AssignmentPlan base;
        base.topicId = item.topicId;
        QSqlQuery d(m_db.sql());
        d.prepare(u"SELECT td.department_id, dp.contact, dp.phone FROM topic_departments td "
                  "JOIN departments dp ON dp.id = td.department_id WHERE td.topic_id = ? "
                  "ORDER BY td.handed_on, td.department_id"_s);
        WorkflowSql::bind(d, item.topicId);
        if (!SqlRead::exec(d, m_readError, what))
            return {};
        while (d.next()) {
            if (base.leadDepartmentId == 0)
                base.leadDepartmentId = d.value(0).toLongLong();
            else
                base.cooperators << CooperatingDepartment{
                    d.value(0).toLongLong(), d.value(1).toString(), d.value(2).toString()};
        }
        // Appeals already assigned (by this meeting or another) are not proposed again.
        QSqlQuery a(m_db.sql());
        a.prepare(u"SELECT id FROM appeals WHERE topic_id = ? AND id NOT IN (SELECT appeal_id "
                  "FROM assignments WHERE appeal_id IS NOT NULL) ORDER BY id"_s);
        WorkflowSql::bind(a, item.topicId);
        if (!SqlRead::exec(a, m_readError, what))
            return {};
        bool any = false;
        while (a.next()) {
            AssignmentPlan p = base;
            p.appealId = a.value(0).toLongLong();
            plans << p;
            any = true;
        }
        if (SqlRead::failedMidway(d, m_readError, what) ||
            SqlRead::failedMidway(a, m_readError, what))
            return {};
        if (!any) {
            const auto assigned = topicAssigned(item.topicId);
            if (!assigned)
                return {};
            if (!*assigned)
                plans << base;
        }
    }
    return plans;
}

std::optional<MeetingAssignmentService::CreationResult>
MeetingAssignmentService::createAssignments(qint64 meetingId, const QList<AssignmentPlan> &plans,
                                            const QDate &assignedOn) {
    m_error.clear();
    const MeetingService meetings(m_db);
    const auto m = meetings.find(meetingId);
    if (!m) {
        m_error = meetings.missing(meetingId);
        return std::nullopt;
    }
    if (plans.isEmpty()) {
        m_error = tr("Assignments: no topic of this meeting has a decision yet.");
        return std::nullopt;
    }
    // Assignments carry out the meeting's decisions: not before it (a wrong meeting date or
    // assignment date is corrected, not recorded).
    if (assignedOn < m->date) {
        m_error = tr("Assigned on %1: that is before the meeting on %2. Assign on or after the "
                     "meeting, or correct the meeting's date.")
                      .arg(assignedOn.toString(Qt::ISODate), m->date.toString(Qt::ISODate));
        return std::nullopt;
    }
    CreationResult result;
    const Deadline assignBy = MeetingService(m_db).planner().assignBy(m->date);
    if (assignBy.isValid() && assignedOn > assignBy.date)
        result.warnings << tr("Assigned on %1, later than %2: the profile asks to assign within "
                              "%3 working day(s) after the meeting.")
                               .arg(assignedOn.toString(Qt::ISODate),
                                    assignBy.date.toString(Qt::ISODate))
                               .arg(ProfileRepository(m_db).active().assignWithinWorkingDays);

    TransactionGuard tx(m_db.sql());
    AssignmentService service(m_db);
    for (const AssignmentPlan &p : plans) {
        if (p.leadDepartmentId <= 0) {
            m_error = tr("Topic \"%1\": choose the lead department before assigning.")
                          .arg(topicTitle(p.topicId));
            return std::nullopt;
        }
        Assignment a;
        a.appealId = p.appealId;
        a.topicId = p.topicId;
        a.meetingId = meetingId;
        a.leadDepartmentId = p.leadDepartmentId;
        a.cooperators = p.cooperators;
        a.assignedOn = assignedOn;
        const qint64 id = service.create(a);
        if (id == 0) {
            m_error = tr("Topic \"%1\": %2").arg(topicTitle(p.topicId), service.errorString());
            return std::nullopt;
        }
        result.assignmentIds << id;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE meetings SET status = 'held' WHERE id = ? AND status = 'planned'"_s);
    WorkflowSql::bind(q, meetingId);
    if (!WorkflowSql::exec(q, &m_error))
        return std::nullopt;
    QJsonArray ids;
    for (qint64 id : result.assignmentIds)
        ids.append(id);
    if (!AuditLog(m_db).record(u"meeting"_s, meetingId, u"assigned"_s,
                               {{u"assignments"_s, ids}, {u"on"_s, iso(assignedOn)}}) ||
        !tx.commit()) {
        m_error = tr("Cannot save the assignments.");
        return std::nullopt;
    }
    return result;
}

std::optional<bool> MeetingAssignmentService::topicAssigned(qint64 topicId) const {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT COUNT(*) FROM assignments WHERE topic_id = ?"_s);
    WorkflowSql::bind(q, topicId);
    if (!SqlRead::exec(q, m_readError, tr("the meeting's topics")) || !q.next())
        return std::nullopt;
    return q.value(0).toInt() > 0;
}

QString MeetingAssignmentService::topicTitle(qint64 topicId) const {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT title FROM topics WHERE id = ?"_s);
    WorkflowSql::bind(q, topicId);
    return q.exec() && q.next() ? q.value(0).toString() : QString::number(topicId);
}
