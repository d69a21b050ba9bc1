#include "core/dashboard/DepartmentScorecard.h"

#include "core/BulkRows.h"
#include "core/Database.h"
#include "core/PreparedStatementCache.h"
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
    // The working days from assignment to completion are summed from the calendar's ordinals
    // in memory (ordinal(completed) − ordinal(assigned)), so SQL only counts completions per
    // completion day, department and assignment day: one walk of the covering index
    // assignments_completed_cover (schema step 011) in its own order, read through BulkRows
    // (54,000 groups for 156,000 completions of the year at a million appeals; two groupings,
    // one of them sorted, cost twice as much). Assignment days more than ten years before the
    // period (data errors) are left out of the sum rather than walked day by day.
    const QDate first(std::min(from, to).year() - 10, 1, 1);
    const QDate last(std::max(from, to).year() + 1, 12, 31);
    const WorkdayOrdinals ordinals(m_calendar, first, last);
    BulkRows q(m_db);
    if (!q.exec(u"SELECT a.lead_department_id, a.completed_on, a.assigned_on, count(*), "
                "SUM(CASE WHEN a.completed_on <= a.due_date THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN a.rehandle_count > 0 THEN 1 ELSE 0 END), "
                "CASE WHEN a.assigned_on >= :first AND a.assigned_on <= :last THEN 1 ELSE 0 END "
                "FROM assignments a WHERE a.completed_on >= :from AND a.completed_on <= :to "
                "GROUP BY a.completed_on, a.lead_department_id, a.assigned_on"_s,
                {{u":from"_s, from.toString(Qt::ISODate)},
                 {u":to"_s, to.toString(Qt::ISODate)},
                 {u":first"_s, first.toString(Qt::ISODate)},
                 {u":last"_s, last.toString(Qt::ISODate)}})) {
        m_error = tr("Cannot count completed assignments: %1").arg(q.errorString());
        return false;
    }
    while (q.next()) {
        DepartmentScore &s = scores[q.integer(0)];
        const qint64 n = q.integer(3);
        s.completed += int(n);
        s.completedOnTime += int(q.integer(4));
        s.rehandled += int(q.integer(5));
        if (q.integer(6) == 1)
            s.workingDaysToComplete +=
                n * (ordinals.ordinal(q.date(1)) - ordinals.ordinal(q.date(2)));
    }
    if (!q.errorString().isEmpty()) {
        m_error = tr("Cannot count completed assignments: %1").arg(q.errorString());
        return false;
    }
    return true;
}

bool DepartmentScorecard::addExtensions(QHash<qint64, DepartmentScore> &scores, const QDate &from,
                                        const QDate &to) {
    // The department from step 024's narrow index, as for the evaluations below.
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(
        m_db.sql(), u"SELECT a.lead_department_id, count(*) FROM extensions e JOIN %1 "
                    "ON a.id = e.assignment_id "
                    "WHERE e.status = 'approved' AND e.decided_on >= :from AND e.decided_on <= :to "
                    "GROUP BY a.lead_department_id"_s.arg(m_db.dialect().indexedBy(
                        u"assignments a"_s, u"assignments_id_department"_s)));
    QSqlQuery &q = statement.query();
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
    // Each evaluation of the period counts for its assignment's department, found in step
    // 024's narrow index (id, lead_department_id): at a million appeals 100,836 evaluations of
    // the year, whose look-ups in the wide assignment rows cost 100 ms in sqlite3, 33 ms in the
    // index. On a file the rows are counted here: SQLite's GROUP BY sorted all of them in a
    // temporary B-tree first (another 45 ms). A server groups them and sends 57 rows.
    const SqlDialect &dialect = m_db.dialect();
    const bool grouped = !dialect.countsInProgram();
    BulkRows q(m_db);
    if (!q.exec(u"SELECT a.lead_department_id, e.level, %1 FROM evaluations e JOIN %2 "
                "ON a.id = e.assignment_id WHERE e.submit_date >= :from AND e.submit_date <= :to"
                "%3"_s.arg(grouped ? u"count(*)"_s : u"1"_s,
                           dialect.indexedBy(u"assignments a"_s, u"assignments_id_department"_s),
                           grouped ? u" GROUP BY a.lead_department_id, e.level"_s : QString()),
                {{u":from"_s, from.toString(Qt::ISODate)}, {u":to"_s, to.toString(Qt::ISODate)}})) {
        m_error = tr("Cannot count evaluations: %1").arg(q.errorString());
        return false;
    }
    while (q.next()) {
        DepartmentScore &s = scores[q.integer(0)];
        const QByteArrayView level = q.text(1);
        const int n = int(q.integer(2));
        s.evaluations += n;
        if (level == "satisfied")
            s.satisfied += n;
        else if (level == "basic")
            s.basic += n;
        else
            s.unsatisfied += n;
    }
    if (!q.errorString().isEmpty()) {
        m_error = tr("Cannot count evaluations: %1").arg(q.errorString());
        return false;
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
