#include "core/queries/OverdueQuery.h"

#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/PreparedStatementCache.h"
#include "core/queries/AssignmentState.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

OverdueQuery::OverdueQuery(Database &db)
    : m_db(db) {}

QList<OverdueQuery::Item> OverdueQuery::run(const QDate &asOf) {
    m_error.clear();
    QList<Item> items;
    const QString sql = u"SELECT s.id, a.id, COALESCE(a.number, t.title, ''), "
                        "COALESCE(e.name, a.submitting_unit, ''), d.name, s.status, s.due_date, "
                        "s.original_due_date, %2 "
                        "FROM assignments s "
                        "LEFT JOIN appeals a ON a.id = s.appeal_id "
                        "LEFT JOIN topics t ON t.id = s.topic_id "
                        "LEFT JOIN enterprises e ON e.id = a.enterprise_id "
                        "LEFT JOIN departments d ON d.id = s.lead_department_id "
                        "WHERE %1"_s.arg(AssignmentState::chasedSql(u"s"_s),
                                         AssignmentState::approvedExtensionsSql(u"s"_s));
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(m_db.sql(), sql);
    QSqlQuery &q = statement.query();
    // Extensions approved by then; overdue on that date, and not escalated on it.
    const QString day = asOf.toString(Qt::ISODate);
    if (!statement.exec({day, day, day, day})) {
        m_error = tr("Cannot list the overdue assignments: %1").arg(q.lastError().text());
        return items;
    }
    while (q.next()) {
        Item it;
        it.assignmentId = q.value(0).toLongLong();
        it.appealId = q.value(1).toLongLong();
        it.appealNumber = q.value(2).toString();
        it.enterprise = q.value(3).toString();
        it.leadDepartment = q.value(4).toString();
        it.status = q.value(5).toString();
        it.dueDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        it.originalDueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        it.extended = q.value(8).toBool();
        items << it;
    }
    if (items.isEmpty())
        return items;
    // Sorted here rather than by ORDER BY: asked to deliver due_date order, SQLite walks the
    // assignments_due_date index over every assignment ever due before the date (closed ones
    // included) instead of the open ones through assignments_due_cover (status, due_date, …).
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.assignmentId < b.assignmentId;
    });
    // Working days after the deadline up to and including the as-of date (one day late on the
    // first working day after the due day). Thousands of items share one range of dates, so
    // the working days are counted once into a running total instead of per item.
    const WorkCalendar calendar = CalendarRepository(m_db).load();
    const QDate first = items.first().dueDate; // sorted by due date
    QList<int> workingUpTo;                    // working days in (first, first + i]
    int running = 0;
    for (QDate d = first; d.isValid() && d <= asOf; d = d.addDays(1)) {
        if (d > first && calendar.isWorkingDay(d))
            ++running;
        workingUpTo << running;
    }
    for (Item &it : items) {
        const qint64 index = first.daysTo(it.dueDate);
        if (it.dueDate.isValid() && index >= 0 && index < workingUpTo.size())
            it.workingDaysOverdue = workingUpTo.last() - workingUpTo.at(index);
        else
            it.workingDaysOverdue = calendar.workingDaysBetween(it.dueDate, asOf);
    }
    return items;
}
