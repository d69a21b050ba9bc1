#include "DepartmentScorecard.h"

#include "Database.h"
#include "WorkCalendar.h"
#include "WorkdayOrdinals.h"

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
    // Grouped by completion day, department and assignment day in the order of the covering
    // index assignments_completed_cover (schema step 011), so SQLite neither reads the wide
    // assignment rows nor sorts; the working days between the two days are added up here
    // from the calendar's ordinals (a few thousand groups for a year at 100,000 appeals).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.completed_on, a.lead_department_id, a.assigned_on, count(*), "
              "SUM(CASE WHEN a.completed_on <= a.due_date THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN a.rehandle_count > 0 THEN 1 ELSE 0 END) "
              "FROM assignments a "
              "WHERE a.completed_on >= :from AND a.completed_on <= :to "
              "GROUP BY a.completed_on, a.lead_department_id, a.assigned_on"_s);
    q.bindValue(u":from"_s, from.toString(Qt::ISODate));
    q.bindValue(u":to"_s, to.toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = tr("Cannot count completed assignments: %1").arg(q.lastError().text());
        return false;
    }
    // Assignment days up to ten years before the period are counted (older ones would be data
    // errors, and are left out of the average's sum rather than walked day by day).
    const WorkdayOrdinals ordinals(m_calendar, QDate(std::min(from, to).year() - 10, 1, 1),
                                   QDate(std::max(from, to).year() + 1, 12, 31));
    QString lastDay;
    QDate completed;
    while (q.next()) {
        const QString day = q.value(0).toString();
        if (day != lastDay) {
            lastDay = day;
            completed = QDate::fromString(day, Qt::ISODate);
        }
        DepartmentScore &s = scores[q.value(1).toLongLong()];
        const QDate assigned = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const int n = q.value(3).toInt();
        s.completed += n;
        s.completedOnTime += q.value(4).toInt();
        s.rehandled += q.value(5).toInt();
        if (ordinals.contains(assigned) && ordinals.contains(completed))
            s.workingDaysToComplete +=
                qint64(n) * (ordinals.ordinal(completed) - ordinals.ordinal(assigned));
    }
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
                                                    const QHash<qint64, int> &rehandledOpen) {
    m_error.clear();
    QHash<qint64, DepartmentScore> scores;
    for (const DashboardItem &item : openItems) {
        DepartmentScore &s = scores[item.departmentId];
        ++s.open;
        if (item.bucket == DashboardBucket::Overdue)
            ++s.overdue;
    }
    for (auto it = rehandledOpen.cbegin(); it != rehandledOpen.cend(); ++it)
        scores[it.key()].rehandled += it.value();
    if (!addCompletions(scores, from, to) || !addExtensions(scores, from, to) ||
        !addEvaluations(scores, from, to))
        return {};

    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT id, name FROM departments"_s)) {
        m_error = tr("Cannot read the departments: %1").arg(q.lastError().text());
        return {};
    }
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());

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
