#include "core/queries/AssignmentSummaryQuery.h"

#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/SqlRead.h"
#include "core/workflow/FollowUpService.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

AssignmentSummaryQuery::AssignmentSummaryQuery(Database &db)
    : m_db(db) {}

std::optional<AssignmentSummaryQuery::Summary> AssignmentSummaryQuery::find(qint64 id,
                                                                            const QDate &asOf) {
    m_error.clear();
    AssignmentService service(m_db);
    const auto a = id > 0 ? service.find(id) : std::nullopt;
    if (!a) {
        // An assignment that could not be read says why (not as if none were selected); one
        // that is not there (deleted at another desk) is simply none, without an error.
        if (id > 0 && service.readFailed())
            m_error = service.missing(id);
        return std::nullopt;
    }
    Summary s;
    s.assignment = *a;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT COALESCE(a.number, ''), COALESCE(t.title, a.problem, '') "
              "FROM assignments s LEFT JOIN appeals a ON a.id = s.appeal_id "
              "LEFT JOIN topics t ON t.id = s.topic_id WHERE s.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = tr("Cannot read the assignment: %1").arg(SqlRead::reason(q));
        return std::nullopt;
    }
    if (q.next()) {
        s.appealNumber = q.value(0).toString();
        s.subject = q.value(1).toString();
    }
    QHash<qint64, QString> names;
    q.prepare(u"SELECT d.id, d.name FROM departments d WHERE d.id = ? OR d.id IN "
              "(SELECT c.department_id FROM assignment_cooperators c WHERE c.assignment_id = ?)"_s);
    q.addBindValue(a->leadDepartmentId);
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = tr("Cannot read the assignment's departments: %1").arg(SqlRead::reason(q));
        return std::nullopt;
    }
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    s.leadDepartment = names.value(a->leadDepartmentId);
    for (const CooperatingDepartment &c : a->cooperators)
        s.cooperatingDepartments << names.value(c.departmentId);
    const FollowUpService followUps(m_db);
    s.approvedExtensions = followUps.extensionsApproved(id, asOf);
    if (!followUps.readError().isEmpty()) { // the deadline state would ignore them
        m_error = followUps.readError();
        return std::nullopt;
    }
    s.deadlineState = AssignmentService::deadlineState(
        *a, s.approvedExtensions, asOf, CalendarRepository(m_db).load(),
        ProfileRepository(m_db).active().warningWindowWorkingDays);
    return s;
}
