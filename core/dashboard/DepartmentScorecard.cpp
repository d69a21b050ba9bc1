#include "core/dashboard/DepartmentScorecard.h"

#include "core/Database.h"
#include "core/IsoDate.h"
#include "core/WorkCalendar.h"
#include "core/dashboard/WorkdayOrdinals.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

DepartmentScorecard::DepartmentScorecard(Database &db, const WorkCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar) {}

bool DepartmentScorecard::addCompletions(QHash<qint64, DepartmentScore> &scores, const QDate &from,
                                         const QDate &to) {
    // A completion counts in the period it happened, even if the item was later returned for
    // 重办: the department did finish it then. On time: on or before the deadline in force.
    // The working days from assignment to completion are summed as Σ ordinal(completed) −
    // Σ ordinal(assigned), from the calendar's ordinals in memory, so SQL only counts
    // completions per department and day: once by completion day (in the order of the
    // covering index assignments_completed_cover, schema step 011) and once by assignment day.
    // Two small groupings convert fewer rows than one grouping by both days (13,000 rows for
    // a year at 100,000 appeals). Assignment days more than ten years before the period (data
    // errors) are left out of the sum on both sides rather than walked day by day.
    const QDate first(std::min(from, to).year() - 10, 1, 1);
    const QDate last(std::max(from, to).year() + 1, 12, 31);
    const WorkdayOrdinals ordinals(m_calendar, first, last);
    const QString range = u"FROM assignments a WHERE a.completed_on >= :from AND "
                          "a.completed_on <= :to "_s;
    const QString counted = u"a.assigned_on >= :first AND a.assigned_on <= :last"_s;
    QSqlQuery byCompletion(m_db.sql());
    byCompletion.setForwardOnly(true);
    byCompletion.prepare(u"SELECT a.lead_department_id, a.completed_on, count(*), "
                         "SUM(CASE WHEN a.completed_on <= a.due_date THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN a.rehandle_count > 0 THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN %1 THEN 1 ELSE 0 END) "_s.arg(counted) +
                         range + u"GROUP BY a.completed_on, a.lead_department_id"_s);
    QSqlQuery byAssignment(m_db.sql());
    byAssignment.setForwardOnly(true);
    byAssignment.prepare(u"SELECT a.lead_department_id, a.assigned_on, count(*) "_s + range +
                         u"AND "_s + counted + u" GROUP BY a.lead_department_id, a.assigned_on"_s);
    // Each read to its end before the next starts: PostgreSQL's driver streams a forward-only
    // result and drops it when another query runs on the connection.
    auto run = [&](QSqlQuery *q) {
        q->bindValue(u":from"_s, from.toString(Qt::ISODate));
        q->bindValue(u":to"_s, to.toString(Qt::ISODate));
        q->bindValue(u":first"_s, first.toString(Qt::ISODate));
        q->bindValue(u":last"_s, last.toString(Qt::ISODate));
        if (q->exec())
            return true;
        m_error = tr("Cannot count completed assignments: %1").arg(q->lastError().text());
        return false;
    };
    if (!run(&byCompletion))
        return false;
    while (byCompletion.next()) {
        DepartmentScore &s = scores[byCompletion.value(0).toLongLong()];
        s.completed += byCompletion.value(2).toInt();
        s.completedOnTime += byCompletion.value(3).toInt();
        s.rehandled += byCompletion.value(4).toInt();
        s.workingDaysToComplete += byCompletion.value(5).toLongLong() *
                                   ordinals.ordinal(IsoDate::fromVariant(byCompletion.value(1)));
    }
    if (!run(&byAssignment))
        return false;
    while (byAssignment.next())
        scores[byAssignment.value(0).toLongLong()].workingDaysToComplete -=
            byAssignment.value(2).toLongLong() *
            ordinals.ordinal(IsoDate::fromVariant(byAssignment.value(1)));
    return true;
}

bool DepartmentScorecard::addExtensions(QHash<qint64, DepartmentScore> &scores, const QDate &from,
                                        const QDate &to) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT a.lead_department_id, count(*) FROM extensions e "
              "JOIN assignments a ON a.id = e.assignment_id "
              "WHERE e.status = 'approved' AND e.decided_on >= :from AND e.decided_on <= :to "
              "GROUP BY a.lead_department_id"_s);
    q.bindValue(u":from"_s, from.toString(Qt::ISODate));
    q.bindValue(u":to"_s, to.toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = tr("Cannot count extensions: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        scores[q.value(0).toLongLong()].extensions = q.value(1).toInt();
    return true;
}

bool DepartmentScorecard::addEvaluations(QHash<qint64, DepartmentScore> &scores, const QDate &from,
                                         const QDate &to) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT a.lead_department_id, e.level, count(*) FROM evaluations e "
              "JOIN assignments a ON a.id = e.assignment_id "
              "WHERE e.submit_date >= :from AND e.submit_date <= :to "
              "GROUP BY a.lead_department_id, e.level"_s);
    q.bindValue(u":from"_s, from.toString(Qt::ISODate));
    q.bindValue(u":to"_s, to.toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = tr("Cannot count evaluations: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        DepartmentScore &s = scores[q.value(0).toLongLong()];
        const QString level = q.value(1).toString();
        const int n = q.value(2).toInt();
        s.evaluations += n;
        if (level == "satisfied"_L1)
            s.satisfied += n;
        else if (level == "basic"_L1)
            s.basic += n;
        else
            s.unsatisfied += n;
    }
    return true;
}

QList<DepartmentScore> DepartmentScorecard::compute(const QDate &from, const QDate &to,
                                                    const QList<DashboardItem> &openItems,
                                                    const QHash<qint64, QString> &names) {
    m_error.clear();
    QHash<qint64, DepartmentScore> scores;
    for (const DashboardItem &item : openItems) {
        DepartmentScore &s = scores[item.departmentId];
        ++s.open;
        if (item.bucket == DashboardBucket::Overdue)
            ++s.overdue;
        if (item.rehandled)
            ++s.rehandled;
    }
    if (!addCompletions(scores, from, to) || !addExtensions(scores, from, to) ||
        !addEvaluations(scores, from, to))
        return {};

    QList<DepartmentScore> result;
    result.reserve(scores.size());
    for (auto it = scores.begin(); it != scores.end(); ++it) {
        it->departmentId = it.key();
        it->department = names.value(it.key(), tr("(department %1)").arg(it.key()));
        result << *it;
    }
    std::sort(result.begin(), result.end(), [](const DepartmentScore &a, const DepartmentScore &b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.open != b.open)
            return a.open > b.open;
        return a.department < b.department;
    });
    return result;
}
